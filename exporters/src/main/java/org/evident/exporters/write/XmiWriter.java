package org.evident.exporters.write;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.jcas.JCas;
import org.evident.exporters.spans.DocumentSpans;
import org.xml.sax.SAXException;

/**
 * Writes each document as UIMA XMI (what INCEpTION's "UIMA CAS XMI" import and dkpro-cassis read),
 * with {@code TypeSystem.xml} beside the documents. Texts holding control characters that XML 1.0
 * forbids (an ESC in real news) are written as XML 1.1, which allows them as character references;
 * all other documents are XML 1.0. UIMA's {@link XmiCasSerializer} walks the CAS; an
 * {@link XmlStreamHandler} turns its events into bytes.
 */
public final class XmiWriter implements DocumentWriter {
    private final Path folder;
    private final TypeSystemFile typeSystem;
    /** Thread-safe once configured; serializes every type and feature of the CAS. */
    private final XmiCasSerializer serializer = new XmiCasSerializer(null);

    /** @param folder the output folder */
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
        typeSystem.writeOnce(jcas.getTypeSystem());
        boolean xml11 = !XmlText.fitsXml10(spans.text());
        AtomicFiles.write(OutputPaths.forDocument(folder, spans.id(), ".xmi"), out -> {
            try {
                serializer.serialize(jcas.getCas(), new XmlStreamHandler(out, xml11));
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
