package org.evident.exporters.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.evident.exporters.write.IoErrors;

/**
 * Turns the command line's input paths into a lazy stream of {@link InputItem}s, in order: files
 * as given, folders walked recursively in name order (files with the accepted extensions, through
 * symbolic links, leaving out the run's output folder), JSONL files line by line. A path that does
 * not exist or cannot be listed, a subfolder that cannot be read, a broken link and a folder without
 * a single input file become items that fail, so the rest of the corpus is still processed.
 */
public final class Inputs implements Iterator<InputItem> {
    /** Extensions taken from folders when annotating: plain text. */
    public static final Set<String> TEXT = Set.of(".txt");
    /** Extensions taken from folders when exporting: serialized CASes. */
    public static final Set<String> CAS = Set.of(".xmi", ".json");
    /** The longest JSONL line read: room for a document of the longest length in escaped JSON. */
    private static final int MAX_LINE_BYTES = 4 * DocumentTexts.MAX_LENGTH;

    private final List<Path> paths;
    private final Deque<Path> pending;
    private final Set<String> folderExtensions;
    private final Path outputFolder;
    private Iterator<InputItem> current = java.util.Collections.emptyIterator();

    /**
     * @param paths            files and folders as given by the user
     * @param folderExtensions extensions of the files taken from folders
     */
    public Inputs(List<Path> paths, Set<String> folderExtensions) {
        this(paths, folderExtensions, null);
    }

    /**
     * @param paths            files and folders as given by the user
     * @param folderExtensions extensions of the files taken from folders
     * @param outputFolder     the run's output folder, left out where it lies inside an input folder
     */
    public Inputs(List<Path> paths, Set<String> folderExtensions, Path outputFolder) {
        this.paths = List.copyOf(paths);
        this.pending = new ArrayDeque<>(paths);
        this.folderExtensions = folderExtensions;
        this.outputFolder = outputFolder;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (pending.isEmpty()) {
                return false;
            }
            current = expand(pending.poll());
        }
        return true;
    }

    @Override
    public InputItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    /** The total size in bytes of the documents these inputs hold, for progress reporting. */
    public long totalBytes() {
        long total = 0;
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try {
                    total += FolderWalk.of(path, folderExtensions, outputFolder).files().stream()
                            .mapToLong(Inputs::size).sum();
                } catch (IOException e) {
                    // the folder's items report the error
                }
            } else {
                total += size(path);
            }
        }
        return total;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private Iterator<InputItem> expand(Path path) {
        if (!Files.exists(path)) {
            return List.<InputItem>of(new UnreadableItem(path.toString(), "no such file or directory")).iterator();
        }
        if (Files.isDirectory(path)) {
            return folderItems(path);
        }
        if (extension(path).equals(".jsonl")) {
            return jsonlLines(path);
        }
        return List.of(item(path, path.getFileName().toString())).iterator();
    }

    /** The folder's files and the paths it could not read, in path order. */
    private Iterator<InputItem> folderItems(Path folder) {
        FolderWalk walk;
        try {
            walk = FolderWalk.of(folder, folderExtensions, outputFolder);
        } catch (IOException e) {
            String reason = "cannot list folder (" + IoErrors.describe(e) + ")";
            return List.<InputItem>of(new UnreadableItem(folder.toString(), reason)).iterator();
        }
        Map<Path, InputItem> items = new TreeMap<>();
        for (Path file : walk.files()) {
            items.put(file, item(file, folder.relativize(file).toString().replace('\\', '/')));
        }
        for (FolderWalk.Problem problem : walk.problems()) {
            items.put(problem.path(), new UnreadableItem(problem.path().toString(), problem.reason()));
        }
        if (items.isEmpty()) {
            String none = "no " + String.join(" or ", new TreeSet<>(folderExtensions))
                    + " file in this folder or below it";
            return List.<InputItem>of(new UnreadableItem(folder.toString(), none)).iterator();
        }
        return items.values().iterator();
    }

    private static InputItem item(Path file, String id) {
        String extension = extension(file);
        return CAS.contains(extension) ? new CasFileItem(file, id) : new TextFileItem(file, id);
    }

    private static Iterator<InputItem> jsonlLines(Path file) {
        ByteLines reader;
        try {
            reader = new ByteLines(Files.newInputStream(file), MAX_LINE_BYTES);
        } catch (IOException e) {
            String reason = "cannot read (" + IoErrors.describe(e) + ")";
            return List.<InputItem>of(new UnreadableItem(file.toString(), reason)).iterator();
        }
        return new Iterator<>() {
            private int lineNumber;
            /** Set when the file cannot be read on: the failure is the last item. */
            private boolean broken;
            private InputItem next = advance();

            private InputItem advance() {
                try {
                    ByteLines.Line line;
                    while ((line = reader.next()) != null) {
                        lineNumber = line.number();
                        if (line.bytes() == null) {
                            return new UnreadableItem(file + ":" + lineNumber, "line too long (over " + MAX_LINE_BYTES
                                    + " bytes)");
                        }
                        if (!isBlank(line.bytes())) {
                            return new JsonlLineItem(file.toString(), lineNumber, line.bytes());
                        }
                    }
                    reader.close();
                    return null;
                } catch (IOException e) {
                    broken = true;
                    closeQuietly(reader);
                    String reason = "cannot read (" + IoErrors.describe(e) + ")";
                    return new UnreadableItem(file + ":" + (lineNumber + 1), reason);
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public InputItem next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                InputItem result = next;
                next = broken ? null : advance();
                return result;
            }
        };
    }

    /** Whether a line holds nothing but spaces, tabs and carriage returns. */
    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static void closeQuietly(ByteLines reader) {
        try {
            reader.close();
        } catch (IOException ignored) {
            // the read error is what gets reported
        }
    }

    /** The lower-case extension of a file name with its dot ({@code .xmi}), or the empty string. */
    public static String extension(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot);
    }
}
