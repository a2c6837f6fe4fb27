package org.evident.annotators.attribution;

import org.evident.annotators.lexicon.TokenSequence;

/**
 * Recognises a news dateline at the start of a sentence — "WASHINGTON (Reuters) -", "NAIROBI,
 * Kenya (AP) —", "LONDON —": a place in capitals, optionally a region and an agency in brackets,
 * then a dash. A content that starts the sentence begins after it.
 */
final class Dateline {
    private static final int MAX_TOKENS = 10;

    private Dateline() {
    }

    /** The first token after a dateline that starts at {@code first}, or {@code first} when there is none. */
    static int end(TokenSequence t, int first) {
        if (!WordClass.exists(t, first) || !allCapitals(t.text(first))) {
            return first;
        }
        for (int k = first + 1; k < t.size() && k - first <= MAX_TOKENS; k++) {
            String text = t.text(k);
            if (text.equals("-") || text.equals("\u2014") || text.equals("\u2013") || text.equals("--")) {
                return k + 1;
            }
            boolean part = text.equals(",") || text.equals("(") || text.equals(")") || WordClass.isCapitalised(t, k);
            if (!part) {
                return first;
            }
        }
        return first;
    }

    private static boolean allCapitals(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }
}
