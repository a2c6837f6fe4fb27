package org.evident.exporters.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.OutputKeys;

import org.apache.uima.util.XMLSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/** The handler writes UIMA's XMLSerializer's bytes for the events XmiCasSerializer sends. */
class XmlStreamHandlerTest {
    private static final String NS = "http:///x.ecore";

    /** Every character of the given XML version except those it cannot hold, and a few supplementary ones. */
    private static String everyCharacter(boolean xml11, boolean attribute) {
        StringBuilder text = new StringBuilder("start ");
        for (char c = 1; c < 0xFFFE; c++) {
            boolean forbidden = Character.isSurrogate(c) || !xml11 && c < 0x20 && c != '\t' && c != '\n' && c != '\r';
            boolean differs = xml11 && attribute && (c >= 0x7F && c <= 0x9F || c == '\u2028');
            if (!forbidden && !differs) {
                text.append(c);
            }
        }
        return text.append("\uD83E\uDD8A \uDBFF\uDFFF end").toString();
    }

    /** The events XmiCasSerializer sends: prefix mappings, a root with xmlns attributes, children. */
    private static byte[] write(ContentHandler handler, ByteArrayOutputStream bytes, String attribute, String text)
            throws SAXException {
        handler.startDocument();
        handler.startPrefixMapping("a", "http:///a.ecore");
        handler.startPrefixMapping("x", NS);
        AttributesImpl root = new AttributesImpl();
        root.addAttribute("http://www.w3.org/2000/xmlns/", "a", "xmlns:a", "CDATA", "http:///a.ecore");
        root.addAttribute("http://www.w3.org/2000/xmlns/", "x", "xmlns:x", "CDATA", NS);
        root.addAttribute(NS, "version", "x:version", "CDATA", "2.0");
        handler.startElement(NS, "XMI", "x:XMI", root);
        AttributesImpl values = new AttributesImpl();
        values.addAttribute("", "v", "v", "CDATA", attribute);
        handler.startElement("http:///a.ecore", "Token", "a:Token", values);
        handler.startElement("", "elements", "elements", new AttributesImpl());
        handler.characters(text.toCharArray(), 0, text.length());
        handler.endElement("", "elements", "elements");
        handler.endElement("http:///a.ecore", "Token", "a:Token");
        handler.startElement("http:///a.ecore", "Empty", "a:Empty", new AttributesImpl());
        handler.endElement("http:///a.ecore", "Empty", "a:Empty");
        handler.endElement(NS, "XMI", "x:XMI");
        handler.endPrefixMapping("a");
        handler.endPrefixMapping("x");
        handler.endDocument();
        return bytes.toByteArray();
    }

    private static byte[] uima(boolean xml11, String attribute, String text) throws SAXException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XMLSerializer serializer = new XMLSerializer(bytes, false);
        if (xml11) {
            serializer.setOutputProperty(OutputKeys.VERSION, "1.1");
        }
        return write(serializer.getContentHandler(), bytes, attribute, text);
    }

    private static byte[] handler(boolean xml11, String attribute, String text) throws SAXException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        return write(new XmlStreamHandler(bytes, xml11), bytes, attribute, text);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void writesTheBytesOfUimasSerializerForEveryCharacter(boolean xml11) throws Exception {
        String attribute = everyCharacter(xml11, true);
        String text = everyCharacter(xml11, false);
        byte[] written = handler(xml11, attribute, text);
        assertThat(written).isEqualTo(uima(xml11, attribute, text));
        assertThat(new String(written, StandardCharsets.UTF_8))
                .startsWith("<?xml version=\"" + (xml11 ? "1.1" : "1.0") + "\" encoding=\"UTF-8\"?><x:XMI xmlns:x=")
                .endsWith("</elements></a:Token><a:Empty/></x:XMI>");
    }

    @Test
    void xml11AttributesKeepControlCharactersAndLineSeparatorsForTheReader() throws Exception {
        String value = "esc\u001B del\u007F nel\u0085 c1\u0091 ls\u2028 end";
        byte[] written = handler(true, value, "");
        assertThat(new String(written, StandardCharsets.UTF_8))
                .contains("v=\"esc&#27; del&#127; nel&#133; c1&#145; ls&#8232; end\"");
        StringBuilder read = new StringBuilder();
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newSAXParser().parse(new ByteArrayInputStream(written), new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if (attributes.getValue("v") != null) {
                    read.append(attributes.getValue("v"));
                }
            }
        });
        assertThat(read.toString()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000", "lone\uD83E surrogate", "lone\uDD8A surrogate", "not\uFFFE", "not\uFFFF"})
    void rejectsWhatNoXmlVersionCanHoldLikeUima(String value) {
        for (boolean xml11 : new boolean[] {false, true}) {
            assertThatThrownBy(() -> uima(xml11, value, "")).isInstanceOf(SAXException.class);
            assertThatThrownBy(() -> handler(xml11, value, "")).isInstanceOf(SAXException.class)
                    .hasMessageContaining("non-XML " + (xml11 ? "1.1" : "1.0") + " character");
            assertThatThrownBy(() -> handler(xml11, "", value)).isInstanceOf(SAXException.class);
        }
    }

    @Test
    void rejectsControlCharactersInXml10LikeUima() {
        assertThatThrownBy(() -> uima(false, "esc\u001B", "")).isInstanceOf(SAXException.class);
        assertThatThrownBy(() -> handler(false, "esc\u001B", "")).isInstanceOf(SAXException.class);
    }

    @Test
    void writesDocumentsLargerThanItsBuffer() throws Exception {
        String large = "a & b < c 🦊 é\n".repeat(20_000);
        assertThat(handler(false, large, large)).isEqualTo(uima(false, large, large));
    }

    @Test
    void escapesCharactersThatFallOnTheBuffersEdge() throws Exception {
        for (int plain = (1 << 16) - 200; plain < (1 << 16) - 80; plain++) {
            String value = "p".repeat(plain) + "&\"<é\uD83E\uDD8A" + "q".repeat(40);
            assertThat(handler(false, value, value)).as("%d plain characters first", plain)
                    .isEqualTo(uima(false, value, value));
        }
    }
}
