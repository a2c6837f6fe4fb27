package org.evident.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evident.exporters.spans.Span;

/** Accumulates the {@link KindResult} of one span kind over documents. */
final class KindScore {
    private final String layer;
    private final String type;
    private final List<String> categories;
    private final Map<String, MatchCounts> byCategory = new LinkedHashMap<>();
    private MatchCounts all = MatchCounts.ZERO;

    /**
     * @param categories the categories to score separately; empty for category-blind scoring only
     */
    KindScore(String layer, String type, List<String> categories) {
        this.layer = layer;
        this.type = type;
        this.categories = categories;
        categories.forEach(category -> byCategory.put(category, MatchCounts.ZERO));
    }

    /** Adds one document's spans of this kind; returns the category-blind exact matching. */
    Matching add(List<Span> gold, List<Span> predicted) {
        Matching exact = SpanMatcher.match(gold, predicted, MatchMode.EXACT);
        Matching overlap = SpanMatcher.match(gold, predicted, MatchMode.OVERLAP);
        all = all.plus(new MatchCounts(exact.counts(), overlap.counts()));
        for (String category : categories) {
            byCategory.merge(category, MatchCounts.of(withCategory(gold, category), withCategory(predicted, category)),
                    MatchCounts::plus);
        }
        return exact;
    }

    KindResult result() {
        return new KindResult(layer, type, all, byCategory);
    }

    private static List<Span> withCategory(List<Span> spans, String category) {
        return spans.stream().filter(span -> category.equals(span.category())).toList();
    }
}
