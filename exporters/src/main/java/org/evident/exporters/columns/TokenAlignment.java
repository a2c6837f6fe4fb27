package org.evident.exporters.columns;

import java.util.List;

/**
 * Maps character spans to the tokens covering them: every token that shares at least one character
 * with the span. Tokens must be in text order and must not overlap.
 */
final class TokenAlignment {
    private final int[] begins;
    private final int[] ends;

    TokenAlignment(List<GridToken> tokens) {
        begins = new int[tokens.size()];
        ends = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            begins[i] = tokens.get(i).begin();
            ends[i] = tokens.get(i).end();
        }
    }

    /**
     * The first and last index of the tokens covering {@code [begin, end)} (UTF-16), or null when no
     * token shares a character with it.
     */
    int[] cover(int begin, int end) {
        int first = firstEndingAfter(begin);
        int last = lastBeginningBefore(Math.max(end, begin + 1));
        if (first >= begins.length || last < 0 || first > last) {
            return null;
        }
        return new int[] {first, last};
    }

    /** True when the span begins and ends exactly on the boundaries of its covering tokens. */
    boolean isExact(int begin, int end, int[] range) {
        return begins[range[0]] == begin && ends[range[1]] == end;
    }

    private int firstEndingAfter(int offset) {
        int low = 0;
        int high = ends.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ends[mid] <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private int lastBeginningBefore(int offset) {
        int low = 0;
        int high = begins.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (begins[mid] < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low - 1;
    }
}
