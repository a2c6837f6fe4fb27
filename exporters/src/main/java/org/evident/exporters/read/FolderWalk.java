package org.evident.exporters.read;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.evident.exporters.write.IoErrors;

/**
 * The input files under a folder, in path order: files with one of the accepted extensions, found
 * recursively through symbolic links, leaving out one folder (the run's own output, so that a run
 * never reads what an earlier run wrote inside its input). A subfolder that cannot be listed, and
 * a link that leads nowhere or in a circle, is recorded as a problem and the walk goes on.
 */
final class FolderWalk {
    /** A path the walk could not take, and why. */
    record Problem(Path path, String reason) {
    }

    private final List<Path> files = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private FolderWalk() {
    }

    /**
     * @param root       the folder
     * @param extensions the accepted lower-case extensions, with their dot
     * @param skipped    a folder whose contents are left out, or null
     */
    static FolderWalk of(Path root, Set<String> extensions, Path skipped) throws IOException {
        FolderWalk walk = new FolderWalk();
        Path skip = skipped == null ? null : canonical(skipped);
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return skip != null && !dir.equals(root) && canonical(dir).equals(skip)
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (extensions.contains(Inputs.extension(file))) {
                    if (attributes.isRegularFile()) {
                        walk.files.add(file);
                    } else if (attributes.isSymbolicLink()) {
                        walk.problems.add(new Problem(file, "a link to nothing (" + readLink(file) + ")"));
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                walk.problems.add(new Problem(file, e instanceof FileSystemLoopException
                        ? "a link back to a folder above it, not followed"
                        : "cannot read (" + IoErrors.describe(e) + ")"));
                return FileVisitResult.CONTINUE;
            }
        });
        walk.files.sort(null);
        walk.problems.sort((a, b) -> a.path().compareTo(b.path()));
        return walk;
    }

    /** The accepted files, in path order. */
    List<Path> files() {
        return files;
    }

    /** What could not be read, in path order. */
    List<Problem> problems() {
        return problems;
    }

    private static Path canonical(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private static String readLink(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "unreadable";
        }
    }
}
