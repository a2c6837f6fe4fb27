package org.evident.exporters.read.annotated;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.evident.exporters.read.InputException;
import org.evident.exporters.spans.DocumentSpans;
import org.evident.exporters.spans.Span;
import org.evident.model.Categories;
import org.evident.model.Layer;

/**
 * Reads the BioScope and Szeged Uncertainty Corpus XML ({@code <Annotation><DocumentSet>
 * <Document>…}). Each {@code <Document>} (a BioScope abstract, a Szeged Wikipedia article) becomes
 * one document whose text is its sentences, in order, joined by a newline; the sentence boundaries
 * are kept. Markup inside a sentence adds no characters.
 * <ul>
 * <li>BioScope {@code <cue type="speculation" ref="X">} becomes a speculation cue whose scope is
 * the {@code <xcope id="X">} it refers to. Negation cues, and scopes only negation cues refer to,
 * are skipped. A multi-part cue (several {@code <cue>} elements with one {@code ref}, as in
 * "either … or") becomes one cue span per part, all linked to the shared scope; the scope's
 * {@code cue} is the first part. BioScope cues carry no category.</li>
 * <li>Szeged {@code <ccue type="speculation_…">} becomes a speculation cue with the category of
 * {@link #CATEGORIES} (trailing spaces and underscores of the type are ignored); other
 * {@code speculation_…} types give a cue without category, and non-speculation types (weasel,
 * peacock, negation) are skipped. Szeged has no scopes.</li>
 * </ul>
 * Sentence elements are read in either spelling ({@code sentence}, {@code Sentence}). The DTD is
 * never loaded. Errors name the file and the line.
 */
public final class UncertaintyXmlReader {
    /** The root element of both formats. */
    public static final String ROOT = "Annotation";

    /** Szeged speculation cue types (normalised) and the Evident category each maps to. */
    public static final Map<String, String> CATEGORIES = Map.of(
            "speculation_modal_probable", Categories.EPISTEMIC,
            "speculation_hypo_doxastic", Categories.DOXASTIC,
            "speculation_hypo_condition", Categories.CONDITION,
            "speculation_hypo_investigation", Categories.INVESTIGATION);

    private static final String SPECULATION = Layer.SPECULATION.id();

    private final Path file;
    private final XMLStreamReader xml;
    private final List<AnnotatedDocument> documents = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private boolean bioscopeCues;
    private boolean szegedCues;

    private DocumentBuilder document;
    private SentenceBuilder sentence;
    private StringBuilder docId;
    private boolean readingDocId;

    private UncertaintyXmlReader(Path file, XMLStreamReader xml) {
        this.file = file;
        this.xml = xml;
    }

