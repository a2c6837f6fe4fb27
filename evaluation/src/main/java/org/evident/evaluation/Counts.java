package org.evident.evaluation;

/**
 * True positives, false positives and false negatives, with the precision, recall and F1 they give.
 * A ratio whose denominator is zero is undefined and returned as null: precision without
 * predictions, recall without gold items, F1 when there is neither.
 *
 * @param tp items found in both gold and prediction
 * @param fp predicted items not in the gold
 * @param fn gold items not predicted
 */
public record Counts(long tp, long fp, long fn) {
    /** No items at all. */
    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /** tp / (tp + fp), or null without predictions. */
    public Double precision() {
        return ratio(tp, tp + fp);
    }

    /** tp / (tp + fn), or null without gold items. */
    public Double recall() {
        return ratio(tp, tp + fn);
    }

    /** 2tp / (2tp + fp + fn) — the harmonic mean of precision and recall — or null with no items. */
    public Double f1() {
        return ratio(2 * tp, 2 * tp + fp + fn);
    }

    /** The sum of two counts. */
    public Counts plus(Counts other) {
        return new Counts(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    private static Double ratio(long numerator, long denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
