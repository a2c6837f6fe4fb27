package org.evident.annotators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.evident.annotators.lexicon.TokenSequence;
import org.evident.annotators.segment.OpenNlpSegmenter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

class SentenceTokensTest {
    private static final String TEXT = "The FBI alleges that Zoom censored calls. Zoom denies it.";
    private static AnalysisEngine segmenter;

    @BeforeAll
    static void setUp() throws Exception {
        segmenter = AnalysisEngineFactory.createEngine(OpenNlpSegmenter.class);
    }

    private static JCas segmented(JCas jcas, String text) throws Exception {
        jcas.reset();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        segmenter.process(jcas);
        return jcas;
    }

    private static List<String> forms(TokenSequence tokens) {
        return java.util.stream.IntStream.range(0, tokens.size()).mapToObj(tokens::form).toList();
    }

    @Test
    void givesEachSentenceItsTokens() throws Exception {
        List<TokenSequence> sentences = SentenceTokens.bySentence(segmented(JCasFactory.createJCas(), TEXT));
        assertThat(sentences).hasSize(2);
        assertThat(forms(sentences.get(0))).containsExactly("the", "fbi", "alleges", "that", "zoom", "censored", "calls", ".");
        assertThat(forms(sentences.get(1))).containsExactly("zoom", "denies", "it", ".");
        assertThat(sentences.get(0).pos(0)).isEqualTo("DET");
    }

    @Test
    void annotatorsRunningOnTheSameDocumentShareOneView() throws Exception {
        JCas jcas = segmented(JCasFactory.createJCas(), TEXT);
        assertThat(SentenceTokens.bySentence(jcas)).isSameAs(SentenceTokens.bySentence(jcas));
    }

    @Test
    void aResetOrChangedDocumentGetsNewViews() throws Exception {
        JCas jcas = JCasFactory.createJCas();
        List<TokenSequence> first = SentenceTokens.bySentence(segmented(jcas, TEXT));
        List<TokenSequence> again = SentenceTokens.bySentence(segmented(jcas, TEXT));
        assertThat(again).isNotSameAs(first);
        assertThat(forms(again.get(1))).isEqualTo(forms(first.get(1)));

        new Token(jcas, 0, 3).addToIndexes();
        assertThat(SentenceTokens.bySentence(jcas)).isNotSameAs(again);

        List<TokenSequence> other = SentenceTokens.bySentence(segmented(jcas, "Zoom may have lied."));
        assertThat(other).hasSize(1);
        assertThat(forms(other.get(0))).containsExactly("zoom", "may", "have", "lied", ".");
    }

    @Test
    void theSharedViewCannotBeChanged() throws Exception {
        List<TokenSequence> sentences = SentenceTokens.bySentence(segmented(JCasFactory.createJCas(), TEXT));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sentences.remove(0))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
