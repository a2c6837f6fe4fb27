package org.evident.annotators.segment;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;

/**
 * Splits off the punctuation that the OpenNLP UD tokenizer sometimes leaves attached to a word,
 * so that every layer sees the same tokens whatever the tokenizer decided:
 * <ul>
 * <li>an opening single curly quotation mark before a letter ("‘of" → "‘", "of");</li>
 * <li>a closing single curly quotation mark after a letter ("there’" → "there", "’"), except after
 * "s", where it is usually the possessive of a plural ("employees’"); an apostrophe inside a
 * word ("didn’t") is not at its edge;</li>
 * <li>the hyphen of a compound that starts the second part ("heavy -handed" → "heavy", "-",
 * "handed"), as the tokenizer already splits most compounds ("well - deserved").</li>
 * </ul>
 */
final class TokenSplitter {
    private static final char OPENING = '\u2018';
    private static final char CLOSING = '\u2019';
    private static final char HYPHEN = '-';

    private TokenSplitter() {
    }

    /** The token spans of {@code text} with punctuation at word edges split off. */
    static Span[] split(Span[] spans, String text) {
        List<Span> result = null;
        for (int i = 0; i < spans.length; i++) {
            Span span = spans[i];
            int begin = span.getStart();
            int end = span.getEnd();
            boolean leading = end - begin > 1 && Character.isLetter(text.charAt(begin + 1))
                    && (text.charAt(begin) == OPENING || text.charAt(begin) == HYPHEN && begin > 0
                            && Character.isLetter(text.charAt(begin - 1)));
            boolean closing = end - begin > 1 && text.charAt(end - 1) == CLOSING
                    && Character.isLetter(text.charAt(end - 2)) && Character.toLowerCase(text.charAt(end - 2)) != 's';
            if (!leading && !closing && result == null) {
                continue;
            }
            if (result == null) {
                result = new ArrayList<>(spans.length + 2);
                for (int j = 0; j < i; j++) {
                    result.add(spans[j]);
                }
            }
            if (leading) {
                result.add(new Span(begin, begin + 1));
                begin++;
            }
            if (closing && end - 1 > begin) {
                result.add(new Span(begin, end - 1));
                result.add(new Span(end - 1, end));
            } else {
                result.add(new Span(begin, end));
            }
        }
        return result == null ? spans : result.toArray(new Span[0]);
    }
}
