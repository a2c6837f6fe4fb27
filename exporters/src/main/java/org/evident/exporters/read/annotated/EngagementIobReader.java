package org.evident.exporters.read.annotated;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.evident.exporters.read.InputException;
import org.evident.exporters.spans.DocumentSpans;
import org.evident.exporters.spans.IobTags;
import org.evident.exporters.spans.Span;
import org.evident.model.Categories;
import org.evident.model.Layer;

/**
 * Reads multi-column IOB files in the style of the Engagement corpus (Eguchi &amp; Kyle 2023): a
 * token and one or more IOB2 tag columns a line, separated by tabs; a blank line ends a sentence;
 * a {@code -DOCSTART-} line starts a document (a file without one is a single document). Each
 * column is decoded on its own with {@link IobTags#decode}, so spans in different columns may
 * overlap. The text is rebuilt by joining a sentence's tokens with single spaces and the sentences
 * with newlines; document ids are {@code <file name>#<n>}.
 * <p>
 * Labels map to Evident layers by {@link #LABELS}:
 * <table>
 * <caption>Engagement labels and the Evident spans they become</caption>
 * <tr><th>label</th><th>Evident span</th></tr>
 * <tr><td>ENTERTAIN</td><td>speculation cue, no category (also holds deontic modals, which Evident
 * does not count as speculation)</td></tr>
 * <tr><td>PROCLAIM</td><td>stance marker, booster</td></tr>
 * <tr><td>COUNTER</td><td>stance marker, counter</td></tr>
 * <tr><td>ATTRIBUTION</td><td>attribution cue, no category</td></tr>
 * <tr><td>SOURCES</td><td>attribution source</td></tr>
 * </table>
 * Other labels (DENY, MONOGLOSS, JUSTIFYING, CITATION, ENDOPHORIC) have no Evident counterpart and
 * are skipped. The scheme therefore covers speculation cues, booster and counter markers (not
 * attitude), attribution cues and sources (not contents).
 */
public final class EngagementIobReader {
    /** The line that starts a document. */
    public static final String DOCSTART = "-DOCSTART-";

    /**
     * What an Engagement label becomes.
     *
     * @param layer    the Evident layer
     * @param type     the span type
     * @param category the marker category, or null
     */
    public record Target(String layer, String type, String category) {
    }

    /** The label mapping table. */
    public static final Map<String, Target> LABELS = Map.of(
            "ENTERTAIN", new Target(Layer.SPECULATION.id(), Span.CUE, null),
            "PROCLAIM", new Target(Layer.STANCE.id(), Span.MARKER, Categories.BOOSTER),
            "COUNTER", new Target(Layer.STANCE.id(), Span.MARKER, Categories.COUNTER),
            "ATTRIBUTION", new Target(Layer.ATTRIBUTION.id(), Span.CUE, null),
            "SOURCES", new Target(Layer.ATTRIBUTION.id(), Span.SOURCE, null));

    /** What the mapped labels cover. */
    public static final AnnotationScheme SCHEME = AnnotationScheme.of(Map.of(
            AnnotationScheme.kind(Layer.SPECULATION.id(), Span.CUE), List.of(),
            AnnotationScheme.kind(Layer.STANCE.id(), Span.MARKER), List.of(Categories.BOOSTER, Categories.COUNTER),
            AnnotationScheme.kind(Layer.ATTRIBUTION.id(), Span.CUE), List.of(),
            AnnotationScheme.kind(Layer.ATTRIBUTION.id(), Span.SOURCE), List.of()));

    private final Path file;
    private final String name;
    private final List<AnnotatedDocument> documents = new ArrayList<>();
    private DocumentBuilder document;
    private final List<String[]> sentence = new ArrayList<>();
    private int sentenceFirstLine;

    private EngagementIobReader(Path file) {
        this.file = file;
        this.name = file.getFileName().toString();
    }

