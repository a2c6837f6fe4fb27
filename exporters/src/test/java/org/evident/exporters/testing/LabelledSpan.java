package org.evident.exporters.testing;

import org.evident.exporters.spans.DocumentSpans;
import org.evident.exporters.spans.Span;

/**
 * What a column format claims to keep of a span: layer, type, category, polarity and code-point
 * offsets. Decoded independently of the writers from column names and labels.
 *
 * @param layer    the layer
 * @param type     the span type
 * @param category the category, or null
 * @param polarity the polarity, or null
 * @param begin    begin offset in code points
 * @param end      end offset in code points
 */
public record LabelledSpan(String layer, String type, String category, String polarity, int begin, int end) {

    /** The labelled span of an original span. */
    public static LabelledSpan of(DocumentSpans document, Span span) {
        String text = document.text();
        String category = span.type().equals("scope") || span.type().equals("source")
                || span.type().equals("content") ? null : span.category();
        return new LabelledSpan(span.layer(), span.type(), category, span.polarity(),
                text.codePointCount(0, span.begin()), text.codePointCount(0, span.end()));
    }

    /** Decodes a label of a column (its header without a stacking suffix). */
    public static LabelledSpan decode(String column, String label, int begin, int end) {
        String group = column.replaceFirst("_\\d+$", "");
        switch (group) {
            case "SPECULATION_CUE" -> {
                String category = label.substring("SPEC_".length());
                return new LabelledSpan("speculation", "cue", category.equals("cue") ? null : category, null, begin, end);
            }
            case "SPECULATION_SCOPE" -> {
                return new LabelledSpan("speculation", "scope", null, null, begin, end);
            }
            case "STANCE" -> {
                String[] parts = label.substring("STANCE_".length()).split("_");
                return new LabelledSpan("stance", "marker", parts[0], parts.length > 1 ? parts[1] : null, begin, end);
            }
            case "ATTRIBUTION" -> {
                String role = label.substring("ATTR_".length());
                if (role.startsWith("cue")) {
                    return new LabelledSpan("attribution", "cue",
                            role.equals("cue") ? null : role.substring("cue_".length()), null, begin, end);
                }
                return new LabelledSpan("attribution", role, null, null, begin, end);
            }
            default -> throw new AssertionError("unknown column " + column);
        }
    }
}
