package org.evident.annotators.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.Span;

class TokenSplitterTest {

    private static List<String> split(String text, int... bounds) {
        Span[] spans = new Span[bounds.length / 2];
        for (int i = 0; i < spans.length; i++) {
            spans[i] = new Span(bounds[2 * i], bounds[2 * i + 1]);
        }
        return Arrays.stream(TokenSplitter.split(spans, text)).map(s -> text.substring(s.getStart(), s.getEnd()))
                .toList();
    }

    @Test
    void splitsCurlyQuotesOffWordEdges() {
        assertThat(split("say \u2018of course\u2019", 0, 3, 4, 7, 8, 15)).containsExactly("say", "\u2018", "of",
                "course", "\u2019");
    }

    @Test
    void keepsPluralPossessivesAndInnerApostrophes() {
        assertThat(split("employees\u2019 didn\u2019t", 0, 10, 11, 17)).containsExactly("employees\u2019",
                "didn\u2019t");
    }

    @Test
    void splitsTheHyphenThatStartsTheSecondPartOfACompound() {
        assertThat(split("heavy-handed", 0, 5, 5, 12)).containsExactly("heavy", "-", "handed");
        assertThat(split("a -5 drop", 0, 1, 2, 4, 5, 9)).containsExactly("a", "-5", "drop");
    }

    @Test
    void theSegmenterProducesTheSplitTokens() throws Exception {
        var segmenter = org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine(OpenNlpSegmenter.class);
        var jcas = org.apache.uima.fit.factory.JCasFactory.createJCas();
        jcas.setDocumentText("He would say \u2018of course\u2019. It was heavy-handed.");
        segmenter.process(jcas);
        List<String> tokens = org.apache.uima.fit.util.JCasUtil.select(jcas,
                de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token.class).stream()
                .map(t -> t.getCoveredText()).toList();
        assertThat(tokens).contains("\u2018", "of", "course", "\u2019", "heavy", "-", "handed");
    }
}
