package org.evident.annotators.attribution;

/**
 * A span of document text.
 *
 * @param begin first character
 * @param end   after the last character
 */
record CharSpan(int begin, int end) {

    /** True when {@code other} lies within this span. */
    boolean contains(CharSpan other) {
        return begin <= other.begin && other.end <= end;
    }

    int length() {
        return end - begin;
    }
}
