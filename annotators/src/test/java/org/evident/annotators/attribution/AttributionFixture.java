package org.evident.annotators.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.evident.annotators.SentenceTokens;
import org.evident.annotators.lexicon.Inflector;
import org.evident.annotators.lexicon.Lexicon;
import org.evident.annotators.lexicon.LexiconLoader;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.LexiconParser;
import org.evident.annotators.lexicon.TokenSequence;
import org.evident.annotators.segment.OpenNlpSegmenter;
import org.evident.model.Layer;
import org.evident.type.Attribution;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;

/**
 * Shared test helper: runs the OpenNLP segmenter and the attribution annotator on a string and
 * gives the attributions back as plain values; also gives a sentence's tokens with the attribution
 * layer's tag repairs and the raw lexicon matches, for the context-rule tests.
 */
final class AttributionFixture {
    /** One attribution, its roles as covered text and offsets. */
    record Found(String source, int sourceBegin, String cue, int cueBegin, String content, int contentBegin,
            int contentEnd, String kind, String category, boolean negated, String rule, float confidence,
            String parentCue) {
    }

    private static AnalysisEngine segmenter;
    private static AnalysisEngine annotator;
    private static Lexicon unfiltered;

    private AttributionFixture() {
    }

    /** Every attribution of the text, in text order of their cues. */
    static List<Found> annotate(String text) {
        JCas jcas = segmented(text);
        try {
            annotator().process(jcas);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        List<Found> found = new ArrayList<>();
        for (Attribution a : JCasUtil.select(jcas, Attribution.class)) {
            found.add(new Found(
                    a.getSource() == null ? null : a.getSource().getCoveredText(),
                    a.getSource() == null ? -1 : a.getSource().getBegin(),
                    a.getCue().getCoveredText(), a.getCue().getBegin(),
                    a.getContent().getCoveredText(), a.getContent().getBegin(), a.getContent().getEnd(),
                    a.getKind(), a.getCue().getCategory(), a.getCue().getNegated(), a.getCue().getRule(),
                    a.getCue().getConfidence(),
                    a.getParent() == null ? null : a.getParent().getCue().getCoveredText()));
        }
        found.sort((x, y) -> Integer.compare(x.cueBegin(), y.cueBegin()));
        return found;
    }

    /** The only attribution whose cue text is {@code cue}. */
    static Found withCue(List<Found> found, String cue) {
        List<Found> matching = found.stream().filter(f -> f.cue().equals(cue)).toList();
        if (matching.size() != 1) {
            throw new AssertionError("expected one attribution with cue '" + cue + "', found " + found);
        }
        return matching.get(0);
    }

    /** The tokens of the text's first sentence, tags repaired as the attribution layer sees them. */
    static TokenSequence tokens(String text) {
        JCas jcas = segmented(text);
        Sentence sentence = JCasUtil.select(jcas, Sentence.class).iterator().next();
        return TagRepair.forLexicon(unfiltered()).repair(SentenceTokens.of(jcas, sentence));
    }

    /** The built-in lexicon's occurrence of {@code word} in the tokens, before any context rule. */
    static LexiconMatch match(TokenSequence tokens, String word) {
        for (LexiconMatch match : unfiltered().find(tokens)) {
            for (int i = match.first(); i <= match.last(); i++) {
                if (tokens.text(i).equals(word)) {
                    return match;
                }
            }
        }
        throw new AssertionError("no lexicon match covers '" + word + "'");
    }

    private static JCas segmented(String text) {
        try {
            JCas jcas = JCasFactory.createJCas();
            jcas.setDocumentText(text);
            segmenter().process(jcas);
            return jcas;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized AnalysisEngine segmenter() throws Exception {
        if (segmenter == null) {
            segmenter = AnalysisEngineFactory.createEngine(OpenNlpSegmenter.class);
        }
        return segmenter;
    }

    private static synchronized AnalysisEngine annotator() throws Exception {
        if (annotator == null) {
            annotator = AnalysisEngineFactory.createEngine(AttributionAnnotator.class);
        }
        return annotator;
    }

    /** The built-in attribution lexicon with every context rule accepting. */
    private static synchronized Lexicon unfiltered() {
        if (unfiltered == null) {
            LexiconParser parser = new LexiconParser(Layer.ATTRIBUTION.categories(),
                    List.of(NeedsContent.NAME, NotNounCompound.NAME, NotAdjective.NAME), Inflector.english());
            String resource = LexiconLoader.BUILTIN_FOLDER + "en/attribution.tsv";
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                    AttributionFixture.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8))) {
                unfiltered = new Lexicon(parser.parse(reader, "en/attribution.tsv"), Map.of(
                        NeedsContent.NAME, (t, m) -> true, NotNounCompound.NAME, (t, m) -> true,
                        NotAdjective.NAME, (t, m) -> true));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return unfiltered;
    }
}
