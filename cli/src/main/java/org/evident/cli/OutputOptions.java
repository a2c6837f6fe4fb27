package org.evident.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;

import org.evident.exporters.spans.OffsetMode;
import org.evident.exporters.write.OutputFormat;
import org.evident.exporters.write.Outputs;

import picocli.CommandLine.Option;

/** The command-line options that choose output folder, formats and offsets (shared by annotate and export). */
public final class OutputOptions {
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Output folder.")
    Path output;

    @Option(names = {"-f", "--formats"}, split = ",", paramLabel = "FORMAT", defaultValue = "xmi,jsoncas,json,jsonl",
            converter = OptionValues.Format.class,
            description = "Output formats: xmi, jsoncas, json, jsonl, conll, hf, brat (docs/formats.md; "
                    + "default: ${DEFAULT-VALUE}).")
    List<OutputFormat> formats;

    @Option(names = "--offsets", defaultValue = "codepoint", paramLabel = "codepoint|utf16|utf8",
            converter = OptionValues.Offsets.class,
            description = "How flat JSON and CoNLL count offsets (default: ${DEFAULT-VALUE}, what Python indexes by; "
                    + "brat always uses code points).")
    OffsetMode offsets;

    @Option(names = "--no-embedded-types", negatable = false,
            description = "JSON CAS files hold an empty %TYPES (TypeSystem.xml beside them declares the types).")
    boolean noEmbeddedTypes;

    @Option(names = "--pretty-jsoncas", negatable = false,
            description = "Indent JSON CAS files for reading (default: one compact line; the same JSON either way).")
    boolean prettyJsonCas;

    /** Opens the writers and their loss report; fails when the output folder cannot be created or written. */
    Outputs open() throws IOException {
        OutputFormat.Options options = new OutputFormat.Options(offsets, !noEmbeddedTypes, prettyJsonCas);
        return Outputs.open(output, new LinkedHashSet<>(formats), options);
    }
}
