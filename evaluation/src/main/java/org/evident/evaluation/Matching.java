package org.evident.evaluation;

import java.util.List;

import org.evident.exporters.spans.Span;

/**
 * The outcome of matching predicted spans to gold spans one-to-one.
 *
 * @param matched        gold–prediction pairs
 * @param falsePositives predicted spans matched to no gold span
 * @param falseNegatives gold spans matched to no predicted span
 */
public record Matching(List<Pair> matched, List<Span> falsePositives, List<Span> falseNegatives) {

    /**
     * A gold span and the predicted span that found it.
     *
     * @param gold      the gold span
     * @param predicted the predicted span
     */
    public record Pair(Span gold, Span predicted) {
    }

    public Matching {
        matched = List.copyOf(matched);
        falsePositives = List.copyOf(falsePositives);
        falseNegatives = List.copyOf(falseNegatives);
    }

    /** The counts: matched pairs are true positives. */
    public Counts counts() {
        return new Counts(matched.size(), falsePositives.size(), falseNegatives.size());
    }
}
