package org.evident.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.evident.evaluation.Agreement;
import org.evident.evaluation.AgreementFormat;
import org.evident.evaluation.AgreementReport;
import org.evident.evaluation.ReportJson;
import org.evident.exporters.read.InputException;
import org.evident.exporters.read.annotated.AnnotatedDocuments;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evident agree}: agreement between two annotations of the same texts (docs/evaluation.md). */
@Command(name = "agree", mixinStandardHelpOptions = true, version = EvidentCommand.VERSION,
        description = {"Agreement between two annotations of the same texts, in any format eval reads, over what "
                + "both annotate: span precision, recall and F1 with A as reference, and token-level Cohen's kappa "
                + "per layer. Documents are paired by id.",
                "",
                "Example: evident agree annotator1.jsonl annotator2.jsonl",
                ""})
final class AgreeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "A", description = "The first annotation (the reference for span scores).")
    Path first;

    @Parameters(index = "1", paramLabel = "B", description = "The second annotation.")
    Path second;

    @Option(names = "--json", description = "Print the agreement as JSON instead of a table.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        AgreementReport report;
        try {
            report = Agreement.measure(AnnotatedDocuments.read(first), AnnotatedDocuments.read(second));
        } catch (InputException e) {
            spec.commandLine().getErr().println("evident: " + e.getMessage());
            return EvidentCommand.FATAL;
        }
        if (json) {
            out.println(ReportJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(AgreementFormat.json(report)));
        } else {
            out.println("A: " + first + ", B: " + second + " (" + report.spans().documents() + " documents).");
            out.println();
            out.print(AgreementFormat.table(report));
        }
        out.flush();
        return 0;
    }
}