    /** Reads every document of the file. */
    public static AnnotatedCorpus read(Path file) throws InputException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                return new UncertaintyXmlReader(file, xml).readAll();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber();
            throw new InputException(file.toString(), "malformed XML" + where + " (" + reason(e) + ")", e);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read (" + e.getMessage() + ")", e);
        }
    }

    private AnnotatedCorpus readAll() throws XMLStreamException, InputException {
        boolean root = true;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (root && !ROOT.equals(xml.getLocalName())) {
                    throw error("root element is <" + xml.getLocalName() + ">, expected BioScope/Szeged <" + ROOT + ">");
                }
                root = false;
                start(xml.getLocalName());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                end(xml.getLocalName());
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                characters(xml.getText());
            }
        }
        if (root) {
            throw new InputException(file.toString(), "no XML element found");
        }
        return new AnnotatedCorpus(file.toString(), scheme(), documents);
    }

    private AnnotationScheme scheme() {
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        kinds.put(AnnotationScheme.kind(SPECULATION, Span.CUE),
                szegedCues && !bioscopeCues ? List.of(Categories.EPISTEMIC, Categories.DOXASTIC, Categories.CONDITION,
                        Categories.INVESTIGATION) : List.of());
        if (bioscopeCues) {
            kinds.put(AnnotationScheme.kind(SPECULATION, Span.SCOPE), List.of());
        }
        return AnnotationScheme.of(kinds);
    }

    private void start(String name) throws InputException {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "document" -> {
                document = new DocumentBuilder();
                docId = null;
            }
            case "docid" -> {
                docId = new StringBuilder();
                readingDocId = true;
            }
            case "sentence" -> {
                requireDocument(name);
                sentence = document.startSentence();
            }
            case "cue" -> {
                bioscopeCues = true;
                requireSentence(name);
                sentence.openCue(attribute("type"), attribute("ref"), xml.getLocation().getLineNumber());
            }
            case "ccue" -> {
                szegedCues = true;
                requireSentence(name);
                sentence.openCue(attribute("type"), null, xml.getLocation().getLineNumber());
            }
            case "xcope" -> {
                requireSentence(name);
                sentence.openScope(attribute("id"));
            }
            default -> {
                if (sentence != null) {
                    throw error("unexpected element <" + name + "> inside a sentence");
                }
            }
        }
    }

    private void end(String name) throws InputException {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "document" -> finishDocument();
            case "docid" -> readingDocId = false;
            case "sentence" -> {
                sentence.finish();
                sentence = null;
            }
            case "cue", "ccue" -> sentence.closeCue();
            case "xcope" -> sentence.closeScope();
            default -> { }
        }
    }

    private void characters(String text) {
        if (sentence != null) {
            document.text.append(text);
        } else if (readingDocId) {
            docId.append(text);
        }
    }

    private void finishDocument() {
        String id = docId == null || docId.toString().isBlank() ? "document-" + (documents.size() + 1)
                : docId.toString().trim();
        String unique = id;
        for (int n = 2; !ids.add(unique); n++) {
            unique = id + "#" + n;
        }
        documents.add(document.build(unique));
        document = null;
    }

    private void requireDocument(String element) throws InputException {
        if (document == null) {
            throw error("<" + element + "> outside a <Document>");
        }
    }

    private void requireSentence(String element) throws InputException {
        if (sentence == null) {
            throw error("<" + element + "> outside a sentence");
        }
    }

    private String attribute(String name) {
        return xml.getAttributeValue(null, name);
    }

    private InputException error(String reason) {
        return new InputException(file.toString(), "line " + xml.getLocation().getLineNumber() + ": " + reason);
    }

    private static String reason(XMLStreamException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int detail = message.indexOf("Message: ");
        return detail >= 0 ? message.substring(detail + "Message: ".length()) : message;
    }

    /** The category of a Szeged or BioScope cue type; {@code ""} for a speculation cue without category, null to skip. */
    static String category(String type) {
        if (type == null) {
            return null;
        }
        String normalised = type.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+$", "");
        if (!normalised.startsWith("speculation")) {
            return null;
        }
        return CATEGORIES.getOrDefault(normalised, "");
    }

    /** The text, sentences and spans of the document being read. */
    private final class DocumentBuilder {
        private final StringBuilder text = new StringBuilder();
        private final List<TextRange> sentences = new ArrayList<>();
        private final List<Span> spans = new ArrayList<>();

        SentenceBuilder startSentence() {
            if (!sentences.isEmpty() || text.length() > 0) {
                text.append('\n');
            }
            return new SentenceBuilder(this, text.length());
        }

        int nextId() {
            return spans.size() + 1;
        }

        AnnotatedDocument build(String id) {
            List<Span> sorted = new ArrayList<>(spans);
            sorted.sort(Span.TEXT_ORDER);
            return new AnnotatedDocument(new DocumentSpans(id, text.toString(), sorted, List.of(), Map.of()),
                    sentences);
        }
    }

    /** The open cues and scopes of the sentence being read, resolved into spans when it ends. */
    private final class SentenceBuilder {
        private record OpenCue(String type, String ref, int line, int begin) {
        }

        private record CuePart(String category, String ref, int line, int begin, int end) {
        }

        private record OpenScope(String id, int begin) {
        }

        private final DocumentBuilder owner;
        private final int begin;
        private final List<OpenCue> openCues = new ArrayList<>();
        private final List<OpenScope> openScopes = new ArrayList<>();
        private final Map<String, int[]> scopes = new LinkedHashMap<>();
        private final List<CuePart> cues = new ArrayList<>();

        SentenceBuilder(DocumentBuilder owner, int begin) {
            this.owner = owner;
            this.begin = begin;
        }

        private int position() {
            return owner.text.length();
        }

        void openCue(String type, String ref, int line) {
            openCues.add(new OpenCue(type, ref, line, position()));
        }

        void closeCue() {
            OpenCue cue = openCues.remove(openCues.size() - 1);
            String category = category(cue.type());
            if (category != null) {
                cues.add(new CuePart(category.isEmpty() ? null : category, cue.ref(), cue.line(), cue.begin(),
                        position()));
            }
        }

        void openScope(String id) {
            openScopes.add(new OpenScope(id, position()));
        }

        void closeScope() {
            OpenScope scope = openScopes.remove(openScopes.size() - 1);
            scopes.put(scope.id(), new int[] {scope.begin(), position()});
        }

        void finish() throws InputException {
            owner.sentences.add(new TextRange(begin, position()));
            Map<String, Span> scopeSpans = new LinkedHashMap<>();
            for (CuePart cue : cues) {
                Span scope = null;
                if (cue.ref() != null) {
                    scope = scopeSpans.get(cue.ref());
                    if (scope == null) {
                        int[] range = scopes.get(cue.ref());
                        if (range == null) {
                            throw new InputException(file.toString(), "line " + cue.line() + ": cue refers to <xcope id=\""
                                    + cue.ref() + "\">, which is not in its sentence");
                        }
                        int scopeId = owner.nextId();
                        int firstCueId = scopeId + 1;
                        scope = new Span(scopeId, SPECULATION, Span.SCOPE, range[0], range[1], null, null, null,
                                null, null, null, null, null, firstCueId);
                        owner.spans.add(scope);
                        scopeSpans.put(cue.ref(), scope);
                    }
                }
                owner.spans.add(new Span(owner.nextId(), SPECULATION, Span.CUE, cue.begin(), cue.end(), cue.category(),
                        null, null, null, null, null, null, scope == null ? null : scope.id(), null));
            }
        }
    }
}
