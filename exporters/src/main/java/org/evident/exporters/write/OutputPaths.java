package org.evident.exporters.write;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Maps a document id (a relative path such as {@code news/2020/a.txt}, or a JSONL id) to a file in
 * the output folder: the folder structure is kept, the input extension replaced, and characters
 * that are unsafe in file names replaced by {@code _}. Ids never escape the output folder.
 */
public final class OutputPaths {
    private static final String[] INPUT_EXTENSIONS = {".txt", ".xmi", ".json", ".jsonl"};

    private OutputPaths() {
    }

    /**
     * The id of part {@code number} (from 1) of a long document written in parts: {@code .part-001}
     * goes before the input extension ({@code novel.txt} → {@code novel.part-001.txt}), so that
     * output files are named {@code novel.part-001.xmi}.
     */
    public static String partId(String documentId, int number) {
        String extension = inputExtension(documentId);
        String stem = documentId.substring(0, documentId.length() - extension.length());
        return String.format(Locale.ROOT, "%s.part-%03d%s", stem, number, extension);
    }

    /** The output file for a document with the given extension (including the dot). */
    public static Path forDocument(Path outputFolder, String documentId, String extension) {
        String stem = documentId.replace('\\', '/');
        stem = stem.substring(0, stem.length() - inputExtension(stem).length());
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

    /** The input extension the id ends with ({@code .txt}, {@code .xmi}, {@code .json}, {@code .jsonl}), or "". */
    private static String inputExtension(String documentId) {
        for (String input : INPUT_EXTENSIONS) {
            if (documentId.endsWith(input) && documentId.length() > input.length()) {
                return input;
            }
        }
        return "";
    }
}
