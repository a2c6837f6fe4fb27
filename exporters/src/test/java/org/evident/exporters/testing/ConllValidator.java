package org.evident.exporters.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a multi-column CoNLL file against the format's rules without using the writer's code:
 * comment lines, the declared number of columns on every row, FORM equal to the text between BEGIN
 * and END, well-formed IOB2 in every tag column; and reads the spans back.
 */
public final class ConllValidator {
    /** A parsed file. */
    public record Parsed(String documentId, List<String> columns, String offsets, List<List<String[]>> sentences) {
    }

    private ConllValidator() {
    }

    /** Validates a file written for a document with the given text; fails with an AssertionError. */
    public static Parsed validate(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String documentId = null;
        List<String> columns = null;
        String offsets = null;
        List<List<String[]>> sentences = new ArrayList<>();
        List<String[]> current = new ArrayList<>();
        int[] codePoints = text.codePoints().toArray();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            String where = file.getFileName() + ":" + (n + 1);
            if (line.startsWith("# doc_id = ")) {
                documentId = line.substring("# doc_id = ".length());
            } else if (line.startsWith("# columns = ")) {
                columns = Arrays.asList(line.substring("# columns = ".length()).split(" "));
            } else if (line.startsWith("# offsets = ")) {
                offsets = line.substring("# offsets = ".length());
            } else if (line.startsWith("#")) {
                continue;
            } else if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    sentences.add(current);
                    current = new ArrayList<>();
                }
            } else {
                if (columns == null) {
                    throw new AssertionError(where + ": token row before '# columns'");
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != columns.size()) {
                    throw new AssertionError(where + ": " + fields.length + " fields, declared " + columns.size());
                }
                int begin = Integer.parseInt(fields[1]);
                int end = Integer.parseInt(fields[2]);
                String covered = "codepoint".equals(offsets) ? new String(codePoints, begin, end - begin)
                        : text.substring(begin, end);
                if (!covered.equals(fields[0])) {
                    throw new AssertionError(where + ": FORM '" + fields[0] + "' but the text has '" + covered + "'");
                }
                current.add(fields);
            }
        }
        if (!current.isEmpty()) {
            throw new AssertionError(file + ": the last sentence is not followed by a blank line");
        }
        if (documentId == null || columns == null || offsets == null) {
            throw new AssertionError(file + ": missing # doc_id, # columns or # offsets");
        }
        if (!columns.subList(0, 4).equals(List.of("FORM", "BEGIN", "END", "POS"))) {
            throw new AssertionError(file + ": columns start " + columns);
        }
        for (int s = 0; s < sentences.size(); s++) {
            for (int c = 4; c < columns.size(); c++) {
                IobCheck.assertWellFormed(column(sentences.get(s), c), file.getFileName() + " sentence " + (s + 1)
                        + " column " + columns.get(c));
            }
        }
        return new Parsed(documentId, columns, offsets, sentences);
    }

    /** The spans the file holds, read back from the tag columns. */
    public static Set<LabelledSpan> spans(Parsed parsed) {
        Set<LabelledSpan> spans = new HashSet<>();
        for (List<String[]> sentence : parsed.sentences()) {
            for (int c = 4; c < parsed.columns().size(); c++) {
                for (IobCheck.Run run : IobCheck.runs(column(sentence, c))) {
                    spans.add(LabelledSpan.decode(parsed.columns().get(c), run.label(),
                            Integer.parseInt(sentence.get(run.first())[1]),
                            Integer.parseInt(sentence.get(run.last())[2])));
                }
            }
        }
        return spans;
    }

    private static List<String> column(List<String[]> rows, int index) {
        List<String> tags = new ArrayList<>();
        rows.forEach(row -> tags.add(row[index]));
        return tags;
    }
}
