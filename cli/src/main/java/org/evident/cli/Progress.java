package org.evident.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr (documents, MB/s, ETA) shown only when the process runs in a terminal,
 * so that logs and pipes stay clean.
 */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /** A bar over {@code totalBytes} of input, or a silent one when not in a terminal. */
    static Progress start(String task, long totalBytes) {
        if (System.console() == null) {
            return new Progress(null);
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(Math.max(totalBytes, 1))
                .setUnit(" MB", 1_000_000).showSpeed().setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        return new Progress(bar);
    }

    void advance(long bytes, int documents, int failures) {
        if (bar != null) {
            bar.stepBy(bytes);
            bar.setExtraMessage(documents + " docs" + (failures > 0 ? ", " + failures + " failed" : ""));
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
