package org.evident.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.evident.exporters.spans.OffsetMode;
import org.evident.exporters.write.DocumentWriter;
import org.evident.exporters.write.OutputFormat;

import picocli.CommandLine.Option;

/** The command-line options that choose output folder, formats and offsets (shared by annotate and export). */
public final class OutputOptions {
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Output folder.")
    Path output;

    @Option(names = {"-f", "--formats"}, split = ",", paramLabel = "FORMAT", defaultValue = "xmi,jsoncas,json,jsonl",
            description = "Output formats: xmi, jsoncas, json, jsonl (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(names = "--offsets", defaultValue = "codepoint", paramLabel = "codepoint|utf16|utf8",
            description = "How flat JSON counts offsets (default: ${DEFAULT-VALUE}, what Python indexes by).")
    String offsets;

    @Option(names = "--no-embedded-types", negatable = false,
            description = "JSON CAS files hold no type system; TypeSystem.xml is written once beside them.")
    boolean noEmbeddedTypes;

    /** Opens the writers; fails when the output folder cannot be created or written. */
    List<DocumentWriter> openWriters() throws IOException {
        Set<OutputFormat> chosen = new LinkedHashSet<>();
        for (String format : formats) {
            chosen.add(OutputFormat.fromId(format));
        }
        OutputFormat.Options options = new OutputFormat.Options(OffsetMode.fromId(offsets), !noEmbeddedTypes);
        Files.createDirectories(output);
        if (!Files.isWritable(output)) {
            throw new IOException(output + ": output folder is not writable");
        }
        List<DocumentWriter> writers = new ArrayList<>();
        for (OutputFormat format : chosen) {
            writers.add(format.open(output, options));
        }
        return writers;
    }
}
