package org.evident.exporters.spans;

import java.util.Locale;

/**
 * How a flat format counts character offsets. Java and UIMA count UTF-16 code units; Python and
 * most JSON consumers count Unicode code points; byte-oriented tools count UTF-8 bytes.
 */
public enum OffsetMode {
    /** Unicode code points (Python {@code str} indices); the default. */
    CODEPOINT,
    /** UTF-16 code units (Java, JavaScript, UIMA). */
    UTF16,
    /** UTF-8 bytes. */
    UTF8;

    /** The name used in files and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode with the given {@link #id()}. */
    public static OffsetMode fromId(String id) {
        for (OffsetMode mode : values()) {
            if (mode.id().equalsIgnoreCase(id)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown offset mode '" + id + "' (expected codepoint, utf16 or utf8)");
    }
}
