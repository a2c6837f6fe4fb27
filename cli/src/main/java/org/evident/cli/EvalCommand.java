package org.evident.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.apache.uima.UIMAException;
import org.evident.annotators.EvidentPipeline;
import org.evident.evaluation.Evaluation;
import org.evident.evaluation.EvaluationReport;
import org.evident.evaluation.ReportJson;
import org.evident.evaluation.ReportTable;
import org.evident.exporters.read.InputException;
import org.evident.exporters.read.annotated.AnnotatedCorpus;
import org.evident.exporters.read.annotated.AnnotatedDocuments;
import org.evident.exporters.spans.OffsetConverter;
import org.evident.model.Layer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code evident eval}: scores annotations against a gold standard (docs/evaluation.md). */
@Command(name = "eval", mixinStandardHelpOptions = true, version = EvidentCommand.VERSION,
        description = {"Score annotations against a gold standard: precision, recall and F1 per layer, span type and "
                + "category with exact and overlap matching; CoNLL-2010 sentence-level F1 for speculation; scope PCS "
                + "and token-level F1. Only what the gold annotates is scored.",
                "",
                "Gold and predictions may be flat JSON (.json, .jsonl), XMI or JSON CAS (.xmi, .json), "
                        + "BioScope/Szeged XML (.xml), Engagement IOB (.iob), or a folder of such files.",
                "",
                "Examples:",
                "  evident eval --gold ../shared/corpora/szeged-wiki-dev.xml",
                "  evident eval --gold seeds/gold/ --pred out/corpus.jsonl --json",
                ""})
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "GOLD", description = "The gold standard (file or folder).")
    Path gold;

    @Option(names = "--pred", paramLabel = "PRED",
            description = "Predictions to score, paired with the gold documents by id. Without it, Evident annotates "
                    + "the gold documents' own text with the pipeline options below.")
    Path pred;

    @Option(names = "--json", description = "Print the scores as JSON instead of a table.")
    boolean json;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
            description = "Also list the N most frequent false positives and false negatives of each cue and marker "
                    + "kind, with a keyword-in-context line each (default: ${DEFAULT-VALUE}).")
    int errors;

    @Mixin
    PipelineOptions pipeline;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws UIMAException, IOException {
        if (errors < 0) {
            throw new ParameterException(spec.commandLine(), "--errors must be 0 or more");
        }
        if (pred != null) {
            List<String> unused = spec.mixins().get("pipeline").options().stream().map(OptionSpec::longestName)
                    .filter(name -> spec.commandLine().getParseResult().hasMatchedOption(name)).toList();
            if (!unused.isEmpty()) {
                throw new ParameterException(spec.commandLine(), String.join(", ", unused)
                        + " only apply when eval annotates the gold texts itself, not to --pred predictions");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        AnnotatedCorpus goldCorpus;
        EvaluationReport report;
        String predictions;
        try {
            goldCorpus = AnnotatedDocuments.read(gold);
            if (pred != null) {
                report = Evaluation.compare(goldCorpus, AnnotatedDocuments.read(pred));
                predictions = pred.toString();
            } else {
                report = annotate(goldCorpus);
                predictions = "Evident, " + pipelineDescription();
            }
        } catch (InputException e) {
            err.println("evident: " + e.getMessage());
            return EvidentCommand.FATAL;
        }
        if (json) {
            out.println(ReportJson.MAPPER.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(ReportJson.toJson(report, errors)));
        } else {
            out.println("Gold: " + gold + " (" + report.documents() + " documents). Predictions: " + predictions + ".");
            out.println();
            out.print(ReportTable.render(report, errors));
        }
        out.flush();
        err.println(String.format(Locale.ROOT, "eval: %d documents in %.1f s", report.documents(),
                (System.nanoTime() - started) / 1e9));
        err.flush();
        return 0;
    }

    private EvaluationReport annotate(AnnotatedCorpus goldCorpus) throws InputException, UIMAException {
        long bytes = goldCorpus.documents().stream().mapToLong(d -> OffsetConverter.utf8Bytes(d.text())).sum();
        AtomicInteger done = new AtomicInteger();
        try (Progress progress = Progress.start("eval", bytes)) {
            return Evaluation.annotateAndScore(goldCorpus, pipeline.pipeline(), document -> progress.advance(
                    OffsetConverter.utf8Bytes(document.text()), done.incrementAndGet(), 0));
        }
    }

    private String pipelineDescription() {
        Set<Layer> layers = EnumSet.noneOf(Layer.class);
        if (pipeline.layers == null) {
            layers.addAll(EvidentPipeline.availableLayers());
        } else {
            layers.addAll(pipeline.layers);
        }
        String segmenter = pipeline.segmenter.name().toLowerCase(Locale.ROOT) + " segmenter";
        return layers.isEmpty() ? segmenter + ", no layer annotators (every prediction is empty)"
                : segmenter + ", layers " + layers.stream().map(Layer::id).collect(Collectors.joining(", "));
    }
}
