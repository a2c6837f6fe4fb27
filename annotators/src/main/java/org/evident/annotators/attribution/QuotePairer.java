package org.evident.annotators.attribution;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

import org.evident.annotators.CharPositions;
import org.evident.annotators.segment.TextBlocks;

/**
 * Pairs quotation marks within each paragraph (a {@link TextBlocks} block): “ with ”, ‘ with ’,
 * and straight " and ' with the next matching mark. Apostrophes are not quotation marks: ’ or '
 * between two letters ("It’s", "didn't"), and ’ or ' after a word when no opening mark of its kind
 * is still open ("MPS’ office", "teachers' unions"). Quotations may nest; a mark left open at the
 * end of the paragraph, or one that closes over unclosed inner marks, drops those inner marks.
 */
final class QuotePairer {
    private static final char DOUBLE_OPEN = '\u201C';
    private static final char DOUBLE_CLOSE = '\u201D';
    private static final char SINGLE_OPEN = '\u2018';
    private static final char SINGLE_CLOSE = '\u2019';
    private static final char[] QUOTE_CHARS = {'"', '\'', DOUBLE_OPEN, DOUBLE_CLOSE, SINGLE_OPEN, SINGLE_CLOSE};

    private QuotePairer() {
    }

    /** The quotations of a text. */
    static Quotes pair(String text) {
        List<Quote> quotes = new ArrayList<>();
        int[] marks = CharPositions.of(text, QUOTE_CHARS);
        if (marks.length == 0) {
            return new Quotes(quotes);
        }
        int next = 0;
        for (int[] block : TextBlocks.split(text)) {
            while (next < marks.length && marks[next] < block[0]) {
                next++;
            }
            int first = next;
            while (next < marks.length && marks[next] < block[1]) {
                next++;
            }
            if (next > first) {
                pairBlock(text, block[0], block[1], Arrays.copyOfRange(marks, first, next), quotes);
            }
        }
        return new Quotes(quotes);
    }

    /** Pairs the quotation characters at {@code marks} (in text order) inside {@code [begin, end)}. */
    private static void pairBlock(String text, int begin, int end, int[] marks, List<Quote> quotes) {
        Deque<int[]> open = new ArrayDeque<>();
        for (int p : marks) {
            char c = text.charAt(p);
            boolean letterBefore = p > begin && Character.isLetterOrDigit(text.charAt(p - 1));
            boolean letterAfter = p + 1 < end && Character.isLetterOrDigit(text.charAt(p + 1));
            boolean spaceBefore = p == begin || Character.isWhitespace(text.charAt(p - 1))
                    || "([{\u2014\u2013-".indexOf(text.charAt(p - 1)) >= 0;
            switch (c) {
                case DOUBLE_OPEN -> open.push(new int[] {p, DOUBLE_OPEN});
                case DOUBLE_CLOSE -> close(open, DOUBLE_OPEN, p, quotes);
                case SINGLE_OPEN -> {
                    if (!letterBefore) {
                        open.push(new int[] {p, SINGLE_OPEN});
                    }
                }
                case SINGLE_CLOSE -> {
                    if (!(letterBefore && letterAfter) && isOpen(open, SINGLE_OPEN)) {
                        close(open, SINGLE_OPEN, p, quotes);
                    }
                }
                case '"' -> {
                    if (isOpen(open, '"')) {
                        close(open, '"', p, quotes);
                    } else if (p + 1 < end && !Character.isWhitespace(text.charAt(p + 1))) {
                        open.push(new int[] {p, '"'});
                    }
                }
                case '\'' -> {
                    if (letterBefore && letterAfter) {
                        continue;
                    }
                    if (isOpen(open, '\'') && !spaceBefore) {
                        close(open, '\'', p, quotes);
                    } else if (spaceBefore && letterAfter) {
                        open.push(new int[] {p, '\''});
                    }
                }
                default -> {
                }
            }
        }
    }

    private static boolean isOpen(Deque<int[]> open, char mark) {
        for (int[] entry : open) {
            if (entry[1] == mark) {
                return true;
            }
        }
        return false;
    }

    /** Closes the innermost open mark of the kind, dropping unclosed marks opened after it. */
    private static void close(Deque<int[]> open, char mark, int p, List<Quote> quotes) {
        if (!isOpen(open, mark)) {
            return;
        }
        for (Iterator<int[]> it = open.iterator(); it.hasNext();) {
            int[] entry = it.next();
            it.remove();
            if (entry[1] == mark) {
                quotes.add(new Quote(entry[0], p + 1));
                return;
            }
        }
    }
}
