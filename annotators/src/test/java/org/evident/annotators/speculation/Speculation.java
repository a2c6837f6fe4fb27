package org.evident.annotators.speculation;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.evident.annotators.segment.FastSegmenter;
import org.evident.annotators.segment.OpenNlpSegmenter;
import org.evident.type.SpeculationCue;

/**
 * Test helper: runs the OpenNLP segmenter and a {@link SpeculationAnnotator} (built-in
 * configuration unless parameters are given) over a text and returns its cues in a comparable
 * form. The default engine is built once for all tests.
 */
final class Speculation {
    /**
     * A cue as the tests see it.
     *
     * @param text     the cue's covered text
     * @param category its category
     * @param strength its strength
     * @param negated  whether it is negated
     * @param scope    the covered text of its scope
     * @param rule     the lexicon entry that produced it
     */
    record Cue(String text, String category, String strength, boolean negated, String scope, String rule) {
    }

    private static AnalysisEngine defaultEngine;

    private Speculation() {
    }

    /** The cues of {@code text} with the built-in configuration. */
    static List<Cue> cues(String text) {
        try {
            return cues(defaultEngine(), text);
        } catch (UIMAException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cues of {@code text} with the given annotator parameters. */
    static List<Cue> cues(String text, Object... parameters) throws UIMAException {
        AnalysisEngine engine = engine(parameters);
        try {
            return cues(engine, text);
        } finally {
            engine.destroy();
        }
    }

    /** The covered texts of the cues of {@code text}. */
    static List<String> cueTexts(String text) {
        return cues(text).stream().map(Cue::text).toList();
    }

    /** The cue of {@code text} whose covered text is {@code cue}, or null. */
    static Cue cue(String text, String cue) {
        return cues(text).stream().filter(c -> c.text().equals(cue)).findFirst().orElse(null);
    }

    /** An engine of segmenter and annotator with the given annotator parameters. */
    static AnalysisEngine engine(Object... parameters) throws UIMAException {
        return createEngine(createEngineDescription(createEngineDescription(OpenNlpSegmenter.class),
                createEngineDescription(SpeculationAnnotator.class, parameters)));
    }

    /** The cues of {@code text} after the fast segmenter, which gives no part-of-speech tags. */
    static List<Cue> cuesWithoutTags(String text) throws UIMAException {
        AnalysisEngine engine = createEngine(createEngineDescription(createEngineDescription(FastSegmenter.class),
                createEngineDescription(SpeculationAnnotator.class)));
        try {
            return cues(engine, text);
        } finally {
            engine.destroy();
        }
    }

    private static synchronized AnalysisEngine defaultEngine() throws UIMAException {
        if (defaultEngine == null) {
            defaultEngine = engine();
        }
        return defaultEngine;
    }

    private static List<Cue> cues(AnalysisEngine engine, String text) throws UIMAException {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        engine.process(jcas);
        List<Cue> cues = new ArrayList<>();
        for (SpeculationCue cue : JCasUtil.select(jcas, SpeculationCue.class)) {
            cues.add(new Cue(cue.getCoveredText(), cue.getCategory(), cue.getStrength(), cue.getNegated(),
                    cue.getScope().getCoveredText(), cue.getRule()));
        }
        return cues;
    }
}
