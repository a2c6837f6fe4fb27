package org.evident.exporters.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.internal.util.XMLUtils;
import org.apache.uima.jcas.JCas;
import org.apache.uima.json.jsoncas2.JsonCas2Deserializer;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCopier;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.TypeSystemUtil;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/**
 * A serialized CAS: UIMA XMI ({@code .xmi}) or UIMA JSON CAS ({@code .json}), as Evident writes
 * them or INCEpTION exports them. Both are read leniently: types from other type systems (an
 * INCEpTION project's custom layers) are dropped, Evident's and DKPro's are kept. A JSON CAS that
 * embeds such types is read into a scratch CAS with the merged type system and copied over. A CAS
 * without {@link DocumentMetaData} gets one with the file's id.
 */
public final class CasFileItem extends FileInputItem {

    /**
     * @param file the file
     * @param id   the document id: the file's path relative to the input root
     */
    public CasFileItem(Path file, String id) {
        super(file, id);
    }

    @Override
    public void loadInto(JCas jcas) throws InputException {
        boolean xmi = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xmi");
        try {
            if (xmi) {
                loadXmi(jcas.getCas());
            } else {
                loadJson(jcas.getCas());
            }
        } catch (SAXParseException e) {
            throw new InputException(origin(), "malformed XMI (line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + e.getMessage() + ")", e);
        } catch (SAXException e) {
            throw new InputException(origin(), "malformed XMI (" + e.getMessage() + ")", e);
        } catch (IOException | ResourceInitializationException | RuntimeException e) {
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

    /**
     * As {@code XmiCasDeserializer.deserialize(in, cas, true)} (lenient: types the CAS lacks are
     * skipped), with an error handler that reports through the exception only: the parser's
     * default one also prints every fatal error on stderr, outside the run's {@code error:} lines.
     */
    private void loadXmi(CAS cas) throws IOException, SAXException {
        XMLReader reader = XMLUtils.createXMLReader();
        reader.setContentHandler(new XmiCasDeserializer(cas.getTypeSystem()).getXmiCasHandler(cas, true));
        reader.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // not an error: the document is read as it is
            }

            @Override
            public void error(SAXParseException e) throws SAXParseException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        try (InputStream in = Files.newInputStream(file)) {
            reader.parse(new InputSource(in));
        }
    }

    private void loadJson(CAS cas) throws IOException, ResourceInitializationException {
        Optional<TypeSystemDescription> missing = JsonCasTypes.embedded(file)
                .flatMap(embedded -> JsonCasTypes.missingFrom(embedded, cas.getTypeSystem()));
        if (missing.isEmpty()) {
            try (InputStream in = Files.newInputStream(file)) {
                new JsonCas2Deserializer().deserialize(in, cas);
            }
            return;
        }
        TypeSystemDescription ours = TypeSystemUtil.typeSystem2TypeSystemDescription(cas.getTypeSystem());
        CAS scratch = CasCreationUtils.createCas(CasCreationUtils.mergeTypeSystems(List.of(ours, missing.get())),
                null, null);
        try (InputStream in = Files.newInputStream(file)) {
            new JsonCas2Deserializer().deserialize(in, scratch);
        }
        CasCopier.copyCas(scratch, cas, true, true);
    }

    /**
     * The type names the file's type system declares: those of the nearest {@code TypeSystem.xml}
     * in its folder or above up to the input root, else those a JSON CAS embeds, else none.
     */
    Set<String> declaredTypes() throws IOException {
        Optional<Set<String>> nearby = TypeSystemFiles.nearest(file, root());
        if (nearby.isPresent()) {
            return nearby.get();
        }
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            Optional<TypeSystemDescription> embedded = JsonCasTypes.embedded(file);
            if (embedded.isPresent()) {
                Set<String> names = new HashSet<>();
                for (TypeDescription type : embedded.get().getTypes()) {
                    names.add(type.getName());
                }
                return names;
            }
        }
        return Set.of();
    }

    /** The input root: the folder the id is relative to. */
    private Path root() {
        Path root = file.toAbsolutePath().normalize().getParent();
        long depth = id.chars().filter(c -> c == '/').count();
        for (long i = 0; i < depth && root.getParent() != null; i++) {
            root = root.getParent();
        }
        return root;
    }

    private static String message(Exception e) {
        if (e instanceof JsonProcessingException json) {
            JsonLocation at = json.getLocation();
            return json.getOriginalMessage() + (at == null ? "" : " at line " + at.getLineNr() + ", column "
                    + at.getColumnNr());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
