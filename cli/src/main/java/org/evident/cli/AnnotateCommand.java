package org.evident.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.evident.exporters.read.Inputs;
import org.evident.exporters.write.IoErrors;
import org.evident.exporters.write.Outputs;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evident annotate}: segments and annotates documents and writes them in the chosen formats. */
@Command(name = "annotate", mixinStandardHelpOptions = true, version = EvidentCommand.VERSION,
        description = {"Annotate plain text (.txt files and folders), JSONL corpora ({\"id\", \"text\"} a line) "
                + "or XMI / JSON CAS files, and write the result.",
                "",
                "Example: evident annotate seeds/ -o out/ -f xmi,jsonl"})
final class AnnotateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders (folders: *.txt, recursively).")
    List<Path> inputs;

    @Mixin
    OutputOptions output;

    @Mixin
    PipelineOptions pipeline;

    @Mixin
    RunOptions run;

    @Option(names = "--section-length", paramLabel = "CHARS", converter = OptionValues.SectionLength.class,
            description = "Documents longer than this (characters) are annotated in sections, so that memory stays "
                    + "bounded: flat JSON/JSONL get the whole document, CAS formats (xmi, jsoncas, conll, hf, brat) "
                    + "one part per section, ID.part-001 … (default: ${DEFAULT-VALUE}).")
    int sectionLength = SectionedAnnotation.SECTION_LENGTH;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        try (CorpusRunner runner = new CorpusRunner(pipeline.pipeline(), err, run.threads, sectionLength)) {
            Outputs outputs;
            try {
                outputs = output.open();
            } catch (IOException e) {
                err.println("evident: " + IoErrors.describe(e));
                return EvidentCommand.FATAL;
            }
            RunSummary summary;
            try (outputs) {
                Inputs documents = new Inputs(inputs, Inputs.TEXT, output.output);
                summary = runner.run(documents, outputs.writers(), documents.totalBytes(), "annotate");
            }
            out.println(summary.line(outputs.losses()));
            out.flush();
            return summary.failures() > 0 ? EvidentCommand.DOCUMENT_ERRORS : 0;
        }
    }
}
