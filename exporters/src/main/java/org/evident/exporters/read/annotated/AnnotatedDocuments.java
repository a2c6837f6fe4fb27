package org.evident.exporters.read.annotated;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.io.FilenameUtils;
import org.evident.exporters.brat.BratReader;
import org.evident.exporters.read.InputException;
import org.evident.exporters.write.LossReport;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads annotated documents — gold standards or predictions — from any format Evident knows,
 * choosing the reader by extension and content:
 * <table>
 * <caption>Annotated formats</caption>
 * <tr><th>input</th><th>reader</th></tr>
 * <tr><td>{@code .json} with {@code %TYPES}, {@code %FEATURE_STRUCTURES} or {@code %VIEWS} keys</td>
 * <td>UIMA JSON CAS ({@link CasDocumentReader})</td></tr>
 * <tr><td>other {@code .json}</td><td>flat JSON, one document ({@link FlatJsonReader})</td></tr>
 * <tr><td>{@code .jsonl}</td><td>flat JSON, one document a line ({@link FlatJsonReader})</td></tr>
 * <tr><td>{@code .xmi}</td><td>UIMA XMI ({@link CasDocumentReader})</td></tr>
 * <tr><td>{@code .xml}</td><td>BioScope / Szeged uncertainty XML ({@link UncertaintyXmlReader})</td></tr>
 * <tr><td>{@code .iob}</td><td>multi-column IOB, Engagement labels ({@link EngagementIobReader})</td></tr>
 * <tr><td>a folder holding {@code .ann} files</td><td>a brat standoff collection, PolNeAR style or
 * Evident's own ({@link BratReader})</td></tr>
 * <tr><td>any other folder</td><td>every file above in it, recursively, in name order, except the
 * {@code TypeSystem.xml} that Evident writes beside XMI files</td></tr>
 * </table>
 * Evident's own formats annotate everything ({@link AnnotationScheme#full()}); a folder's scheme is
 * what all its files annotate. Document ids must be unique within what is read.
 */
public final class AnnotatedDocuments {
    /** The extensions read from folders. */
    public static final Set<String> EXTENSIONS = Set.of("json", "jsonl", "xmi", "xml", "iob");

    private static final String TYPE_SYSTEM_FILE = "TypeSystem.xml";

    private static final Set<String> JSON_CAS_KEYS = Set.of("%TYPES", "%FEATURE_STRUCTURES", "%VIEWS");

    private AnnotatedDocuments() {
    }

    /**
     * Reads a file or folder.
     *
     * @throws InputException naming the file (and line or element) and what is wrong
     */
    public static AnnotatedCorpus read(Path path) throws InputException {
        if (!Files.exists(path)) {
            throw new InputException(path.toString(), "no such file or directory");
        }
        AnnotatedCorpus corpus = Files.isDirectory(path) ? readFolder(path) : readFile(path, new CasDocumentReader());
        checkUniqueIds(corpus);
        return corpus;
    }

    private static AnnotatedCorpus readFile(Path file, CasDocumentReader cas) throws InputException {
        String extension = FilenameUtils.getExtension(file.getFileName().toString()).toLowerCase(Locale.ROOT);
        String origin = file.toString();
        return switch (extension) {
            case "json" -> {
                JsonNode root = FlatJsonReader.parse(file);
                AnnotatedDocument document = isJsonCas(root) ? cas.read(file) : FlatJsonReader.document(root, file);
                yield new AnnotatedCorpus(origin, AnnotationScheme.full(), List.of(document));
            }
            case "jsonl" -> new AnnotatedCorpus(origin, AnnotationScheme.full(), FlatJsonReader.readLines(file));
            case "xmi" -> new AnnotatedCorpus(origin, AnnotationScheme.full(), List.of(cas.read(file)));
            case "xml" -> UncertaintyXmlReader.read(file);
            case "iob" -> EngagementIobReader.read(file);
            default -> throw new InputException(origin, "unsupported annotated format '." + extension
                    + "' (expected .json, .jsonl, .xmi, .xml (BioScope/Szeged), .iob or a folder of them)");
        };
    }

    private static boolean isJsonCas(JsonNode root) {
        if (root == null || !root.isObject()) {
            return false;
        }
        for (String key : JSON_CAS_KEYS) {
            if (root.has(key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBratCollection(Path folder) throws InputException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.anyMatch(p -> p.getFileName().toString().endsWith(".ann") && Files.isRegularFile(p));
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(folder.toString(), "cannot list folder (" + e.getMessage() + ")", e);
        }
    }

    private static AnnotatedCorpus readBrat(Path folder) throws InputException {
        try {
            List<AnnotatedDocument> documents = BratReader.read(folder).stream()
                    .map(spans -> new AnnotatedDocument(spans, List.of())).toList();
            return new AnnotatedCorpus(folder.toString(), AnnotationScheme.full(), documents);
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(folder.toString(), "not a readable brat collection (" + e.getMessage() + ")", e);
        }
    }

    private static AnnotatedCorpus readFolder(Path folder) throws InputException {
        if (isBratCollection(folder)) {
            return readBrat(folder);
        }
        if (Files.exists(folder.resolve(LossReport.FILE_NAME))) {
            // every format of one run holds the same documents: read together, each would count twice
            throw new InputException(folder.toString(), "an evident output folder holds one copy of each document "
                    + "per format; name one of them, e.g. " + folder.resolve("corpus.jsonl") + " or "
                    + folder.resolve("xmi"));
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> EXTENSIONS.contains(FilenameUtils.getExtension(p.toString()).toLowerCase(Locale.ROOT)))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase(TYPE_SYSTEM_FILE))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(folder.toString(), "cannot list folder (" + e.getMessage() + ")", e);
        }
        if (files.isEmpty()) {
            throw new InputException(folder.toString(),
                    "no annotated files in this folder (expected .json, .jsonl, .xmi, .xml or .iob files)");
        }
        CasDocumentReader cas = new CasDocumentReader();
        AnnotationScheme scheme = null;
        List<AnnotatedDocument> documents = new ArrayList<>();
        for (Path file : files) {
            AnnotatedCorpus part = readFile(file, cas);
            scheme = scheme == null ? part.scheme() : scheme.intersect(part.scheme());
            documents.addAll(part.documents());
        }
        return new AnnotatedCorpus(folder.toString(), scheme, documents);
    }

    private static void checkUniqueIds(AnnotatedCorpus corpus) throws InputException {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < corpus.documents().size(); i++) {
            Integer previous = seen.put(corpus.documents().get(i).id(), i + 1);
            if (previous != null) {
                throw new InputException(corpus.origin(), "document id '" + corpus.documents().get(i).id()
                        + "' is used by documents " + previous + " and " + (i + 1));
            }
        }
    }
}
