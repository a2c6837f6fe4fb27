package org.evident.exporters.write;

import java.nio.file.Path;

/**
 * Maps a document id (a relative path such as {@code news/2020/a.txt}, or a JSONL id) to a file in
 * the output folder: the folder structure is kept, the input extension replaced, and characters
 * that are unsafe in file names replaced by {@code _}. Ids never escape the output folder.
 */
public final class OutputPaths {
    private static final String[] INPUT_EXTENSIONS = {".txt", ".xmi", ".json", ".jsonl"};

    private OutputPaths() {
    }

    /** The output file for a document with the given extension (including the dot). */
    public static Path forDocument(Path outputFolder, String documentId, String extension) {
        String stem = documentId.replace('\\', '/');
        for (String input : INPUT_EXTENSIONS) {
            if (stem.endsWith(input) && stem.length() > input.length()) {
                stem = stem.substring(0, stem.length() - input.length());
                break;
            }
        }
        Path result = outputFolder;
        String[] segments = stem.split("/");
        for (String segment : segments) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                continue;
            }
            result = result.resolve(segment.replaceAll("[^\\p{L}\\p{N}._\\- ]", "_"));
        }
        if (result.equals(outputFolder)) {
            result = outputFolder.resolve("document");
        }
        return result.resolveSibling(result.getFileName() + extension);
    }
}
