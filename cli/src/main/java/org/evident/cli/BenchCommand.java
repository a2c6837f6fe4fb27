package org.evident.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.commons.io.file.PathUtils;
import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.evident.annotators.EvidentPipeline;
import org.evident.cli.bench.BenchTable;
import org.evident.cli.bench.InterleavedRun;
import org.evident.cli.bench.LayerCost;
import org.evident.cli.bench.Measurement;
import org.evident.cli.bench.PipelineStage;
import org.evident.cli.bench.WriterStage;
import org.evident.exporters.read.InputException;
import org.evident.exporters.read.InputItem;
import org.evident.exporters.read.Inputs;
import org.evident.exporters.read.annotated.AnnotatedDocuments;
import org.evident.exporters.spans.OffsetConverter;
import org.evident.exporters.write.LossReport;
import org.evident.exporters.write.OutputFormat;
import org.evident.model.Layer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code evident bench}: throughput and memory of every pipeline stage and every writer, side by
 * side in one run on one thread, so that their ratios hold on a noisy machine.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, version = EvidentCommand.VERSION,
        description = {"Measure MB/s, documents/s and heap after GC for: segmentation alone (fast and OpenNLP), "
                + "each layer added in turn, the holder resolver, segmentation and the full pipeline as annotate runs them "
                + "(the tags not kept as POS annotations), and each writer on annotate's CASes (the CAS writers also "
                + "with --pos-annotations). On one thread, --rounds "
                + "times, the pipeline stages take turns on every document, then each writer writes the annotated corpus. "
                + "The table shows each stage's fastest round by CPU time, the one least disturbed by other load, and "
                + "(x seg) the median over rounds of its CPU time relative to OpenNLP segmentation in the same round.",
                "",
                "Example: evident bench news/ --rounds 15"})
final class BenchCommand implements Callable<Integer> {
    /** The stage the others' CPU time is compared with. */
    private static final String SEGMENTATION = "segmentation (OpenNLP + POS)";
    /** The rows of stages whose CAS keeps no POS annotations, as annotate's by default. */
    private static final String NO_POS = ", no POS annot.";
    private static final String FULL_PIPELINE = "+ holders = full pipeline";
    private static final String ANNOTATE_SEGMENTATION = "segmentation" + NO_POS;
    private static final String ANNOTATE_PIPELINE = "full pipeline" + NO_POS + " = annotate";
    /** The rows of writers of CASes with POS annotations ({@code --pos-annotations}). */
    private static final String WITH_POS = ", POS annot.";

    /** Annotated corpora whose texts can serve as a benchmark corpus (BioScope/Szeged XML, IOB). */
    private static final Set<String> ANNOTATED_CORPORA = Set.of(".xml", ".iob");

    @Parameters(arity = "1..*", paramLabel = "CORPUS",
            description = "Text files, folders of them, JSONL corpora, or the texts of BioScope/Szeged XML and IOB corpora.")
    List<Path> inputs;

    @Option(names = "--rounds", defaultValue = "2", converter = OptionValues.AtLeastOne.class,
            description = "Timed passes per stage (default ${DEFAULT-VALUE}, a quick look; "
                    + "15 for ratios that hold: the JIT compiles the large rule methods late).")
    int rounds;

    @Option(names = "--warmup-mb", defaultValue = "0.5",
            description = "Megabytes of the corpus run through every stage before timing (default ${DEFAULT-VALUE}).")
    double warmupMegabytes;

    @Option(names = "--no-writers", description = "Measure the pipeline stages only.")
    boolean noWriters;

    @Option(names = "--join-kb", paramLabel = "KB", defaultValue = "0",
            description = "Join consecutive documents, as paragraphs, into documents of about KB kilobytes "
                    + "(news-article size from sentence corpora such as Szeged; default: keep documents as read).")
    double joinKilobytes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<String> texts = joined(load(inputs, spec.commandLine().getErr()), (long) (joinKilobytes * 1000));
        long bytes = texts.stream().mapToLong(OffsetConverter::utf8Bytes).sum();
        out.printf("corpus: %d documents, %.2f MB; %d rounds; Java %s, %d processors, max heap %d MB%n",
                texts.size(), bytes / 1e6, rounds, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        List<String> warmup = prefix(texts, (long) (warmupMegabytes * 1e6));

        List<PipelineStage> stages = stages();
        BenchTable table = new BenchTable();
        List<InterleavedRun.StageResult> results;
        try {
            results = InterleavedRun.run(stages, reference(stages), texts, warmup, rounds);
        } finally {
            stages.forEach(PipelineStage::close);
        }
        results.forEach(result -> table.add(result.name(), result.fastest(), result.cpuRatio()));
        if (!noWriters) {
            measureWriters(texts, bytes, table);
        }
        table.print(out);
        LayerCost.of(results, FULL_PIPELINE, ANNOTATE_SEGMENTATION, ANNOTATE_PIPELINE)
                .ifPresent(cost -> out.println(cost.describe()));
        out.flush();
        return 0;
    }

    /** Consecutive texts joined with blank lines until each reaches {@code bytes} (UTF-8); as read when 0. */
    static List<String> joined(List<String> texts, long bytes) {
        if (bytes <= 0) {
            return texts;
        }
        List<String> documents = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        long size = 0;
        for (String text : texts) {
            if (current.length() > 0) {
                current.append("\n\n");
            }
            current.append(text.strip());
            size += OffsetConverter.utf8Bytes(text);
            if (size >= bytes) {
                documents.add(current.toString());
                current.setLength(0);
                size = 0;
            }
        }
        if (current.length() > 0) {
            documents.add(current.toString());
        }
        return documents;
    }

