package org.evident.annotators.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits plain text into blocks that no sentence crosses: paragraphs separated by blank lines, and
 * single lines that end a heading, a list item or a complete sentence. Lines that continue a
 * hard-wrapped sentence (ending in a letter, comma or hyphen) stay in their block.
 */
public final class TextBlocks {
    private TextBlocks() {
    }

    /** The blocks as {@code [begin, end)} offset pairs, trimmed of surrounding white space. */
    public static List<int[]> split(String text) {
        List<int[]> blocks = new ArrayList<>();
        int blockStart = 0;
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            int newline = text.indexOf('\n', pos);
            if (newline < 0) {
                break;
            }
            int nextLine = newline + 1;
            if (endsBlock(text, blockStart, newline, nextLine)) {
                add(text, blockStart, newline, blocks);
                blockStart = nextLine;
            }
            pos = nextLine;
        }
        add(text, blockStart, n, blocks);
        return blocks;
    }

    private static boolean endsBlock(String text, int blockStart, int newline, int nextLine) {
        int lastChar = newline - 1;
        while (lastChar >= blockStart && Character.isWhitespace(text.charAt(lastChar))) {
            lastChar--;
        }
        if (lastChar < blockStart) {
            return true;
        }
        int next = nextLine;
        while (next < text.length() && text.charAt(next) != '\n' && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next >= text.length() || text.charAt(next) == '\n' || isBullet(text.charAt(next))) {
            return true;
        }
        char last = text.charAt(lastChar);
        return !(Character.isLetterOrDigit(last) && Character.isLowerCase(last) || last == ',' || last == '-');
    }

    private static boolean isBullet(char c) {
        return c == '\u2022' || c == '*' || c == '\u25CF' || c == '\u25E6' || c == '\u2013' || c == '\u2014';
    }

    private static void add(String text, int begin, int end, List<int[]> blocks) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (begin < end) {
            blocks.add(new int[] {begin, end});
        }
    }
}
