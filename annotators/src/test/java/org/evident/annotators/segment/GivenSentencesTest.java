package org.evident.annotators.segment;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/** Both segmenters tokenise within sentences a document already carries, and split text that has none. */
class GivenSentencesTest {
    // a segmenter would split after "rain."; the given sentence spans both halves
    private static final String TEXT = "It may rain. Or not\nYes.";

    @ParameterizedTest
    @ValueSource(classes = {OpenNlpSegmenter.class, FastSegmenter.class})
    void givenSentencesAreKeptAndTokenisedWithin(Class<?> type) throws Exception {
        AnalysisEngine engine = engine(type);
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(TEXT);
        jcas.setDocumentLanguage("en");
        new Sentence(jcas, 0, 19).addToIndexes();
        new Sentence(jcas, 20, 24).addToIndexes();

        engine.process(jcas);

        assertThat(texts(JCasUtil.select(jcas, Sentence.class))).containsExactly("It may rain. Or not", "Yes.");
        assertThat(texts(JCasUtil.select(jcas, Token.class)))
                .containsExactly("It", "may", "rain", ".", "Or", "not", "Yes", ".");
        for (Token token : JCasUtil.select(jcas, Token.class)) {
            assertThat(JCasUtil.selectCovering(Sentence.class, token)).hasSize(1);
        }
    }

    @ParameterizedTest
    @ValueSource(classes = {OpenNlpSegmenter.class, FastSegmenter.class})
    void withoutSentencesTheTextIsSplit(Class<?> type) throws Exception {
        AnalysisEngine engine = engine(type);
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText("It may rain. Or not.");
        jcas.setDocumentLanguage("en");

        engine.process(jcas);

        assertThat(texts(JCasUtil.select(jcas, Sentence.class))).containsExactly("It may rain.", "Or not.");
    }

    @Test
    void openNlpTagsTokensWithinGivenSentences() throws Exception {
        AnalysisEngine engine = createEngine(OpenNlpSegmenter.class);
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(TEXT);
        new Sentence(jcas, 0, 19).addToIndexes();
        new Sentence(jcas, 20, 24).addToIndexes();

        engine.process(jcas);

        assertThat(JCasUtil.select(jcas, Token.class)).allSatisfy(t -> assertThat(t.getPos()).isNotNull());
        assertThat(JCasUtil.select(jcas, Token.class)).element(1)
                .satisfies(t -> assertThat(t.getPos().getCoarseValue()).isEqualTo("AUX"));
    }

    private static AnalysisEngine engine(Class<?> type) throws Exception {
        return createEngine(type.asSubclass(JCasAnnotator_ImplBase.class));
    }

    private static List<String> texts(Collection<? extends Annotation> annotations) {
        return annotations.stream().map(Annotation::getCoveredText).toList();
    }
}
