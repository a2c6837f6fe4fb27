package org.evident.exporters.write;

/** Tells whether a text can be written as XML 1.0, whose character range excludes most control characters. */
final class XmlText {
    private XmlText() {
    }

    /** True when every character of the text is allowed in XML 1.0. */
    static boolean fitsXml10(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF') {
                return false;
            }
        }
        return true;
    }
}
