package org.evident.exporters.write;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.uima.jcas.JCas;
import org.apache.uima.json.jsoncas2.JsonCas2Serializer;
import org.apache.uima.json.jsoncas2.mode.TypeSystemMode;
import org.evident.exporters.spans.DocumentSpans;

/**
 * Writes each document in the UIMA JSON CAS format ({@code uimaj-io-json}'s
 * {@link JsonCas2Serializer}), which INCEpTION and dkpro-cassis read. By default every file embeds
 * the types it uses ({@link TypeSystemMode#MINIMAL}), so each file is self-contained; with
 * {@code embedTypeSystem=false} files hold no types. Either way {@code TypeSystem.xml} is written
 * beside them: it declares the whole type system, also for documents in which no Evident type
 * occurs, so that {@code evident export} recognises them as Evident CASes.
 */
public final class JsonCasWriter implements DocumentWriter {
    private final Path folder;
    private final boolean embedTypeSystem;
    private final TypeSystemFile typeSystem;

    /**
     * @param folder          the output folder
     * @param embedTypeSystem embed the used types in every file (true) or not (false)
     */
    public JsonCasWriter(Path folder, boolean embedTypeSystem) {
        this.folder = folder;
        this.embedTypeSystem = embedTypeSystem;
        this.typeSystem = new TypeSystemFile(folder);
    }

    @Override
    public String format() {
        return "jsoncas";
    }

    @Override
    public void write(JCas jcas, DocumentSpans spans) throws IOException {
        JsonCas2Serializer serializer = new JsonCas2Serializer();
        serializer.setTypeSystemMode(embedTypeSystem ? TypeSystemMode.MINIMAL : TypeSystemMode.NONE);
        typeSystem.writeOnce(jcas.getTypeSystem());
        AtomicFiles.write(OutputPaths.forDocument(folder, spans.id(), ".json"),
                out -> serializer.serialize(jcas.getCas(), out));
    }

    @Override
    public void close() {
        // every document file is complete when written
    }
}
