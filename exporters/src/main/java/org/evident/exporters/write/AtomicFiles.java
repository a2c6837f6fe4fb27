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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file under a temporary name in the same folder and moves it into place only when
 * complete, so that a killed run or a failing serializer never leaves a half-written file. The
 * temporary files not yet moved or discarded are removed when the JVM shuts down (Ctrl-C, a
 * {@code kill}), so an interrupted run leaves none behind.
 */
public final class AtomicFiles {
    /** Temporary files created and not yet moved into place or discarded. */
    private static final Set<Path> UNFINISHED = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::removeUnfinished, "evident-unfinished-files"));
    }

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
            discard(temporary);
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
                Path temporary = Files.createFile(folder.resolve(".evident-" + suffix + ".part"));
                UNFINISHED.add(temporary);
                return temporary;
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
            UNFINISHED.remove(temporary);
        } catch (IOException e) {
            discard(temporary);
            throw e;
        }
    }

    /** Deletes a temporary file that will not be moved into place. */
    public static void discard(Path temporary) throws IOException {
        try {
            Files.deleteIfExists(temporary);
        } finally {
            UNFINISHED.remove(temporary);
        }
    }

    private static void removeUnfinished() {
        for (Path temporary : UNFINISHED) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // the JVM is going down; a file that cannot be removed stays hidden
            }
        }
    }
}
