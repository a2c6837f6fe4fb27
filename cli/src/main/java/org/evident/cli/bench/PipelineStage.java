package org.evident.cli.bench;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.evident.cli.BatchedPipeline;

/**
 * One configuration of the pipeline, timed batch by batch as {@code evident annotate} runs it (a
 * batch of documents through its stages together, {@link BatchedPipeline}), so that all
 * configurations can take turns on each batch: a burst of load from elsewhere on the machine then
 * falls on every one alike, and their ratios hold. The time of each batch is added up until
 * {@link #endRound} is called.
 */
public final class PipelineStage {
    private final String name;
    private final List<AnalysisEngineDescription> stages;
    private final List<JCas> cases = new ArrayList<>();
    private BatchedPipeline pipeline;
    private long wallNanos;
    private long cpuNanos;
    private long bytes;
    private int documents;

    /**
     * @param name   the row's name
     * @param stages the pipeline's stages ({@code EvidentPipeline.buildStages()})
     */
    public PipelineStage(String name, List<AnalysisEngineDescription> stages) {
        this.name = name;
        this.stages = List.copyOf(stages);
    }

    public String name() {
        return name;
    }

    /**
     * Runs one batch of documents through the stages and adds its time to the round; the engines
     * and CASes are created on first use, untimed.
     */
    public void process(List<String> texts, long textBytes) throws UIMAException {
        if (pipeline == null) {
            pipeline = new BatchedPipeline(stages);
        }
        while (cases.size() < texts.size()) {
            cases.add(JCasFactory.createJCas());
        }
        List<JCas> batch = cases.subList(0, texts.size());
        Clock clock = new Clock();
        for (int i = 0; i < texts.size(); i++) {
            JCas jcas = batch.get(i);
            jcas.reset();
            jcas.setDocumentText(texts.get(i));
            jcas.setDocumentLanguage("en");
        }
        for (Throwable failure : pipeline.process(batch)) {
            if (failure != null) {
                throw new AnalysisEngineProcessException(failure);
            }
        }
        wallNanos += clock.wallNanos();
        cpuNanos += clock.cpuNanos();
        bytes += textBytes;
        documents += texts.size();
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
        if (pipeline != null) {
            pipeline.close();
        }
    }
}
