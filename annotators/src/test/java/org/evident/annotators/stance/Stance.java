package org.evident.annotators.stance;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import java.util.List;

import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.evident.annotators.segment.OpenNlpSegmenter;
import org.evident.type.StanceMarker;

/**
 * Test helper: runs the OpenNLP segmenter and a {@link StanceAnnotator} (built-in configuration
 * unless parameters are given) over a text and returns its markers in a comparable form. The
 * default engine is built once for all tests.
 */
final class Stance {
    /**
     * A marker as the tests see it.
     *
     * @param text       the covered text
     * @param category   booster, attitude or counter
     * @param polarity   positive, negative or neutral
     * @param negated    whether it is negated
     * @param rule       the lexicon entry that produced it
     * @param confidence the entry's confidence
     */
    record Marker(String text, String category, String polarity, boolean negated, String rule, float confidence) {
    }

    /**
     * A marker with its character offsets.
     *
     * @param marker the marker
     * @param begin  its begin offset
     * @param end    its end offset
     */
    record Located(Marker marker, int begin, int end) {
    }

    private static AnalysisEngine defaultEngine;

    private Stance() {
    }

    /** The markers of {@code text} with the built-in configuration. */
    static List<Marker> markers(String text) {
        try {
            return markers(defaultEngine(), text);
        } catch (UIMAException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The markers of {@code text} with the given annotator parameters. */
    static List<Marker> markers(String text, Object... parameters) throws UIMAException {
        AnalysisEngine engine = engine(parameters);
        try {
            return markers(engine, text);
        } finally {
            engine.destroy();
        }
    }

    /** The markers of {@code text} with their offsets, built-in configuration. */
    static List<Located> markersWithOffsets(String text) {
        try {
            return annotate(defaultEngine(), text).stream().map(m -> new Located(describe(m), m.getBegin(), m.getEnd()))
                    .toList();
        } catch (UIMAException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The covered texts of the markers of {@code text}. */
    static List<String> texts(String text) {
        return markers(text).stream().map(Marker::text).toList();
    }

    /** The marker of {@code text} whose covered text is {@code marker}; fails when there is none. */
    static Marker marker(String text, String marker) {
        return markers(text).stream().filter(m -> m.text().equals(marker)).findFirst()
                .orElseThrow(() -> new AssertionError("no marker '" + marker + "' in " + markers(text)));
    }

    /** An engine of segmenter and annotator with the given annotator parameters. */
    static AnalysisEngine engine(Object... parameters) throws UIMAException {
        return createEngine(createEngineDescription(createEngineDescription(OpenNlpSegmenter.class),
                createEngineDescription(StanceAnnotator.class, parameters)));
    }

    private static synchronized AnalysisEngine defaultEngine() throws UIMAException {
        if (defaultEngine == null) {
            defaultEngine = engine();
        }
        return defaultEngine;
    }

    private static List<Marker> markers(AnalysisEngine engine, String text) throws UIMAException {
        return annotate(engine, text).stream().map(Stance::describe).toList();
    }

    private static List<StanceMarker> annotate(AnalysisEngine engine, String text) throws UIMAException {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        engine.process(jcas);
        return List.copyOf(JCasUtil.select(jcas, StanceMarker.class));
    }

    private static Marker describe(StanceMarker m) {
        return new Marker(m.getCoveredText(), m.getCategory(), m.getPolarity(), m.getNegated(), m.getRule(),
                m.getConfidence());
    }
}
