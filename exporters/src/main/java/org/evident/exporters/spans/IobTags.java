package org.evident.exporters.spans;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The IOB2 tagging scheme over a sequence of tokens, shared by every column format (CoNLL export,
 * token-classification JSONL, the Engagement IOB reader): {@code B-label} opens a span,
 * {@code I-label} continues it, {@code O} is outside. An {@code I-} after {@code O} or after another
 * label is read as the start of a new span (the lenient CoNLL convention).
 */
public final class IobTags {
    /** The outside tag. */
    public static final String OUTSIDE = "O";

    /**
     * A labelled run of tokens.
     *
     * @param label the label without prefix
     * @param first index of the first token
     * @param last  index of the last token (inclusive)
     */
    public record TokenSpan(String label, int first, int last) {
    }

    private IobTags() {
    }

    /** Decodes a column of tags into spans, in order. */
    public static List<TokenSpan> decode(List<String> tags) {
        List<TokenSpan> spans = new ArrayList<>();
        String label = null;
        int start = -1;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : OUTSIDE;
            boolean inside = tag.startsWith("I-");
            String tagLabel = tag.length() > 2 && (inside || tag.startsWith("B-")) ? tag.substring(2) : null;
            boolean continues = inside && tagLabel.equals(label);
            if (!continues && label != null) {
                spans.add(new TokenSpan(label, start, i - 1));
                label = null;
            }
            if (tagLabel != null && !continues) {
                label = tagLabel;
                start = i;
            }
        }
        return spans;
    }

    /**
     * Encodes non-overlapping spans as a column of {@code size} tags.
     *
     * @throws IllegalArgumentException when two spans share a token
     */
    public static List<String> encode(List<TokenSpan> spans, int size) {
        String[] tags = new String[size];
        Arrays.fill(tags, OUTSIDE);
        for (TokenSpan span : spans) {
            for (int i = span.first(); i <= span.last(); i++) {
                if (!OUTSIDE.equals(tags[i])) {
                    throw new IllegalArgumentException("spans overlap at token " + i);
                }
                tags[i] = (i == span.first() ? "B-" : "I-") + span.label();
            }
        }
        return Arrays.asList(tags);
    }
}
