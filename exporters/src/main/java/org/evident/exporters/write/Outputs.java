package org.evident.exporters.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The writers of one run and the {@link LossReport} they share. Closing finishes every writer's
 * corpus-level files and then writes {@value LossReport#FILE_NAME} into the output folder, so the
 * report is complete when it appears.
 */
public final class Outputs implements AutoCloseable {
    private final Path folder;
    private final List<DocumentWriter> writers;
    private final LossReport losses;

    private Outputs(Path folder, List<DocumentWriter> writers, LossReport losses) {
        this.folder = folder;
        this.writers = List.copyOf(writers);
        this.losses = losses;
    }

    /**
     * Opens a writer per format under the output folder, which is created if needed.
     *
     * @throws IOException when the folder cannot be created or written, or a writer cannot start
     */
    public static Outputs open(Path folder, Collection<OutputFormat> formats, OutputFormat.Options options)
            throws IOException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IOException("cannot create the output folder (" + IoErrors.describe(e) + ")", e);
        }
        if (!Files.isWritable(folder)) {
            throw new IOException(folder + ": output folder is not writable");
        }
        LossReport losses = new LossReport();
        List<DocumentWriter> opened = new ArrayList<>();
        try {
            for (OutputFormat format : formats) {
                opened.add(format.open(folder, options, losses));
            }
        } catch (IOException | RuntimeException e) {
            for (DocumentWriter writer : opened) {
                try {
                    writer.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
        return new Outputs(folder, opened, losses);
    }

    /** The writers, in the order the formats were given. */
    public List<DocumentWriter> writers() {
        return writers;
    }

    /** The losses the writers have recorded so far. */
    public LossReport losses() {
        return losses;
    }

    /** Closes every writer (all of them, even when one fails), then writes the loss report. */
    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (DocumentWriter writer : writers) {
            try {
                writer.close();
            } catch (IOException e) {
                IOException described = new IOException(writer.format() + " output failed: " + IoErrors.describe(e), e);
                if (failure == null) {
                    failure = described;
                } else {
                    failure.addSuppressed(described);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        losses.writeTo(folder);
    }
}
