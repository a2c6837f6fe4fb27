package org.evident.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.evident.annotators.EvidentPipeline;

/**
 * A pipeline cut into stages ({@link EvidentPipeline#buildStages}) that takes a batch of documents
 * through it stage by stage: every document through the segmenter, then every one through the
 * layers. Each stage's code and tables then stay in the processor's caches from one document to
 * the next instead of being pushed out by the other stage's (docs/performance.md, "Seventh round").
 * A document fails alone: one that a stage cannot process is left out of the later stages. One
 * instance per thread, like the engines it holds.
 */
public final class BatchedPipeline implements AutoCloseable {
    private final List<AnalysisEngine> stages = new ArrayList<>();

    /**
     * @param descriptions the stages, in order
     */
    public BatchedPipeline(List<AnalysisEngineDescription> descriptions) throws ResourceInitializationException {
        try {
            for (AnalysisEngineDescription description : descriptions) {
                stages.add(AnalysisEngineFactory.createEngine(description));
            }
        } catch (ResourceInitializationException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Runs one document through every stage (a section of a long document). */
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        for (AnalysisEngine stage : stages) {
            stage.process(jcas);
        }
    }

    /**
     * Takes the documents, each in a CAS of its own, through the stages, all of them through one
     * stage before the next. At most {@link EvidentPipeline#MAX_BATCH_DOCUMENTS} documents.
     *
     * @return per document, in the batch's order, null or what its processing threw: an
     *         {@link AnalysisEngineProcessException}, a {@link RuntimeException} or an
     *         {@link OutOfMemoryError}, after which its CAS has been reset
     */
    public List<Throwable> process(List<JCas> batch) {
        if (batch.size() > EvidentPipeline.MAX_BATCH_DOCUMENTS) {
            throw new IllegalArgumentException("a batch holds at most " + EvidentPipeline.MAX_BATCH_DOCUMENTS
                    + " documents: " + batch.size());
        }
        Throwable[] failures = new Throwable[batch.size()];
        for (AnalysisEngine stage : stages) {
            for (int i = 0; i < batch.size(); i++) {
                if (failures[i] != null) {
                    continue;
                }
                try {
                    stage.process(batch.get(i));
                } catch (AnalysisEngineProcessException | RuntimeException e) {
                    failures[i] = e;
                } catch (OutOfMemoryError e) {
                    batch.get(i).reset();
                    failures[i] = e;
                }
            }
        }
        return Arrays.asList(failures);
    }

    /** Destroys the engines. */
    @Override
    public void close() {
        stages.forEach(AnalysisEngine::destroy);
    }
}
