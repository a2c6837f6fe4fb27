package org.evident.bench;

import java.util.concurrent.TimeUnit;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.CasCopier;
import org.evident.annotators.EvidentPipeline;
import org.evident.annotators.HolderResolver;
import org.evident.annotators.segment.FastSegmenter;
import org.evident.annotators.segment.OpenNlpSegmenter;
import org.evident.model.Layer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One component on the sample document: a segmenter on raw text, or a layer annotator (or the
 * holder resolver) on a CAS that is already segmented and tagged. Time per document.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnnotatorBenchmark {
    /** The component: opennlp, fast, holders, or a layer name. */
    @Param({"opennlp", "fast", "attribution", "speculation", "stance", "holders"})
    public String component;

    private AnalysisEngine engine;
    private JCas prepared;
    private JCas jcas;
    private String text;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        text = SampleCorpus.text();
        jcas = JCasFactory.createJCas();
        switch (component) {
            case "opennlp" -> engine = AnalysisEngineFactory.createEngine(OpenNlpSegmenter.class);
            case "fast" -> engine = AnalysisEngineFactory.createEngine(FastSegmenter.class);
            case "holders" -> {
                engine = AnalysisEngineFactory.createEngine(HolderResolver.class);
                prepared = SampleCorpus.processed(text, EvidentPipeline.builder().resolveHolders(false).build());
            }
            default -> {
                engine = AnalysisEngineFactory.createEngine(
                        EvidentPipeline.layerAnnotator(Layer.fromId(component), null, 0f));
                prepared = SampleCorpus.processed(text, SampleCorpus.segmentation());
            }
        }
    }

    @Setup(Level.Invocation)
    public void reset() {
        jcas.reset();
        if (prepared == null) {
            jcas.setDocumentText(text);
            jcas.setDocumentLanguage("en");
        } else {
            CasCopier.copyCas(prepared.getCas(), jcas.getCas(), true);
        }
    }

    @Benchmark
    public JCas process() throws Exception {
        engine.process(jcas);
        return jcas;
    }
}
