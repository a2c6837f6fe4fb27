package org.evident.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.evident.exporters.read.annotated.TextRange;
import org.evident.exporters.spans.Span;

/**
 * Labels tokens with the spans of one layer, for token-level agreement: a token gets the label of
 * the innermost (shortest; on ties the first in text order) span that overlaps it —
 * {@code type} or {@code type:category}, e.g. {@code cue:epistemic}, {@code scope},
 * {@code content} — or {@link #OUTSIDE}.
 */
public final class TokenLabels {
    /** The label of a token outside every span. */
    public static final String OUTSIDE = "O";

    private TokenLabels() {
    }

    /**
     * The label of each token.
     *
     * @param tokens the tokens
     * @param spans  the layer's spans, in text order
     */
    public static List<String> of(List<TextRange> tokens, List<Span> spans) {
        List<String> labels = new ArrayList<>(tokens.size());
        for (TextRange token : tokens) {
            Span innermost = null;
            for (Span span : spans) {
                if (token.overlaps(span.begin(), span.end())
                        && (innermost == null || span.end() - span.begin() < innermost.end() - innermost.begin())) {
                    innermost = span;
                }
            }
            labels.add(innermost == null ? OUTSIDE : label(innermost));
        }
        return labels;
    }

    private static String label(Span span) {
        return span.category() == null ? span.type() : span.type() + ":" + span.category();
    }
}
