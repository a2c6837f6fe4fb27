package org.evident.cli.bench;

import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;

/**
 * One configuration of the pipeline, timed document by document so that all stages can take turns
 * on each document: a burst of load from elsewhere on the machine then falls on every stage alike,
 * and their ratios hold. The time of each document is added up until {@link #endRound} is called.
 */
public final class PipelineStage {
    private final String name;
    private final AnalysisEngineDescription description;
    private AnalysisEngine engine;
    private JCas jcas;
    private long wallNanos;
    private long cpuNanos;
    private long bytes;
    private int documents;

    public PipelineStage(String name, AnalysisEngineDescription description) {
        this.name = name;
        this.description = description;
    }

    public String name() {
        return name;
    }

    /** Runs one document through the stage and adds its time to the round; the engine is created on first use, untimed. */
    public void process(String text, long textBytes) throws UIMAException {
        if (engine == null) {
            engine = AnalysisEngineFactory.createEngine(description);
            jcas = JCasFactory.createJCas();
        }
        Clock clock = new Clock();
        jcas.reset();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        engine.process(jcas);
        wallNanos += clock.wallNanos();
        cpuNanos += clock.cpuNanos();
        bytes += textBytes;
        documents++;
    }

    /** The documents processed since the last call, and heap in use after GC; starts a new round. */
    public Measurement endRound(long heapBytes) {
        Measurement round = new Measurement(wallNanos, cpuNanos, bytes, documents, heapBytes);
        wallNanos = 0;
        cpuNanos = 0;
        bytes = 0;
        documents = 0;
        return round;
    }

    public void close() {
        if (engine != null) {
            engine.destroy();
        }
    }
}
