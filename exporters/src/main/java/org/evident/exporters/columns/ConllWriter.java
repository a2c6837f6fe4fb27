package org.evident.exporters.columns;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.evident.exporters.spans.DocumentSpans;
import org.evident.exporters.spans.OffsetConverter;
import org.evident.exporters.spans.OffsetMode;
import org.evident.exporters.write.AtomicFiles;
import org.evident.exporters.write.DocumentWriter;
import org.evident.exporters.write.LossReport;
import org.evident.exporters.write.OutputPaths;

/**
 * Writes each document as a multi-column CoNLL file ({@code .conll}): comment lines
 * {@code # doc_id}, {@code # columns} and {@code # offsets}, then per sentence {@code # sent_id} and
 * {@code # text} and a tab-separated row per token — FORM, BEGIN, END, POS and the IOB2 tag columns
 * of the {@link TokenGrid} — and a blank line after each sentence.
 */
public final class ConllWriter implements DocumentWriter {
    /** The fixed columns before the tag columns. */
    public static final List<String> TOKEN_COLUMNS = List.of("FORM", "BEGIN", "END", "POS");

    private final Path folder;
    private final OffsetMode offsets;
    private final LossReport.Recorder losses;

    /**
     * @param folder  the output folder
     * @param offsets how BEGIN and END count characters
     * @param losses  where the losses of the format are recorded
     */
    public ConllWriter(Path folder, OffsetMode offsets, LossReport.Recorder losses) {
        this.folder = folder;
        this.offsets = offsets;
        this.losses = losses;
    }

    @Override
    public String format() {
        return "conll";
    }

    @Override
    public void write(JCas jcas, DocumentSpans spans) throws IOException {
        TokenGrid grid = TokenGrid.build(jcas, spans, losses);
        OffsetConverter converter = new OffsetConverter(spans.text(), offsets);
        AtomicFiles.write(OutputPaths.forDocument(folder, spans.id(), ".conll"), out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writeDocument(writer, spans.id(), grid, converter);
            writer.flush();
        });
    }

    private void writeDocument(Writer out, String id, TokenGrid grid, OffsetConverter converter) throws IOException {
        List<String> headers = new ArrayList<>(TOKEN_COLUMNS);
        grid.columns().forEach(column -> headers.add(column.header()));
        out.write("# doc_id = " + oneLine(id) + "\n");
        out.write("# columns = " + String.join(" ", headers) + "\n");
        out.write("# offsets = " + offsets.id() + "\n");
        for (int s = 0; s < grid.sentenceCount(); s++) {
            out.write("# sent_id = " + oneLine(TokenGrid.sentenceId(id, s)) + "\n");
            out.write("# text = " + oneLine(grid.sentenceText(s)) + "\n");
            List<GridToken> tokens = grid.tokens(s);
            List<List<String>> columns = new ArrayList<>();
            for (TokenGrid.Column column : grid.columns()) {
                columns.add(grid.tags(column, s));
            }
            for (int t = 0; t < tokens.size(); t++) {
                GridToken token = tokens.get(t);
                StringBuilder row = new StringBuilder();
                row.append(token.form()).append('\t').append(converter.fromUtf16(token.begin()))
                        .append('\t').append(converter.fromUtf16(token.end())).append('\t').append(token.pos());
                for (List<String> column : columns) {
                    row.append('\t').append(column.get(t));
                }
                out.write(row.append('\n').toString());
            }
            out.write('\n');
        }
    }

    private static String oneLine(String value) {
        return value.replaceAll("\\R", " ");
    }

    @Override
    public void close() {
        // every document file is complete when written
    }
}
