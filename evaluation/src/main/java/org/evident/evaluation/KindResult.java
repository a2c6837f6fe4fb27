package org.evident.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The span scores of one kind ({@code layer/type}): category-blind counts (a prediction finds a
 * gold span whatever the categories of the two), and, when the gold distinguishes categories,
 * category-aware counts per category, with their micro and macro averages.
 *
 * @param layer      the layer
 * @param type       the span type
 * @param all        category-blind counts
 * @param categories category-aware counts by category, in vocabulary order; empty when the gold has
 *                   no categories for this kind
 */
public record KindResult(String layer, String type, MatchCounts all, Map<String, MatchCounts> categories) {

    public KindResult {
        categories = Collections.unmodifiableMap(new LinkedHashMap<>(categories));
    }

    /** The pooled category-aware counts in one mode. */
    public Counts micro(MatchMode mode) {
        return Averages.micro(categories.values().stream().map(c -> c.get(mode)).toList());
    }

    /** The mean per-category precision, recall and F1 in one mode. */
    public Averages.Macro macro(MatchMode mode) {
        return Averages.macro(categories.values().stream().map(c -> c.get(mode)).toList());
    }
}
