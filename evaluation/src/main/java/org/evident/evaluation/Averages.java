package org.evident.evaluation;

import java.util.Collection;

/**
 * Averages over categories. The micro average pools the counts, so frequent categories weigh
 * more; the macro average is the plain mean of each category's precision, recall and F1, taken
 * over the categories where that value is defined, so every category weighs the same.
 */
public final class Averages {

    /**
     * Macro-averaged precision, recall and F1; null where no category has the value.
     *
     * @param precision mean precision
     * @param recall    mean recall
     * @param f1        mean F1
     */
    public record Macro(Double precision, Double recall, Double f1) {
    }

    private Averages() {
    }

    /** The pooled counts. */
    public static Counts micro(Collection<Counts> counts) {
        return counts.stream().reduce(Counts.ZERO, Counts::plus);
    }

    /** The mean precision, recall and F1. */
    public static Macro macro(Collection<Counts> counts) {
        return new Macro(mean(counts.stream().map(Counts::precision).toList()),
                mean(counts.stream().map(Counts::recall).toList()),
                mean(counts.stream().map(Counts::f1).toList()));
    }

    private static Double mean(Collection<Double> values) {
        double sum = 0;
        int defined = 0;
        for (Double value : values) {
            if (value != null) {
                sum += value;
                defined++;
            }
        }
        return defined == 0 ? null : sum / defined;
    }
}
