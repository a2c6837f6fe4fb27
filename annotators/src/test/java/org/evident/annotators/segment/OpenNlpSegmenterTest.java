package org.evident.annotators.segment;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.github.benmanes.caffeine.cache.Caffeine;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

class OpenNlpSegmenterTest {
    private static AnalysisEngine segmenter;

    @BeforeAll
    static void create() throws Exception {
        segmenter = createEngine(OpenNlpSegmenter.class);
    }

    private static JCas run(String text) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        segmenter.process(jcas);
        return jcas;
    }

    @Test
    void splitsSentencesTokensAndTagsUniversalPartsOfSpeech() throws Exception {
        JCas jcas = run("Zoom claims it fired Mr. Jin. It also claims it is cooperating fully with the FBI’s investigation.");
        List<String> sentences = JCasUtil.select(jcas, Sentence.class).stream().map(Sentence::getCoveredText).toList();
        assertThat(sentences).containsExactly("Zoom claims it fired Mr. Jin.",
                "It also claims it is cooperating fully with the FBI’s investigation.");
        Token claims = JCasUtil.select(jcas, Token.class).stream()
                .filter(t -> t.getCoveredText().equals("claims")).findFirst().orElseThrow();
        assertThat(claims.getPos().getCoarseValue()).isEqualTo("VERB");
        assertThat(claims.getPos().getType().getShortName()).isEqualTo("POS_VERB");
    }

    @Test
    void noSentenceCrossesAHeadingOrAListItem() throws Exception {
        String text = "Zoom, New Mistress of the CCP?\n\nIn recent years, Huawei came under scrutiny\n"
                + "by the US.\n  • Jin created accounts\n  • Zoom pledged to migrate the data";
        List<String> sentences = JCasUtil.select(run(text), Sentence.class).stream()
                .map(Sentence::getCoveredText).toList();
        assertThat(sentences).containsExactly("Zoom, New Mistress of the CCP?",
                "In recent years, Huawei came under scrutiny\nby the US.", "• Jin created accounts",
                "• Zoom pledged to migrate the data");
    }

    @Test
    void tagsMayTheMonthAsProperNounAndTheModalAsAuxiliary() throws Exception {
        JCas jcas = run("On May 20, 1983, he fought. National security may rest in the balance.");
        List<String> mayTags = JCasUtil.select(jcas, Token.class).stream()
                .filter(t -> t.getCoveredText().equalsIgnoreCase("may"))
                .map(t -> t.getPos().getCoarseValue()).toList();
        assertThat(mayTags).containsExactly("PROPN", "AUX");
    }

    @Test
    void documentsThatAlreadyCarryTokensAreNotResegmented() throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText("Already tokenised text.");
        new Token(jcas, 0, 7).addToIndexes();
        segmenter.process(jcas);
        assertThat(JCasUtil.select(jcas, Token.class)).hasSize(1);
        assertThat(JCasUtil.select(jcas, Sentence.class)).isEmpty();
    }

    @Test
    void theAlphanumericShortcutGivesTheSameTokensAsTheFullTokenizerModel() throws Exception {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of("../seeds/zoom-new-mistress-of-the-ccp.txt"))
                + " It didn't cost $2.6bn, said Dr. O'Neil (AKA \"Jin\") at 10:30 a.m. on 3/4/2021 — e-mail us@x.org.";
        opennlp.tools.tokenize.TokenizerModel full;
        try (var in = getClass().getClassLoader().getResourceAsStream(OpenNlpModels.TOKENS)) {
            full = new opennlp.tools.tokenize.TokenizerModel(in);
        }
        var plain = new opennlp.tools.tokenize.TokenizerME(full);
        var shortcut = new opennlp.tools.tokenize.TokenizerME(OpenNlpModels.withAlphanumericShortcut(full));
        for (String line : text.split("\n")) {
            assertThat(shortcut.tokenizePos(line)).as(line).containsExactly(plain.tokenizePos(line));
        }
    }

    @Test
    void theCachingTokenizerGivesTheSameTokensAsTheTokenizer() throws Exception {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of("../seeds/zoom-new-mistress-of-the-ccp.txt"))
                + " It didn't cost $2.6bn, said Dr. O'Neil (AKA \"Jin\") at 10:30 a.m. on 3/4/2021 — e-mail us@x.org.";
        var plain = new opennlp.tools.tokenize.TokenizerME(OpenNlpModels.english().tokenizerModel());
        CachingTokenizer caching = new CachingTokenizer(new opennlp.tools.tokenize.TokenizerME(
                OpenNlpModels.english().tokenizerModel()), Caffeine.newBuilder().maximumSize(100).build());
        for (int pass = 0; pass < 2; pass++) {
            for (String line : text.split("\n")) {
                assertThat(caching.tokenizePos(line)).as(line).containsExactly(plain.tokenizePos(line));
            }
        }
    }

    @Test
    void beamSearchIsAvailableAsAnOption() throws Exception {
        AnalysisEngine beam = createEngine(OpenNlpSegmenter.class, OpenNlpSegmenter.PARAM_BEAM_SEARCH, true);
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText("National security may rest in the balance.");
        beam.process(jcas);
        assertThat(JCasUtil.select(jcas, Token.class)).extracting(t -> t.getPos().getCoarseValue())
                .containsExactly("ADJ", "NOUN", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT");
    }

    @Test
    void emptyAndBlankDocumentsGetNoAnnotations() throws Exception {
        assertThat(JCasUtil.select(run(""), Token.class)).isEmpty();
        assertThat(JCasUtil.select(run(" \n\n "), Sentence.class)).isEmpty();
    }

    @Test
    void fastSegmenterGivesTokensWithoutTags() throws Exception {
        AnalysisEngine fast = createEngine(FastSegmenter.class);
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText("It may rain. Or not.");
        fast.process(jcas);
        assertThat(JCasUtil.select(jcas, Sentence.class)).hasSize(2);
        assertThat(JCasUtil.select(jcas, Token.class)).allMatch(t -> t.getPos() == null);
    }
}
