package org.evident.exporters.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.uima.jcas.JCas;
import org.evident.exporters.spans.CasSpans;
import org.evident.exporters.write.OutputFormat;
import org.evident.exporters.write.Outputs;

/** Runs writers over test CASes the way the command line does. */
public final class Runs {
    private Runs() {
    }

    /** Writes the documents in the given formats under a folder and closes the run; returns the outputs. */
    public static Outputs write(Path folder, Set<OutputFormat> formats, OutputFormat.Options options, List<JCas> documents)
            throws Exception {
        Outputs outputs = Outputs.open(folder, formats, options);
        try (outputs) {
            for (JCas jcas : documents) {
                var spans = CasSpans.extract(jcas);
                for (var writer : outputs.writers()) {
                    writer.write(jcas, spans);
                }
            }
        }
        return outputs;
    }

    /** Writes with default options. */
    public static Outputs write(Path folder, OutputFormat format, JCas... documents) throws Exception {
        return write(folder, Set.of(format), OutputFormat.Options.defaults(), List.of(documents));
    }
}
