package org.evident.exporters.read.annotated;

/**
 * A stretch of a document's text, in UTF-16 offsets: a sentence or a token.
 *
 * @param begin begin offset
 * @param end   end offset (exclusive)
 */
public record TextRange(int begin, int end) {

    public TextRange {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("invalid range " + begin + ".." + end);
        }
    }

    /** True when the two ranges share at least one character. */
    public boolean overlaps(int otherBegin, int otherEnd) {
        return begin < otherEnd && otherBegin < end;
    }
}
