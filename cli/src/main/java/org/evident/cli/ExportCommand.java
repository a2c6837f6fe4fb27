package org.evident.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.evident.exporters.read.EvidentCasInputs;
import org.evident.exporters.read.Inputs;
import org.evident.exporters.write.IoErrors;
import org.evident.exporters.write.Outputs;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code evident export}: converts annotated CASes — XMI or UIMA JSON CAS, as {@code evident annotate}
 * writes them or INCEpTION exports them after correction — to other formats without annotating again.
 * It shares the writers, the output options and the corpus runner with {@code annotate}.
 */
@Command(name = "export", mixinStandardHelpOptions = true, version = EvidentCommand.VERSION,
        description = {"Convert annotated documents (UIMA XMI or JSON CAS, from evident annotate or an INCEpTION "
                + "export) to other formats, without annotating again. Types from other type systems are "
                + "ignored; each CAS must use Evident's types.",
                "",
                "Example: evident export corrected/ -o train/ -f conll,hf,brat"})
final class ExportCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "XMI (.xmi) or UIMA JSON CAS (.json) files, or folders of them (recursively).")
    List<Path> inputs;

    @Mixin
    OutputOptions output;

    @Mixin
    RunOptions run;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (Path input : inputs) {
            if (Files.isRegularFile(input) && !Inputs.CAS.contains(Inputs.extension(input))) {
                throw new ParameterException(spec.commandLine(),
                        input + ": export reads XMI (.xmi) and UIMA JSON CAS (.json) files");
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Outputs outputs;
        try {
            outputs = output.open();
        } catch (IOException e) {
            err.println("evident: " + IoErrors.describe(e));
            return EvidentCommand.FATAL;
        }
        RunSummary summary;
        try (outputs; CorpusRunner runner = new CorpusRunner(null, err, run.threads)) {
            Inputs documents = new Inputs(inputs, Inputs.CAS, output.output);
            summary = runner.run(EvidentCasInputs.requireEvidentTypes(documents), outputs.writers(),
                    documents.totalBytes(), "export");
        }
        out.println(summary.line(outputs.losses()));
        out.flush();
        return summary.failures() > 0 ? EvidentCommand.DOCUMENT_ERRORS : 0;
    }
}
