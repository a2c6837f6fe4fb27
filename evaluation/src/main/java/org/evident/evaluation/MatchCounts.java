package org.evident.evaluation;

import java.util.List;

import org.evident.exporters.spans.Span;

/**
 * The counts of one comparison under both matching modes.
 *
 * @param exact   counts with exact matching
 * @param overlap counts with overlap matching
 */
public record MatchCounts(Counts exact, Counts overlap) {
    /** No items. */
    public static final MatchCounts ZERO = new MatchCounts(Counts.ZERO, Counts.ZERO);

    /** The counts in one mode. */
    public Counts get(MatchMode mode) {
        return mode == MatchMode.EXACT ? exact : overlap;
    }

    /** The sum of two counts. */
    public MatchCounts plus(MatchCounts other) {
        return new MatchCounts(exact.plus(other.exact), overlap.plus(other.overlap));
    }

    /** Matches predictions to gold spans in both modes. */
    public static MatchCounts of(List<Span> gold, List<Span> predicted) {
        return new MatchCounts(SpanMatcher.match(gold, predicted, MatchMode.EXACT).counts(),
                SpanMatcher.match(gold, predicted, MatchMode.OVERLAP).counts());
    }
}
