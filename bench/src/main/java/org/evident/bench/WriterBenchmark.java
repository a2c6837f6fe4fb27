package org.evident.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.commons.io.file.PathUtils;
import org.apache.uima.jcas.JCas;
import org.evident.annotators.EvidentPipeline;
import org.evident.exporters.spans.CasSpans;
import org.evident.exporters.write.DocumentWriter;
import org.evident.exporters.write.LossReport;
import org.evident.exporters.write.OutputFormat;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One writer on the fully annotated sample document, as {@code evident annotate} annotates it (no
 * POS annotations unless {@code posAnnotations} is true): span extraction plus the file written.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WriterBenchmark {
    /** The output format. */
    @Param({"xmi", "jsoncas", "json", "jsonl", "conll", "hf", "brat"})
    public String format;

    /** Whether the CAS keeps POS annotations ({@code annotate --pos-annotations}). */
    @Param({"false"})
    public boolean posAnnotations;

    private JCas annotated;
    private Path folder;
    private DocumentWriter writer;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        annotated = SampleCorpus.processed(SampleCorpus.text(),
                EvidentPipeline.builder().posAnnotations(posAnnotations).build());
        folder = Files.createTempDirectory("evident-writer-bench");
        writer = OutputFormat.fromId(format).open(folder, OutputFormat.Options.defaults(), new LossReport());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        writer.close();
        PathUtils.deleteDirectory(folder);
    }

    @Benchmark
    public void write() throws Exception {
        writer.write(annotated, CasSpans.extract(annotated));
    }
}
