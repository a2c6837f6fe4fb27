package org.evident.annotators.segment;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;

/**
 * Splits off the hyphen that the OpenNLP UD tokenizer sometimes leaves at the start of the second
 * part of a compound ("heavy -handed" → "heavy", "-", "handed"), so that compounds always come as
 * their parts around a "-" token, as the tokenizer already gives most of them ("well - deserved").
 * A hyphen after a space ("-5") is not a compound's.
 */
final class HyphenSplitter {
    private static final char HYPHEN = '-';

    private HyphenSplitter() {
    }

    /** The token spans of {@code text} with compound hyphens split off. */
    static Span[] split(Span[] spans, String text) {
        List<Span> result = null;
        for (int i = 0; i < spans.length; i++) {
            Span span = spans[i];
            int begin = span.getStart();
            boolean compound = span.getEnd() - begin > 1 && text.charAt(begin) == HYPHEN && begin > 0
                    && Character.isLetter(text.charAt(begin - 1)) && Character.isLetter(text.charAt(begin + 1));
            if (!compound && result == null) {
                continue;
            }
            if (result == null) {
                result = new ArrayList<>(spans.length + 2);
                for (int j = 0; j < i; j++) {
                    result.add(spans[j]);
                }
            }
            if (compound) {
                result.add(new Span(begin, begin + 1));
                result.add(new Span(begin + 1, span.getEnd()));
            } else {
                result.add(span);
            }
        }
        return result == null ? spans : result.toArray(new Span[0]);
    }
}
