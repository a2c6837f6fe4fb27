package org.evident.evaluation;

import java.util.List;

/**
 * The errors of one span kind, most frequent first.
 *
 * @param falsePositives predicted spans that no gold span matches exactly
 * @param falseNegatives gold spans that no prediction matches exactly
 */
public record KindErrors(List<ErrorGroup> falsePositives, List<ErrorGroup> falseNegatives) {

    public KindErrors {
        falsePositives = List.copyOf(falsePositives);
        falseNegatives = List.copyOf(falseNegatives);
    }

    /** The first {@code n} groups of each list. */
    public KindErrors top(int n) {
        return new KindErrors(falsePositives.subList(0, Math.min(n, falsePositives.size())),
                falseNegatives.subList(0, Math.min(n, falseNegatives.size())));
    }
}
