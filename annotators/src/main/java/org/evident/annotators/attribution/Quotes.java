package org.evident.annotators.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The quotations of a document ({@link QuotePairer}), looked up by their marks' offsets. */
final class Quotes {
    private final List<Quote> all;
    private final Map<Integer, Quote> byBegin = new HashMap<>();
    private final Map<Integer, Quote> byEnd = new HashMap<>();
    /** {@link #all} by position, to find the quotations around or after an offset without a scan from the start. */
    private final SpanIndex index;

    Quotes(List<Quote> quotes) {
        List<Quote> sorted = new ArrayList<>(quotes);
        sorted.sort(Comparator.comparingInt(Quote::begin));
        this.all = Collections.unmodifiableList(sorted);
        int[] begins = new int[sorted.size()];
        int[] ends = new int[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            Quote quote = sorted.get(i);
            byBegin.put(quote.begin(), quote);
            byEnd.put(quote.end(), quote);
            begins[i] = quote.begin();
            ends[i] = quote.end();
        }
        this.index = new SpanIndex(begins, ends);
    }

    /** Every quotation, in text order. */
    List<Quote> all() {
        return all;
    }

    /** The quotation whose opening mark is at {@code offset}, or null. */
    Quote startingAt(int offset) {
        return byBegin.get(offset);
    }

    /** The quotation whose closing mark ends at {@code offset}, or null. */
    Quote endingAt(int offset) {
        return byEnd.get(offset);
    }

    /** The smallest quotation whose marks surround {@code [b, e)} (the earliest of equally small ones), or null. */
    Quote around(int b, int e) {
        int best = index.shortestCovering(b, e, i -> all.get(i).surrounds(b, e));
        return best < 0 ? null : all.get(best);
    }

    /** The outermost quotations that lie within {@code [b, e)}, in text order. */
    List<Quote> within(int b, int e) {
        List<Quote> result = new ArrayList<>();
        int covered = -1;
        for (Quote quote : all.subList(index.countBeginningBefore(b), all.size())) {
            if (quote.begin() >= e) {
                break;
            }
            if (quote.within(b, e) && quote.begin() >= covered) {
                result.add(quote);
                covered = quote.end();
            }
        }
        return result;
    }
}
