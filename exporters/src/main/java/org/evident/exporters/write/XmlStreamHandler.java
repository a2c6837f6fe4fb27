package org.evident.exporters.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A SAX content handler that writes the events of UIMA's {@code XmiCasSerializer} as UTF-8 XML, for
 * a fraction of the cost of UIMA's {@code XMLSerializer} (the JDK's XSLT serializer behind a
 * character check). The bytes are that serializer's: the same escapes (markup characters, tab and
 * line breaks in attributes, carriage returns, supplementary characters as numeric references, C1
 * controls as references in text) and the same characters rejected for each XML version. One
 * deliberate difference: in XML 1.1 attributes, C1 controls and U+2028 are written as references,
 * which XML 1.1 requires (written raw, UIMA's own reader rejects or alters them). Namespaces are
 * declared by the {@code xmlns} attributes the serializer passes with the root element, preceded,
 * as the JDK serializer does, by the declaration of an element's own prefix where it is not yet
 * declared; prefix-mapping events are therefore ignored. One instance writes one document.
 */
final class XmlStreamHandler implements ContentHandler {
    /** Room for the longest escape of one character, {@code &#1114111;}, and a little more. */
    private static final int SLACK = 16;
    /** The ASCII characters written as they are in text and attributes alike: printable, not markup. */
    private static final boolean[] PLAIN = new boolean[0x7F];

    static {
        for (char c = 0x20; c < 0x7F; c++) {
            PLAIN[c] = c != '&' && c != '<' && c != '>' && c != '"';
        }
    }

    private final OutputStream out;
    private final boolean xml11;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private boolean startTagOpen;
    private int depth;
    /** Prefixes declared on the root element, where XmiCasSerializer declares all of them. */
    private final Map<String, String> rootNamespaces = new HashMap<>();
    /** The markup of each element name; documents repeat a few names many times. */
    private final NameCache<ElementMarkup> elements = new NameCache<>(ElementMarkup::new);
    /** UTF-8 of {@code  name="} by attribute name. */
    private final NameCache<byte[]> attributeStarts = new NameCache<>(name -> utf8(" " + name + "=\""));

    /** UTF-8 of {@code <name} and {@code </name>}, and whether the root element declares the name's prefix. */
    private static final class ElementMarkup {
        final byte[] start;
        final byte[] end;
        boolean prefixOnRoot;

        ElementMarkup(String name) {
            start = utf8("<" + name);
            end = utf8("</" + name + ">");
        }
    }

    /**
     * @param out   where the document goes; flushed, not closed, at the end of the document
     * @param xml11 write XML 1.1, which allows control characters as references
     */
    XmlStreamHandler(OutputStream out, boolean xml11) {
        this.out = out;
        this.xml11 = xml11;
    }

    @Override
    public void startDocument() throws SAXException {
        raw(utf8(xml11 ? "<?xml version=\"1.1\" encoding=\"UTF-8\"?>" : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    }

    @Override
    public void endDocument() throws SAXException {
        drain();
        try {
            out.flush();
        } catch (IOException e) {
            throw new SAXException(e);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        closeStartTag();
        ElementMarkup element = elements.get(qName);
        raw(element.start);
        String declared = declarePrefix(uri, qName, element);
        for (int i = 0; i < attributes.getLength(); i++) {
            String attribute = attributes.getQName(i);
            if (attribute.equals(declared)) {
                continue;
            }
            if (depth == 0 && attribute.startsWith("xmlns:")) {
                rootNamespaces.put(attribute.substring("xmlns:".length()), attributes.getValue(i));
            }
            attribute(attribute, attributes.getValue(i));
        }
        startTagOpen = true;
        depth++;
    }

    /** Declares the element's prefix unless the root declares it; returns the attribute written, or null. */
    private String declarePrefix(String uri, String qName, ElementMarkup element) throws SAXException {
        if (element.prefixOnRoot || uri == null || uri.isEmpty()) {
            return null;
        }
        int colon = qName.indexOf(':');
        String prefix = colon < 0 ? "" : qName.substring(0, colon);
        if (uri.equals(rootNamespaces.get(prefix))) {
            element.prefixOnRoot = true;
            return null;
        }
        if (depth == 0) {
            rootNamespaces.put(prefix, uri);
        }
        String attribute = colon < 0 ? "xmlns" : "xmlns:" + prefix;
        attribute(attribute, uri);
        return attribute;
    }

    private void attribute(String name, String value) throws SAXException {
        raw(attributeStarts.get(name));
        escaped(value, true);
        put('"');
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        depth--;
        if (startTagOpen) {
            put('/');
            put('>');
            startTagOpen = false;
        } else {
            raw(elements.get(qName).end);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        closeStartTag();
        escaped(new String(ch, start, length), false);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        throw new SAXException("processing instructions are not written");
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        throw new SAXException("entity references are not written");
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        // output has no use for input positions
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        // declared by the xmlns attributes of the root element
    }

    @Override
    public void endPrefixMapping(String prefix) {
        // declared by the xmlns attributes of the root element
    }

    private void closeStartTag() throws SAXException {
        if (startTagOpen) {
            put('>');
            startTagOpen = false;
        }
    }

    /**
     * Writes a text escaped: runs of printable ASCII without markup characters are copied as they
     * are, every other character goes through {@link #escapedCharacter}.
     */
    private void escaped(String text, boolean attribute) throws SAXException {
        int length = text.length();
        int i = 0;
        while (i < length) {
            byte[] bytes = buffer;
            int p = position;
            int end = Math.min(length, i + bytes.length - SLACK - p);
            while (i < end) {
                char c = text.charAt(i);
                if (c >= PLAIN.length || !PLAIN[c]) {
                    break;
                }
                bytes[p++] = (byte) c;
                i++;
            }
            position = p;
            if (i < length) {
                if (p >= bytes.length - SLACK) {
                    drain();
                } else {
                    i = escapedCharacter(text, i, attribute);
                }
            }
        }
    }

    /** Writes the character at {@code i} (with its low surrogate, if any); returns the index after it. */
    private int escapedCharacter(String text, int i, boolean attribute) throws SAXException {
        char c = text.charAt(i);
        if (c >= 0x20 && c < 0x7F) {
            switch (c) {
                case '&' -> entity("&amp;");
                case '<' -> entity("&lt;");
                case '>' -> entity("&gt;");
                default -> entity(attribute ? "&quot;" : "\"");
            }
        } else if (c == '\n' || c == '\t') {
            if (attribute) {
                reference(c);
            } else {
                buffer[position++] = (byte) c;
            }
        } else if (c < 0x20) {
            if (c == '\r' || xml11 && c != 0) {
                reference(c);
            } else {
                throw invalid(text, i);
            }
        } else if (c <= 0x9F || c == '\u2028') {
            // C1 controls (and, in XML 1.1, the line separator) that a reader would reject or turn into a line break
            if (xml11 || !attribute && c != '\u2028') {
                reference(c);
            } else {
                bmp(c);
            }
        } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            reference(Character.toCodePoint(c, text.charAt(i + 1)));
            return i + 2;
        } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
            throw invalid(text, i);
        } else {
            bmp(c);
        }
        return i + 1;
    }

    private SAXParseException invalid(String text, int index) {
        return new SAXParseException(String.format("Trying to serialize non-XML %s character: 0x%x at offset %,d",
                xml11 ? "1.1" : "1.0", (int) text.charAt(index), index), null);
    }

    /** An ASCII escape; the caller has made room for it. */
    private void entity(String escape) {
        for (int i = 0; i < escape.length(); i++) {
            buffer[position++] = (byte) escape.charAt(i);
        }
    }

    /** A decimal character reference; the caller has made room for it. */
    private void reference(int codePoint) {
        buffer[position++] = '&';
        buffer[position++] = '#';
        entity(Integer.toString(codePoint));
        buffer[position++] = ';';
    }

    /** A character of the Basic Multilingual Plane as UTF-8; the caller has made room for it. */
    private void bmp(char c) {
        if (c < 0x80) {
            buffer[position++] = (byte) c;
            return;
        }
        if (c < 0x800) {
            buffer[position++] = (byte) (0xC0 | c >> 6);
        } else {
            buffer[position++] = (byte) (0xE0 | c >> 12);
            buffer[position++] = (byte) (0x80 | c >> 6 & 0x3F);
        }
        buffer[position++] = (byte) (0x80 | c & 0x3F);
    }

    private void put(char c) throws SAXException {
        if (position == buffer.length) {
            drain();
        }
        buffer[position++] = (byte) c;
    }

    private void raw(byte[] bytes) throws SAXException {
        if (position > buffer.length - bytes.length) {
            drain();
            if (bytes.length > buffer.length) {
                write(bytes, bytes.length);
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
    }

    private void drain() throws SAXException {
        write(buffer, position);
        position = 0;
    }

    private void write(byte[] bytes, int length) throws SAXException {
        try {
            out.write(bytes, 0, length);
        } catch (IOException e) {
            throw new SAXException(e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
