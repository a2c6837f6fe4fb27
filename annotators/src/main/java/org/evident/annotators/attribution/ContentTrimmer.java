package org.evident.annotators.attribution;

import java.util.Locale;

/**
 * Trims the end of an indirect content: white space, a trailing comma and sentence-final
 * punctuation go; punctuation inside a closing quotation mark of a quotation that the content
 * contains stays ("… on a regular basis.”"), and so does the period of an abbreviation ("etc.").
 * The closing mark of a quotation that opened before the content goes.
 */
final class ContentTrimmer {
    private static final String FINAL = ".!?;:,\u2026";

    private ContentTrimmer() {
    }

    /** The trimmed end offset of {@code [begin, end)}. */
    static int trimEnd(String text, int begin, int end, Quotes quotes, AttributionWords words) {
        int e = end;
        while (e > begin) {
            char c = text.charAt(e - 1);
            if (Character.isWhitespace(c)) {
                e--;
            } else if (WordClass.isQuoteChar(c) && quotes.endingAt(e) != null) {
                if (quotes.endingAt(e).begin() >= begin) {
                    return e;
                }
                e--;
            } else if (FINAL.indexOf(c) >= 0) {
                if (c == '.' && abbreviationBefore(text, begin, e - 1, words)) {
                    return e;
                }
                e--;
            } else {
                return e;
            }
        }
        return e;
    }

    private static boolean abbreviationBefore(String text, int begin, int dot, AttributionWords words) {
        int s = dot;
        while (s > begin && !Character.isWhitespace(text.charAt(s - 1)) && text.charAt(s - 1) != ',') {
            s--;
        }
        return s < dot && words.is(text.substring(s, dot).toLowerCase(Locale.ROOT), AttributionWords.ABBREVIATION);
    }
}