    private static PipelineStage reference(List<PipelineStage> stages) {
        return stages.stream().filter(stage -> stage.name().equals(SEGMENTATION)).findFirst().orElseThrow();
    }

    private static List<PipelineStage> stages() throws UIMAException {
        List<PipelineStage> stages = new ArrayList<>();
        stages.add(new PipelineStage("segmentation (fast, no POS)", EvidentPipeline.builder()
                .segmenter(EvidentPipeline.Segmenter.FAST).layers(Set.of()).build()));
        stages.add(new PipelineStage(SEGMENTATION, EvidentPipeline.builder()
                .layers(Set.of()).build()));
        Set<Layer> layers = EnumSet.noneOf(Layer.class);
        for (Layer layer : List.of(Layer.ATTRIBUTION, Layer.SPECULATION, Layer.STANCE)) {
            if (EvidentPipeline.availableLayers().contains(layer)) {
                layers.add(layer);
                stages.add(new PipelineStage("+ " + layer.id(), EvidentPipeline.builder()
                        .layers(layers).resolveHolders(false).build()));
            }
        }
        if (!layers.isEmpty()) {
            stages.add(new PipelineStage(FULL_PIPELINE, EvidentPipeline.builder().build()));
        }
        stages.add(new PipelineStage(ANNOTATE_SEGMENTATION, EvidentPipeline.builder()
                .layers(Set.of()).posAnnotations(false).build()));
        if (!layers.isEmpty()) {
            stages.add(new PipelineStage(ANNOTATE_PIPELINE, EvidentPipeline.builder().posAnnotations(false).build()));
        }
        return stages;
    }

    /**
     * Every writer on the CASes of annotate's default pipeline (no POS annotations), then the CAS
     * writers on CASes with POS annotations ({@code --pos-annotations}), one set of CASes in memory
     * at a time.
     */
    private void measureWriters(List<String> texts, long bytes, BenchTable table) throws Exception {
        int warmupDocuments = Math.max(1, prefix(texts, (long) (warmupMegabytes * 1e6)).size());
        Path scratch = Files.createTempDirectory("evident-bench");
        try {
            List<JCas> annotated = annotated(texts, EvidentPipeline.builder().posAnnotations(false));
            for (OutputFormat format : OutputFormat.values()) {
                table.add("writer " + format.id(), measureWriter(format, annotated, warmupDocuments, bytes, scratch));
            }
            annotated = annotated(texts, EvidentPipeline.builder());
            for (OutputFormat format : List.of(OutputFormat.XMI, OutputFormat.JSONCAS)) {
                table.add("writer " + format.id() + WITH_POS,
                        measureWriter(format, annotated, warmupDocuments, bytes, scratch));
            }
        } finally {
            PathUtils.deleteDirectory(scratch);
        }
    }

    private static List<JCas> annotated(List<String> texts, EvidentPipeline pipeline) throws UIMAException {
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(pipeline.build());
        List<JCas> annotated = new ArrayList<>(texts.size());
        for (String text : texts) {
            JCas jcas = JCasFactory.createJCas();
            jcas.setDocumentText(text);
            jcas.setDocumentLanguage("en");
            engine.process(jcas);
            annotated.add(jcas);
        }
        engine.destroy();
        return annotated;
    }

    /** The fastest of the rounds of one writer, after a warm-up on the first documents. */
    private Measurement measureWriter(OutputFormat format, List<JCas> annotated, int warmupDocuments, long bytes,
            Path scratch) throws IOException {
        List<JCas> warmup = annotated.subList(0, warmupDocuments);
        WriterStage warm = new WriterStage(format.id(),
                format.open(scratch.resolve(format.id() + "-warmup"), OutputFormat.Options.defaults(), new LossReport()));
        warm.measure(warmup, 0);
        warm.close();
        List<Measurement> runs = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Path folder = scratch.resolve(format.id() + "-" + round);
            WriterStage stage = new WriterStage(format.id(),
                    format.open(folder, OutputFormat.Options.defaults(), new LossReport()));
            runs.add(stage.measure(annotated, bytes));
            stage.close();
            PathUtils.deleteDirectory(folder);
        }
        return fastest(runs);
    }

    /** The round with the least CPU time: on a shared machine, the one other load disturbed least. */
    private static Measurement fastest(List<Measurement> runs) {
        return runs.stream().min(Comparator.comparingLong(Measurement::cpuNanos)).orElseThrow();
    }

    private static List<String> prefix(List<String> texts, long budget) {
        List<String> result = new ArrayList<>();
        long used = 0;
        for (String text : texts) {
            if (used >= budget) {
                break;
            }
            result.add(text);
            used += OffsetConverter.utf8Bytes(text);
        }
        return result;
    }

    private static List<String> load(List<Path> inputs, PrintWriter err)
            throws UIMAException, IOException, InputException {
        List<String> texts = new ArrayList<>();
        List<Path> plain = new ArrayList<>();
        for (Path input : inputs) {
            if (ANNOTATED_CORPORA.contains(Inputs.extension(input))) {
                AnnotatedDocuments.read(input).documents().forEach(document -> texts.add(document.text()));
            } else {
                plain.add(input);
            }
        }
        JCas jcas = JCasFactory.createJCas();
        for (Iterator<InputItem> items = new Inputs(plain, Inputs.TEXT); items.hasNext();) {
            InputItem item = items.next();
            jcas.reset();
            try {
                item.loadInto(jcas);
                texts.add(jcas.getDocumentText());
            } catch (InputException e) {
                err.println("skipped: " + e.getMessage());
            }
        }
        if (texts.isEmpty()) {
            throw new IOException("no readable documents in " + inputs);
        }
        return texts;
    }
}
