package org.evident.exporters.spans;

import java.nio.charset.StandardCharsets;

/**
 * Converts UTF-16 offsets of one text to another {@link OffsetMode} and back, in constant time
 * per offset after one linear pass over the text.
 */
public final class OffsetConverter {
    private final String text;
    private final OffsetMode mode;
    private final int[] toMode;

    /** A converter for the text; for {@link OffsetMode#UTF16} no table is built. */
    public OffsetConverter(String text, OffsetMode mode) {
        this.text = text;
        this.mode = mode;
        this.toMode = mode == OffsetMode.UTF16 ? null : table(text, mode);
    }

    private static int[] table(String text, OffsetMode mode) {
        int[] table = new int[text.length() + 1];
        int position = 0;
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            int units = Character.charCount(codePoint);
            int width = mode == OffsetMode.CODEPOINT ? 1 : utf8Length(codePoint);
            for (int k = 0; k < units; k++) {
                table[i + k] = position;
            }
            position += width;
            i += units;
        }
        table[text.length()] = position;
        return table;
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }

    /** The offset, in this converter's mode, of a UTF-16 offset. */
    public int fromUtf16(int offset) {
        return toMode == null ? offset : toMode[offset];
    }

    /** The UTF-16 offset of an offset in this converter's mode. */
    public int toUtf16(int offset) {
        if (toMode == null) {
            checkRange(offset, text.length());
            return offset;
        }
        checkRange(offset, toMode[text.length()]);
        int low = 0;
        int high = text.length();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (toMode[mid] < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        if (toMode[low] != offset) {
            throw new IllegalArgumentException("offset " + offset + " falls inside a " + describe() + " character");
        }
        return low;
    }

    /** The length of the text in this converter's mode. */
    public int length() {
        return toMode == null ? text.length() : toMode[text.length()];
    }

    private String describe() {
        return mode == OffsetMode.UTF8 ? "multi-byte" : "surrogate-pair";
    }

    private static void checkRange(int offset, int length) {
        if (offset < 0 || offset > length) {
            throw new IllegalArgumentException("offset " + offset + " is outside the text (length " + length + ")");
        }
    }

    /** The UTF-8 byte length of a string, for throughput figures. */
    public static long utf8Bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
