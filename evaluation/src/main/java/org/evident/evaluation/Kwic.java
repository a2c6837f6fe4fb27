package org.evident.evaluation;

/**
 * Keyword-in-context lines: the keyword in brackets with a fixed number of characters of context
 * on each side, line breaks shown as spaces, the left context right-aligned so that keywords line
 * up in a column.
 */
public final class Kwic {
    /** Characters of context on each side. */
    public static final int WIDTH = 40;

    private Kwic() {
    }

    /** The line for {@code text[begin, end)}. */
    public static String line(String text, int begin, int end) {
        String left = flat(text.substring(Math.max(0, begin - WIDTH), begin));
        String right = flat(text.substring(end, Math.min(text.length(), end + WIDTH)));
        return " ".repeat(WIDTH - left.length()) + left + "[" + flat(text.substring(begin, end)) + "]" + right;
    }

    private static String flat(String text) {
        return text.replaceAll("\\s", " ");
    }
}
