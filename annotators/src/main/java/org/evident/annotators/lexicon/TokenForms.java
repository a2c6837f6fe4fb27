package org.evident.annotators.lexicon;

import java.util.Locale;

/** Normalises token text for lexicon look-up: lower case, typographic apostrophes and dashes folded. */
public final class TokenForms {
    private TokenForms() {
    }

    /** The look-up form of a token's text (the text itself when it is already one). */
    public static String normalise(String text) {
        if (isLowerCaseAscii(text)) {
            return text;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.indexOf('\u2019') >= 0 || lower.indexOf('\u2018') >= 0 || lower.indexOf('\u2013') >= 0) {
            lower = lower.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2013', '-');
        }
        return lower;
    }

    /** No capital and nothing outside ASCII: what most tokens are, checked faster than lower-casing. */
    private static boolean isLowerCaseAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z' || c > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
