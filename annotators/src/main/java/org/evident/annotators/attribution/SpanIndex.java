package org.evident.annotators.attribution;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Character spans ordered by begin offset, with the largest end offset up to each position, so
 * that the spans covering a range are found without visiting the spans that end before it: looking
 * up every cue of a long document (a novel's dialogue) then costs about the number of spans that
 * overlap, not the number in the document. Spans are known by their index in the arrays given.
 */
final class SpanIndex {
    private final int[] begins;
    private final int[] ends;
    private final int[] maxEnds;
    private final int[] indexes;

    /**
     * @param begins the spans' begin offsets
     * @param ends   their end offsets, as many
     */
    SpanIndex(int[] begins, int[] ends) {
        if (begins.length != ends.length) {
            throw new IllegalArgumentException("span arrays differ in length");
        }
        int n = begins.length;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = (long) begins[i] << 32 | i;
        }
        Arrays.sort(keys);
        this.begins = new int[n];
        this.ends = new int[n];
        this.maxEnds = new int[n];
        this.indexes = new int[n];
        for (int k = 0; k < n; k++) {
            int i = (int) keys[k];
            this.indexes[k] = i;
            this.begins[k] = begins[i];
            this.ends[k] = ends[i];
            this.maxEnds[k] = k == 0 ? ends[i] : Math.max(maxEnds[k - 1], ends[i]);
        }
    }

    /**
     * The index of the shortest span that begins at or before {@code begin}, ends at or after
     * {@code end} and is accepted, the lowest index among equally short ones; or -1.
     */
    int shortestCovering(int begin, int end, IntPredicate accept) {
        int best = -1;
        int bestLength = 0;
        for (int k = firstBeginningAfter(begin) - 1; k >= 0 && maxEnds[k] >= end; k--) {
            if (ends[k] >= end && accept.test(indexes[k])) {
                int length = ends[k] - begins[k];
                if (best < 0 || length < bestLength || length == bestLength && indexes[k] < best) {
                    best = indexes[k];
                    bestLength = length;
                }
            }
        }
        return best;
    }

    /** The number of spans that begin before {@code offset}: the position of the first that begins at or after it. */
    int countBeginningBefore(int offset) {
        return firstBeginningAfter(offset - 1);
    }

    /** The position, in begin order, of the first span that begins after {@code offset}. */
    private int firstBeginningAfter(int offset) {
        int low = 0;
        int high = begins.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (begins[mid] <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
