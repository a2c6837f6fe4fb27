package org.evident.exporters.columns;

import java.util.regex.Pattern;

import org.evident.exporters.spans.Span;

/**
 * The label a span gets in its tag column (without the {@code B-}/{@code I-} prefix):
 * {@code SPEC_<category>}, {@code SPEC_scope}, {@code STANCE_<category>_<polarity>},
 * {@code ATTR_source}, {@code ATTR_cue_<category>}, {@code ATTR_content}. A missing category or
 * polarity is left out ({@code SPEC_cue}, {@code STANCE_booster}, {@code ATTR_cue}). Whitespace
 * and underscores inside a value become {@code -}, so that labels stay one token and decode
 * unambiguously.
 */
public final class SpanLabels {
    static final String SPECULATION_PREFIX = "SPEC_";
    static final String SCOPE = "SPEC_scope";
    static final String STANCE_PREFIX = "STANCE_";
    static final String SOURCE = "ATTR_source";
    static final String CUE_PREFIX = "ATTR_cue_";
    static final String CONTENT = "ATTR_content";

    private static final Pattern UNSAFE = Pattern.compile("[\\s_]");

    private SpanLabels() {
    }

    /** The label of a span of the given group. */
    public static String label(ColumnGroup group, Span span) {
        return switch (group) {
            case SPECULATION_CUE -> SPECULATION_PREFIX + orDefault(span.category(), "cue");
            case SPECULATION_SCOPE -> SCOPE;
            case STANCE -> STANCE_PREFIX + orDefault(span.category(), "marker")
                    + (span.polarity() == null ? "" : "_" + safe(span.polarity()));
            case ATTRIBUTION -> switch (span.type()) {
                case Span.SOURCE -> SOURCE;
                case Span.CONTENT -> CONTENT;
                default -> span.category() == null ? "ATTR_cue" : CUE_PREFIX + safe(span.category());
            };
        };
    }

    /** True when the span's category and polarity appear in its label unchanged. */
    public static boolean keepsValues(Span span) {
        return isSafe(span.category()) && isSafe(span.polarity());
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : safe(value);
    }

    private static boolean isSafe(String value) {
        return value == null || !value.isEmpty() && !UNSAFE.matcher(value).find();
    }

    private static String safe(String value) {
        String replaced = UNSAFE.matcher(value).replaceAll("-");
        return replaced.isEmpty() ? "-" : replaced;
    }
}
