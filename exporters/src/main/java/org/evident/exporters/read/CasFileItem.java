package org.evident.exporters.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.json.jsoncas2.JsonCas2Deserializer;
import org.xml.sax.SAXException;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/**
 * A serialized CAS: UIMA XMI ({@code .xmi}) or UIMA JSON CAS ({@code .json}), as Evident writes
 * them or INCEpTION exports them. XMI is read leniently: types from other type systems are
 * dropped, Evident's and DKPro's are kept. A CAS without {@link DocumentMetaData} gets one with the
 * file's id.
 */
public final class CasFileItem implements InputItem {
    private final Path file;
    private final String id;

    public CasFileItem(Path file, String id) {
        this.file = file;
        this.id = id;
    }

    @Override
    public String origin() {
        return file.toString();
    }

    @Override
    public long sizeInBytes() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void loadInto(JCas jcas) throws InputException {
        boolean xmi = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xmi");
        try (InputStream in = Files.newInputStream(file)) {
            if (xmi) {
                XmiCasDeserializer.deserialize(in, jcas.getCas(), true);
            } else {
                new JsonCas2Deserializer().deserialize(in, jcas.getCas());
            }
        } catch (SAXException e) {
            throw new InputException(origin(), "malformed XMI (" + e.getMessage() + ")", e);
        } catch (IOException | RuntimeException e) {
            String format = xmi ? "XMI" : "UIMA JSON CAS";
            throw new InputException(origin(), "cannot read as " + format + " (" + message(e) + ")", e);
        }
        if (jcas.getDocumentText() == null) {
            throw new InputException(origin(), "the CAS has no document text");
        }
        DocumentTexts.check(jcas.getDocumentText(), origin());
        if (!JCasUtil.exists(jcas, DocumentMetaData.class)) {
            DocumentMetaData meta = DocumentMetaData.create(jcas);
            meta.setDocumentId(id);
            meta.setDocumentUri(file.toUri().toString());
        }
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
