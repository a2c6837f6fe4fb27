package org.evident.evaluation;

import java.util.Locale;

import org.evident.exporters.spans.Span;

/** When a predicted span counts as finding a gold span. */
public enum MatchMode {
    /** Same begin and same end offset. */
    EXACT,
    /** At least one character in common. */
    OVERLAP;

    /** The lower-case name used in tables and JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when the two spans match in this mode. */
    public boolean matches(Span gold, Span predicted) {
        return switch (this) {
            case EXACT -> gold.begin() == predicted.begin() && gold.end() == predicted.end();
            case OVERLAP -> overlap(gold, predicted) > 0;
        };
    }

    /** The number of characters two spans share. */
    static int overlap(Span a, Span b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin()));
    }
}
