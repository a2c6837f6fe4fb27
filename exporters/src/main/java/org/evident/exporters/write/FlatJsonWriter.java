package org.evident.exporters.write;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.uima.jcas.JCas;
import org.evident.exporters.spans.DocumentSpans;
import org.evident.exporters.spans.OffsetMode;

/** Writes one pretty-printed flat JSON file per document (see {@link FlatJson}). */
public final class FlatJsonWriter implements DocumentWriter {
    private final Path folder;
    private final OffsetMode offsets;

    public FlatJsonWriter(Path folder, OffsetMode offsets) {
        this.folder = folder;
        this.offsets = offsets;
    }

    @Override
    public boolean needsCas() {
        return false;
    }

    @Override
    public String format() {
        return "json";
    }

    @Override
    public void write(JCas jcas, DocumentSpans spans) throws IOException {
        AtomicFiles.write(OutputPaths.forDocument(folder, spans.id(), ".json"),
                out -> FlatJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, FlatJson.encode(spans, offsets)));
    }

    @Override
    public void close() {
        // every document file is complete when written
    }
}
