package org.evident.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Accumulates two labellings of the same token sequences and computes their {@link Kappa}. */
public final class CohenKappa {
    private final Map<String, Long> first = new HashMap<>();
    private final Map<String, Long> second = new HashMap<>();
    private long agreements;
    private long tokens;

    /** Kappa of two labellings at once. */
    public static Kappa of(List<String> a, List<String> b) {
        CohenKappa kappa = new CohenKappa();
        kappa.add(a, b);
        return kappa.result();
    }

    /**
     * Adds the labels of one token sequence.
     *
     * @throws IllegalArgumentException when the two lists differ in length
     */
    public void add(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("label sequences differ in length: " + a.size() + " and " + b.size());
        }
        for (int i = 0; i < a.size(); i++) {
            first.merge(a.get(i), 1L, Long::sum);
            second.merge(b.get(i), 1L, Long::sum);
            if (a.get(i).equals(b.get(i))) {
                agreements++;
            }
        }
        tokens += a.size();
    }

    /** The kappa of everything added. */
    public Kappa result() {
        if (tokens == 0) {
            return new Kappa(0, null, null, null);
        }
        double n = tokens;
        double observed = agreements / n;
        double expected = 0;
        for (Map.Entry<String, Long> label : first.entrySet()) {
            expected += (label.getValue() / n) * (second.getOrDefault(label.getKey(), 0L) / n);
        }
        Double kappa = expected >= 1.0 ? null : (observed - expected) / (1 - expected);
        return new Kappa(tokens, observed, expected, kappa);
    }
}
