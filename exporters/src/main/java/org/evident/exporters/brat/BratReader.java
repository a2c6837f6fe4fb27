package org.evident.exporters.brat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.evident.exporters.spans.DocumentSpans;

/**
 * Reads a brat collection — every {@code .ann} file under a folder, recursively, with its
 * {@code .txt} beside it — into the span view, for evaluation against gold data and for re-reading
 * Evident's own brat output. Attributions are read as PolNeAR writes them; Evident's other types
 * (SpeculationCue, SpeculationScope, StanceMarker with their attributes, Scope and Holder relations)
 * as {@link BratWriter} writes them. Offsets in the files are code points.
 */
public final class BratReader {
    private BratReader() {
    }

    /**
     * Reads every document of a collection, in path order. A document's id is the path of its
     * {@code .txt} file relative to the folder, with {@code /} separators ({@code news/a.txt}).
     *
     * @throws IOException when a file cannot be read, a {@code .txt} is missing, or a line is
     *                     malformed (the message names file and line)
     */
    public static List<DocumentSpans> read(Path folder) throws IOException {
        List<Path> annotationFiles;
        try (Stream<Path> walk = Files.walk(folder)) {
            annotationFiles = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".ann"))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<DocumentSpans> documents = new ArrayList<>(annotationFiles.size());
        for (Path annotationFile : annotationFiles) {
            documents.add(readDocument(folder, annotationFile));
        }
        return documents;
    }

    private static DocumentSpans readDocument(Path folder, Path annotationFile) throws IOException {
        String name = annotationFile.getFileName().toString();
        Path textFile = annotationFile.resolveSibling(name.substring(0, name.length() - ".ann".length()) + ".txt");
        if (!Files.isRegularFile(textFile)) {
            throw new IOException(annotationFile + ": no text file " + textFile.getFileName() + " beside it");
        }
        String text = Files.readString(textFile, StandardCharsets.UTF_8);
        List<BratAnnotation> annotations = new ArrayList<>();
        List<String> lines = Files.readAllLines(annotationFile, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                try {
                    annotations.add(BratAnnotation.parse(lines.get(i)));
                } catch (IllegalArgumentException e) {
                    throw new IOException(annotationFile + ":" + (i + 1) + ": " + e.getMessage(), e);
                }
            }
        }
        String id = folder.relativize(textFile).toString().replace('\\', '/');
        try {
            return BratDecoder.decode(id, text, annotations);
        } catch (IllegalArgumentException e) {
            throw new IOException(annotationFile + ": " + e.getMessage(), e);
        }
    }
}
