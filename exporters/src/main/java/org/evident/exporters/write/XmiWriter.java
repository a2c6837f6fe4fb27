package org.evident.exporters.write;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.jcas.JCas;
import org.evident.exporters.spans.DocumentSpans;
import org.xml.sax.SAXException;

/**
 * Writes each document as UIMA XMI (what INCEpTION's "UIMA CAS XMI" import and dkpro-cassis read),
 * with {@code TypeSystem.xml} beside the documents. Texts holding control characters that XML 1.0
 * forbids (an ESC in real news) are written as XML 1.1, which allows them as character references;
 * all other documents are XML 1.0.
 */
public final class XmiWriter implements DocumentWriter {
    private final Path folder;
    private final TypeSystemFile typeSystem;

    public XmiWriter(Path folder) {
        this.folder = folder;
        this.typeSystem = new TypeSystemFile(folder);
    }

    @Override
    public String format() {
        return "xmi";
    }

    @Override
    public void write(JCas jcas, DocumentSpans spans) throws IOException {
        TypeSystem types = jcas.getTypeSystem();
        typeSystem.writeOnce(types);
        boolean xml11 = !XmlText.fitsXml10(spans.text());
        AtomicFiles.write(OutputPaths.forDocument(folder, spans.id(), ".xmi"), out -> {
            try {
                XmiCasSerializer.serialize(jcas.getCas(), types, out, false, null, null, xml11);
            } catch (SAXException e) {
                throw new IOException("XMI serialization failed: " + e.getMessage(), e);
            }
        });
    }

    @Override
    public void close() {
        // every document file is complete when written; the type system was written with the first
    }
}
