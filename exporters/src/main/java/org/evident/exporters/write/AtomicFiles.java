package org.evident.exporters.write;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file under a temporary name in the same folder and moves it into place only when
 * complete, so that a killed run or a failing serializer never leaves a half-written file.
 */
public final class AtomicFiles {
    /** Writes the content of a file to an output stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code target} atomically; on failure the target is untouched and the temporary file removed. */
    public static void write(Path target, Content content) throws IOException {
        Path temporary = createTemporaryBeside(target);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), 1 << 16)) {
                content.writeTo(out);
            }
            moveIntoPlace(temporary, target);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /**
     * Creates an empty hidden file {@code .evident-RANDOM.part} in the target's folder (created if
     * missing), under a short name that no other writer holds, so that a target whose name is
     * near the file system's limit still gets one. It gets the permissions of any new file (the
     * user's umask), which the target keeps when moved into place; {@code Files.createTempFile}
     * would make it readable by its owner only.
     */
    public static Path createTemporaryBeside(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        while (true) {
            String suffix = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            try {
                return Files.createFile(folder.resolve(".evident-" + suffix + ".part"));
            } catch (FileAlreadyExistsException taken) {
                // another writer drew the same name: draw again
            }
        }
    }

    /**
     * Moves a finished temporary file onto its target, atomically where the file system can; when
     * the move fails (a folder in the way, say) the temporary file is removed.
     */
    public static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }
}
