package org.evident.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.evident.exporters.read.Inputs;
import org.evident.exporters.write.DocumentWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evident annotate}: segments and annotates documents and writes them in the chosen formats. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        AnalysisEngine engine;
        List<DocumentWriter> writers;
        try {
            engine = CorpusRunner.engine(pipeline.pipeline());
            writers = output.openWriters();
        } catch (IOException e) {
            err.println("evident: " + e.getMessage());
            return EvidentCommand.FATAL;
        }
        RunSummary summary;
        try {
            summary = new CorpusRunner(engine, writers, err)
                    .run(new Inputs(inputs, Inputs.TEXT), Inputs.totalBytes(inputs, Inputs.TEXT), "annotate");
        } finally {
            for (DocumentWriter writer : writers) {
                writer.close();
            }
            engine.destroy();
        }
        out.println(summary.line());
        out.flush();
        return summary.failures() > 0 ? EvidentCommand.DOCUMENT_ERRORS : 0;
    }
}
