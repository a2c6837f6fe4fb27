package org.evident.annotators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.evident.annotators.lexicon.TokenSequence;
import org.evident.annotators.segment.OpenNlpSegmenter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
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

    private static JCas document(String text) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        return jcas;
    }

    private static JCas copyOf(JCas jcas) throws Exception {
        JCas copy = JCasFactory.createJCas();
        org.apache.uima.util.CasCopier.copyCas(jcas.getCas(), copy.getCas(), true);
        return copy;
    }

    private static AnalysisEngine segmenterKeepingTags(boolean posAnnotations) throws Exception {
        return AnalysisEngineFactory.createEngine(OpenNlpSegmenter.class,
                OpenNlpSegmenter.PARAM_POS_ANNOTATIONS, posAnnotations);
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

    private static List<String> describe(List<TokenSequence> sentences) {
        List<String> lines = new java.util.ArrayList<>();
        for (TokenSequence s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                lines.add(s.text(i) + "|" + s.form(i) + "|" + s.pos(i) + "|" + s.begin(i) + "|" + s.end(i) + "|" + s.formHash(i));
            }
            lines.add("--");
        }
        return lines;
    }

    @Test
    void theViewsTheSegmenterHandsOverEqualThoseReadFromTheCas() throws Exception {
        String seed = java.nio.file.Files.readString(java.nio.file.Path.of("../seeds/zoom-new-mistress-of-the-ccp.txt"));
        String text = seed + "\n\nA well-known \u2018state-of-the-art\u2019 tool \u2013 isn't it?\n\n\u2022 One item\n";
        JCas jcas = segmented(JCasFactory.createJCas(), text);
        List<TokenSequence> handedOver = SentenceTokens.bySentence(jcas);
        JCas copy = copyOf(jcas);
        List<TokenSequence> read = SentenceTokens.bySentence(copy);
        assertThat(read).isNotSameAs(handedOver).hasSizeGreaterThan(50);
        assertThat(describe(handedOver)).isEqualTo(describe(read));
    }

    @Test
    void retaggedTokensGetNewViews() throws Exception {
        JCas jcas = segmented(JCasFactory.createJCas(), TEXT);
        List<TokenSequence> handedOver = SentenceTokens.bySentence(jcas);
        for (Token token : List.copyOf(org.apache.uima.fit.util.JCasUtil.select(jcas, Token.class))) {
            de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS pos =
                    new de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS(jcas, token.getBegin(), token.getEnd());
            pos.setCoarseValue("X");
            pos.addToIndexes();
            token.setPos(pos);
        }
        List<TokenSequence> retagged = SentenceTokens.bySentence(jcas);
        assertThat(retagged).isNotSameAs(handedOver);
        assertThat(retagged.get(0).pos(0)).isEqualTo("X");
    }

    /** The seed text with sentences given as a gold standard gives them: one per line, blank lines too. */
    private static JCas withLineSentences(JCas jcas, String text) {
        jcas.reset();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        int begin = 0;
        for (String line : text.split("\n", -1)) {
            new Sentence(jcas, begin, begin + line.length()).addToIndexes();
            begin += line.length() + 1;
        }
        return jcas;
    }

    private static String seed() throws java.io.IOException {
        return java.nio.file.Files.readString(java.nio.file.Path.of("../seeds/zoom-new-mistress-of-the-ccp.txt"));
    }

    @Test
    void theViewsHandedOverWithinGivenSentencesEqualThoseReadFromTheCas() throws Exception {
        JCas jcas = withLineSentences(JCasFactory.createJCas(), seed() + "\n \n");
        segmenter.process(jcas);
        List<TokenSequence> handedOver = SentenceTokens.bySentence(jcas);
        JCas copy = copyOf(jcas);
        List<TokenSequence> read = SentenceTokens.bySentence(copy);
        assertThat(read).isNotSameAs(handedOver).hasSizeGreaterThan(20);
        assertThat(handedOver.get(handedOver.size() - 1).size()).isZero();
        assertThat(describe(handedOver)).isEqualTo(describe(read));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void withoutPosAnnotationsTheLayersStillSeeTheTags(boolean givenSentences) throws Exception {
        AnalysisEngine untagged = segmenterKeepingTags(false);
        JCas tagged = givenSentences ? withLineSentences(JCasFactory.createJCas(), seed()) : document(seed());
        segmenter.process(tagged);
        List<String> expected = describe(SentenceTokens.bySentence(tagged));
        JCas bare = givenSentences ? withLineSentences(JCasFactory.createJCas(), seed()) : document(seed());
        untagged.process(bare);
        // read right after segmentation, as the layers of a pipeline do: the hand-over holds the last document
        List<String> handedOver = describe(SentenceTokens.bySentence(bare));

        assertThat(JCasUtil.select(bare, POS.class)).isEmpty();
        assertThat(JCasUtil.select(bare, Token.class)).allSatisfy(token -> assertThat(token.getPos()).isNull());
        assertThat(expected.get(0)).startsWith("Zoom|zoom|PROPN|0|4|");
        assertThat(handedOver).isEqualTo(expected);
    }

    @Test
    void overlappingGivenSentencesAreReadFromTheCas() throws Exception {
        JCas jcas = document(TEXT);
        new Sentence(jcas, 0, 41).addToIndexes();
        new Sentence(jcas, 21, 57).addToIndexes();
        segmenter.process(jcas);
        JCas copy = copyOf(jcas);
        assertThat(describe(SentenceTokens.bySentence(jcas))).isEqualTo(describe(SentenceTokens.bySentence(copy)));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void tokensReadWithoutTagsAreTaggedAndKeptAsTheyAre(boolean posAnnotations) throws Exception {
        AnalysisEngine untagged = segmenterKeepingTags(false);
        JCas written = document(seed());
        untagged.process(written);
        JCas read = copyOf(written);
        List<String> tokens = JCasUtil.select(read, Token.class).stream().map(t -> t.getBegin() + "-" + t.getEnd()).toList();
        List<String> expected = describe(SentenceTokens.bySentence(segmented(JCasFactory.createJCas(), seed())));

        AnalysisEngine again = segmenterKeepingTags(posAnnotations);
        again.process(read);

        assertThat(describe(SentenceTokens.bySentence(read))).isEqualTo(expected);
        assertThat(JCasUtil.select(read, Token.class).stream().map(t -> t.getBegin() + "-" + t.getEnd()).toList())
                .isEqualTo(tokens);
        assertThat(JCasUtil.select(read, POS.class)).hasSize(posAnnotations ? tokens.size() : 0);
    }
}