    /** Reads every document of the file. */
    public static AnnotatedCorpus read(Path file) throws InputException {
        return new EngagementIobReader(file).readAll();
    }

    private AnnotatedCorpus readAll() throws InputException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.startsWith(DOCSTART)) {
                    finishDocument();
                    document = new DocumentBuilder();
                } else if (line.isBlank()) {
                    finishSentence();
                } else {
                    addToken(line, number);
                }
            }
        } catch (CharacterCodingException e) {
            throw new InputException(file.toString(), "not valid UTF-8", e);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read (" + e.getMessage() + ")", e);
        }
        finishDocument();
        if (documents.isEmpty()) {
            throw new InputException(file.toString(), "no tokens found (expected token<TAB>tag lines)");
        }
        return new AnnotatedCorpus(file.toString(), SCHEME, documents);
    }

    private void addToken(String line, int number) throws InputException {
        String[] fields = line.split("\t", -1);
        String where = "line " + number + ": ";
        if (fields.length < 2) {
            throw new InputException(file.toString(), where + "expected a token and at least one tab-separated tag column");
        }
        if (fields[0].isBlank()) {
            throw new InputException(file.toString(), where + "empty token");
        }
        if (!sentence.isEmpty() && sentence.get(0).length != fields.length) {
            throw new InputException(file.toString(), where + "has " + fields.length + " columns, the sentence started at line "
                    + sentenceFirstLine + " has " + sentence.get(0).length);
        }
        for (int column = 1; column < fields.length; column++) {
            String tag = fields[column];
            if (!tag.equals(IobTags.OUTSIDE) && !(tag.length() > 2 && (tag.startsWith("B-") || tag.startsWith("I-")))) {
                throw new InputException(file.toString(), where + "column " + (column + 1) + ": '" + tag
                        + "' is not an IOB2 tag (O, B-LABEL or I-LABEL)");
            }
        }
        if (sentence.isEmpty()) {
            sentenceFirstLine = number;
        }
        sentence.add(fields);
    }

    private void finishSentence() {
        if (sentence.isEmpty()) {
            return;
        }
        if (document == null) {
            document = new DocumentBuilder();
        }
        document.add(sentence);
        sentence.clear();
    }

    private void finishDocument() {
        finishSentence();
        if (document != null && !document.sentences.isEmpty()) {
            documents.add(document.build(name + "#" + (documents.size() + 1)));
        }
        document = null;
    }

    /** The text, sentences and spans of the document being read. */
    private static final class DocumentBuilder {
        private final StringBuilder text = new StringBuilder();
        private final List<TextRange> sentences = new ArrayList<>();
        private final List<Span> spans = new ArrayList<>();

        void add(List<String[]> rows) {
            if (text.length() > 0) {
                text.append('\n');
            }
            int[] begins = new int[rows.size()];
            int[] ends = new int[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                if (i > 0) {
                    text.append(' ');
                }
                begins[i] = text.length();
                text.append(rows.get(i)[0]);
                ends[i] = text.length();
            }
            sentences.add(new TextRange(begins[0], ends[rows.size() - 1]));
            for (int column = 1; column < rows.get(0).length; column++) {
                List<String> tags = new ArrayList<>(rows.size());
                for (String[] row : rows) {
                    tags.add(row[column]);
                }
                for (IobTags.TokenSpan tokens : IobTags.decode(tags)) {
                    Target target = LABELS.get(tokens.label());
                    if (target != null) {
                        spans.add(new Span(spans.size() + 1, target.layer(), target.type(), begins[tokens.first()],
                                ends[tokens.last()], target.category(), null, null, null, null, null, null, null,
                                null));
                    }
                }
            }
        }

        AnnotatedDocument build(String id) {
            List<Span> sorted = new ArrayList<>(spans);
            sorted.sort(Span.TEXT_ORDER);
            return new AnnotatedDocument(new DocumentSpans(id, text.toString(), sorted, List.of(), Map.of()),
                    sentences);
        }
    }
}
