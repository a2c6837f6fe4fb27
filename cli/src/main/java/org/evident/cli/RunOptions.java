package org.evident.cli;

import picocli.CommandLine.Option;

/** Options of a corpus run that do not change its output (shared by annotate and export). */
public final class RunOptions {
    @Option(names = "--threads", paramLabel = "N", converter = OptionValues.AtLeastOne.class,
            description = "Documents processed at once (default: the number of processors, ${DEFAULT-VALUE}). "
                    + "Output does not depend on it.")
    int threads = Runtime.getRuntime().availableProcessors();
}
