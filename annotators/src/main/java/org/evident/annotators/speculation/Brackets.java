package org.evident.annotators.speculation;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

import org.evident.annotators.lexicon.TokenSequence;

/**
 * Pairs the brackets and quotation marks of a sentence. A mark may be a token of its own or stuck
 * to a word, as the tokenizer leaves typographic single quotes ("‘of", "there’"). Straight double
 * quotes alternate between opening and closing; a closing mark with no open partner (the
 * apostrophe of "MPS’ office") pairs with nothing.
 */
final class Brackets {
    private static final char STRAIGHT = '"';

    private Brackets() {
    }

    /** True when token {@code i} opens a bracket or quotation (a straight quote counts). */
    static boolean isOpener(TokenSequence tokens, int i) {
        return opening(tokens.text(i)) != 0;
    }

    /** True when token {@code i} opens a quotation. */
    static boolean isQuoteOpener(TokenSequence tokens, int i) {
        char mark = opening(tokens.text(i));
        return mark == '\u201c' || mark == '\u2018' || mark == '\u00ab' || mark == STRAIGHT;
    }

    /** For every token, the index of the mark it pairs with, or -1. */
    static int[] partners(TokenSequence tokens) {
        int[] partner = new int[tokens.size()];
        Arrays.fill(partner, -1);
        Deque<Integer> open = new ArrayDeque<>();
        int straight = -1;
        for (int i = 0; i < tokens.size(); i++) {
            String text = tokens.text(i);
            if (text.length() == 1 && text.charAt(0) == STRAIGHT) {
                if (straight < 0) {
                    straight = i;
                } else {
                    link(partner, straight, i);
                    straight = -1;
                }
                continue;
            }
            char opening = opening(text);
            char closing = closing(text);
            if (opening != 0 && closing != 0 && text.length() > 1) {
                continue;
            }
            if (opening != 0) {
                open.push(i);
            } else if (closing != 0) {
                closeMatching(tokens, open, partner, i, closing);
            }
        }
        return partner;
    }

    /** The opening mark a token consists of or starts with (before a letter), or 0. */
    private static char opening(String text) {
        char first = text.charAt(0);
        if (first == STRAIGHT && text.length() == 1 || closer(first) != 0 && (text.length() == 1
                || Character.isLetterOrDigit(text.charAt(1)))) {
            return first;
        }
        return 0;
    }

    /** The closing mark a token consists of or ends with, or 0. */
    private static char closing(String text) {
        char last = text.charAt(text.length() - 1);
        return switch (last) {
            case ')', ']', '}', '\u201d', '\u2019', '\u00bb' -> last;
            default -> 0;
        };
    }

    /** The mark that closes {@code opener}, or 0 when it opens nothing. */
    private static char closer(char opener) {
        return switch (opener) {
            case '(' -> ')';
            case '[' -> ']';
            case '{' -> '}';
            case '\u201c' -> '\u201d';
            case '\u2018' -> '\u2019';
            case '\u00ab' -> '\u00bb';
            default -> 0;
        };
    }

    private static void closeMatching(TokenSequence tokens, Deque<Integer> open, int[] partner, int closer, char mark) {
        for (Integer opener : open) {
            if (closer(opening(tokens.text(opener))) == mark) {
                while (!open.peek().equals(opener)) {
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
