package org.evident.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evident.exporters.read.annotated.TextRange;

/**
 * The tokens that token-level scores count: runs of letters, marks and digits, and every other
 * non-space character on its own. Deliberately simple and independent of the pipeline's
 * tokeniser, so that gold and prediction are always counted over the same tokens.
 */
public final class TextTokens {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|\\S");

    private TextTokens() {
    }

    /** The tokens of a text, in order. */
    public static List<TextRange> of(String text) {
        List<TextRange> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(new TextRange(matcher.start(), matcher.end()));
        }
        return tokens;
    }
}
