package org.evident.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.evident.exporters.spans.DocumentSpans;
import org.evident.exporters.spans.Span;

/**
 * Gathers the false positives and false negatives of marker kinds (cues and stance markers) under
 * exact, category-blind matching, grouped by lower-cased covered text: what a linguist reads to
 * fix a lexicon.
 */
final class ErrorCollector {
    private static final class Group {
        private final String example;
        private final String document;
        private int count;

        Group(String example, String document) {
            this.example = example;
            this.document = document;
        }
    }

    private final Map<String, Map<String, Group>> falsePositives = new LinkedHashMap<>();
    private final Map<String, Map<String, Group>> falseNegatives = new LinkedHashMap<>();

    /** Adds one document's errors of one kind. */
    void add(String kind, DocumentSpans document, Matching exact) {
        add(falsePositives.computeIfAbsent(kind, k -> new LinkedHashMap<>()), document, exact.falsePositives());
        add(falseNegatives.computeIfAbsent(kind, k -> new LinkedHashMap<>()), document, exact.falseNegatives());
    }

    private static void add(Map<String, Group> groups, DocumentSpans document, List<Span> errors) {
        for (Span span : errors) {
            String key = document.textOf(span).toLowerCase(Locale.ROOT);
            groups.computeIfAbsent(key,
                    k -> new Group(Kwic.line(document.text(), span.begin(), span.end()), document.id())).count++;
        }
    }

    /** The errors by kind, each list most frequent first, then alphabetical. */
    Map<String, KindErrors> result() {
        Map<String, KindErrors> result = new LinkedHashMap<>();
        for (String kind : falsePositives.keySet()) {
            result.put(kind, new KindErrors(sorted(falsePositives.get(kind)), sorted(falseNegatives.get(kind))));
        }
        return result;
    }

    private static List<ErrorGroup> sorted(Map<String, Group> groups) {
        List<ErrorGroup> list = new ArrayList<>();
        groups.forEach((text, group) -> list.add(new ErrorGroup(text, group.count, group.example, group.document)));
        list.sort(Comparator.comparingInt(ErrorGroup::count).reversed().thenComparing(ErrorGroup::text));
        return list;
    }
}
