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
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        engine.process(jcas);
        return JCasUtil.select(jcas, StanceMarker.class).stream()
                .map(m -> new Marker(m.getCoveredText(), m.getCategory(), m.getPolarity(), m.getNegated(), m.getRule(),
                        m.getConfidence()))
                .toList();
    }
}
