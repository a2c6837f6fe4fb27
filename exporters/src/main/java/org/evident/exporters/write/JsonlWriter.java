package org.evident.exporters.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.uima.jcas.JCas;
import org.evident.exporters.spans.DocumentSpans;
import org.evident.exporters.spans.OffsetMode;

/**
 * Writes the whole run as one {@code corpus.jsonl}: a flat JSON object a line, in the order the
 * documents are given. Lines go to a temporary file that replaces {@code corpus.jsonl} on
 * {@link #close()}, so an interrupted run never leaves a truncated corpus.
 */
public final class JsonlWriter implements DocumentWriter {
    /** The corpus file name. */
    public static final String FILE_NAME = "corpus.jsonl";

    private final Path target;
    private final Path temporary;
    private final BufferedWriter out;
    private final OffsetMode offsets;

    public JsonlWriter(Path folder, OffsetMode offsets) throws IOException {
        this.target = folder.resolve(FILE_NAME);
        this.temporary = AtomicFiles.createTemporaryBeside(target);
        this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8));
        this.offsets = offsets;
    }

    @Override
    public boolean ordered() {
        return true;
    }

    @Override
    public boolean needsCas() {
        return false;
    }

    @Override
    public String format() {
        return "jsonl";
    }

    @Override
    public synchronized void write(JCas jcas, DocumentSpans spans) throws IOException {
        out.write(FlatJson.MAPPER.writeValueAsString(FlatJson.encode(spans, offsets)));
        out.write('\n');
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
        AtomicFiles.moveIntoPlace(temporary, target);
    }
}
