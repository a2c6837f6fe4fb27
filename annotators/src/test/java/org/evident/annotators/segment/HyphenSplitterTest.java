package org.evident.annotators.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import opennlp.tools.util.Span;

class HyphenSplitterTest {

    private static List<String> split(String text, int... bounds) {
        Span[] spans = new Span[bounds.length / 2];
        for (int i = 0; i < spans.length; i++) {
            spans[i] = new Span(bounds[2 * i], bounds[2 * i + 1]);
        }
        return Arrays.stream(HyphenSplitter.split(spans, text)).map(s -> text.substring(s.getStart(), s.getEnd()))
                .toList();
    }

    @Test
    void splitsTheHyphenThatStartsTheSecondPartOfACompound() {
        assertThat(split("heavy-handed", 0, 5, 5, 12)).containsExactly("heavy", "-", "handed");
    }

    @Test
    void keepsSignedNumbersAndTokensWithoutHyphens() {
        assertThat(split("a -5 drop", 0, 1, 2, 4, 5, 9)).containsExactly("a", "-5", "drop");
        assertThat(split("well - known", 0, 4, 5, 6, 7, 12)).containsExactly("well", "-", "known");
    }

    @Test
    void theSegmenterGivesCompoundsAsTheirParts() throws Exception {
        AnalysisEngine segmenter = AnalysisEngineFactory.createEngine(OpenNlpSegmenter.class);
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText("The response was heavy-handed and the scheme first-class.");
        segmenter.process(jcas);
        List<String> tokens = JCasUtil.select(jcas, Token.class).stream().map(Token::getCoveredText).toList();
        assertThat(tokens).contains("heavy", "-", "handed", "first", "class").doesNotContain("-handed", "-class");
    }
}
