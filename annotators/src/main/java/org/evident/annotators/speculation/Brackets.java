package org.evident.annotators.speculation;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;

import org.evident.annotators.lexicon.TokenSequence;

/**
 * Pairs the brackets and quotation marks of a sentence. Straight double quotes alternate between
 * opening and closing; a right single quotation mark with no open left one is an apostrophe
 * ("MPS’ office") and pairs with nothing.
 */
final class Brackets {
    private static final Map<String, String> PAIRS = Map.of("(", ")", "[", "]", "{", "}", "\u201c", "\u201d",
            "\u2018", "\u2019", "\u00ab", "\u00bb", "``", "''");
    private static final String STRAIGHT = "\"";

    private Brackets() {
    }

    /** True when token {@code i} is an opening bracket or quotation mark (a straight quote counts). */
    static boolean isOpener(TokenSequence tokens, int i) {
        return PAIRS.containsKey(tokens.text(i)) || tokens.text(i).equals(STRAIGHT);
    }

    /** For every token, the index of the mark it pairs with, or -1. */
    static int[] partners(TokenSequence tokens) {
        int[] partner = new int[tokens.size()];
        Arrays.fill(partner, -1);
        Deque<Integer> open = new ArrayDeque<>();
        int straight = -1;
        for (int i = 0; i < tokens.size(); i++) {
            String text = tokens.text(i);
            if (text.equals(STRAIGHT)) {
                if (straight < 0) {
                    straight = i;
                } else {
                    link(partner, straight, i);
                    straight = -1;
                }
            } else if (PAIRS.containsKey(text)) {
                open.push(i);
            } else if (PAIRS.containsValue(text)) {
                closeMatching(tokens, open, partner, i);
            }
        }
        return partner;
    }

    private static void closeMatching(TokenSequence tokens, Deque<Integer> open, int[] partner, int closer) {
        for (Integer opener : open) {
            if (PAIRS.get(tokens.text(opener)).equals(tokens.text(closer))) {
                while (!open.isEmpty() && !open.peek().equals(opener)) {
                    open.pop();
                }
                open.pop();
                link(partner, opener, closer);
                return;
            }
        }
    }

    private static void link(int[] partner, int a, int b) {
        partner[a] = b;
        partner[b] = a;
    }
}
