package org.evident.cli.bench;

import java.util.List;

import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;

/** One configuration of the pipeline, measured by running the whole corpus through it on one thread. */
public final class PipelineStage {
    private final String name;
    private final AnalysisEngineDescription description;
    private AnalysisEngine engine;

    public PipelineStage(String name, AnalysisEngineDescription description) {
        this.name = name;
        this.description = description;
    }

    public String name() {
        return name;
    }

    /** One pass over the texts; the engine is created (outside the timing) on first use. */
    public Measurement measure(List<String> texts, long bytes) throws UIMAException {
        if (engine == null) {
            engine = AnalysisEngineFactory.createEngine(description);
        }
        JCas jcas = JCasFactory.createJCas();
        Clock clock = new Clock();
        for (String text : texts) {
            jcas.reset();
            jcas.setDocumentText(text);
            jcas.setDocumentLanguage("en");
            engine.process(jcas);
        }
        long wall = clock.wallNanos();
        long cpu = clock.cpuNanos();
        return new Measurement(wall, cpu, bytes, texts.size(), Clock.heapAfterGc());
    }

    public void close() {
        if (engine != null) {
            engine.destroy();
        }
    }
}
