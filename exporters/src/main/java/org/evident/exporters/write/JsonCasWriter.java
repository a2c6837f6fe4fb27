package org.evident.exporters.write;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.uima.jcas.JCas;
import org.apache.uima.json.jsoncas2.JsonCas2Serializer;
import org.apache.uima.json.jsoncas2.mode.TypeSystemMode;
import org.evident.exporters.spans.DocumentSpans;

import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * Writes each document in the UIMA JSON CAS format ({@code uimaj-io-json}'s
 * {@link JsonCas2Serializer}), which INCEpTION and dkpro-cassis read. By default every file embeds
 * the types it uses ({@link TypeSystemMode#MINIMAL}), so each file is self-contained; with
 * {@code embedTypeSystem=false} their {@code %TYPES} is empty. Either way {@code TypeSystem.xml} is written
 * beside them: it declares the whole type system, also for documents in which no Evident type
 * occurs, so that {@code evident export} recognises them as Evident CASes. Files are one compact
 * line, or indented as {@code JsonCas2Serializer} writes them; readers get the same JSON either way.
 */
public final class JsonCasWriter implements DocumentWriter {
    private final Path folder;
    private final ObjectWriter json;
    private final TypeSystemFile typeSystem;

    /**
     * @param folder          the output folder
     * @param embedTypeSystem embed the used types in every file (true) or not (false)
     * @param pretty          indent the JSON (true) or write it compact (false)
     */
    public JsonCasWriter(Path folder, boolean embedTypeSystem, boolean pretty) {
        this.folder = folder;
        this.json = JsonCasLayout.writer(embedTypeSystem, pretty);
        this.typeSystem = new TypeSystemFile(folder);
    }

    @Override
    public String format() {
        return "jsoncas";
    }

    @Override
    public void write(JCas jcas, DocumentSpans spans) throws IOException {
        typeSystem.writeOnce(jcas.getTypeSystem());
        AtomicFiles.write(OutputPaths.forDocument(folder, spans.id(), ".json"),
                out -> json.writeValue(out, jcas.getCas()));
    }

    @Override
    public void close() {
        // every document file is complete when written
    }
}
