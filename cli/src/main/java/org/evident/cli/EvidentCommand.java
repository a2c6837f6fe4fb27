package org.evident.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code evident} command: annotates text with speculation, stance and attribution markers and
 * converts annotated documents between formats.
 */
@Command(name = "evident", mixinStandardHelpOptions = true, version = EvidentCommand.VERSION,
        description = "Speculation, stance and attribution annotation for corpus builders.",
        subcommands = {AnnotateCommand.class, ExportCommand.class, EvalCommand.class, AgreeCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 some documents failed, 2 usage error, 3 the run could not start."})
public final class EvidentCommand {
    /** What {@code -V} prints, for the command and every subcommand. */
    static final String VERSION = "evident 0.1.0";
    /** Exit code when some documents failed. */
    static final int DOCUMENT_ERRORS = 1;
    /** Exit code when the run cannot start (bad lexicon, unwritable output). */
    static final int FATAL = 3;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured picocli command line (also used by tests). */
    public static CommandLine commandLine() {
        return new CommandLine(new EvidentCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("evident: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                    for (Throwable also : e.getSuppressed()) {
                        cmd.getErr().println("evident: " + also.getMessage());
                    }
                    return FATAL;
                });
    }
}
