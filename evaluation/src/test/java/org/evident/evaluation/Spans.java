package org.evident.evaluation;

import org.evident.exporters.spans.Span;

/** Compact span construction for tests. */
final class Spans {
    private Spans() {
    }

    static Span span(int begin, int end) {
        return Span.plain(0, "speculation", "cue", begin, end);
    }

    static Span cue(int id, int begin, int end, String category, Integer scope) {
        return new Span(id, "speculation", "cue", begin, end, category, null, null, null, null, null, null, scope, null);
    }

    static Span scope(int id, int begin, int end, Integer cue) {
        return new Span(id, "speculation", "scope", begin, end, null, null, null, null, null, null, null, null, cue);
    }

    static Span stance(int id, int begin, int end, String category, String polarity) {
        return new Span(id, "stance", "marker", begin, end, category, null, polarity, null, null, null, null, null, null);
    }
}
