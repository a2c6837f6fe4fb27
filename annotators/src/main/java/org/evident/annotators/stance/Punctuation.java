package org.evident.annotators.stance;

import java.util.Set;

import org.evident.annotators.lexicon.TokenSequence;

/** The punctuation tokens the stance rules look at: clause marks, opening quotes and brackets, dashes. */
final class Punctuation {
    private static final Set<String> OPENINGS = Set.of("\"", "'", "\u201c", "\u2018", "(", "[", "{", "\u00ab");
    private static final Set<String> DASHES = Set.of("\u2014", "\u2013", "--", "-");

    private Punctuation() {
    }

    /** True for an opening quote or bracket. */
    static boolean isOpening(TokenSequence tokens, int i) {
        return i >= 0 && i < tokens.size() && OPENINGS.contains(tokens.text(i));
    }

    /**
     * True for a dash that separates clauses: an em or en dash, "--", or a hyphen with space
     * around it (a hyphen inside a compound that the tokenizer split is not one).
     */
    static boolean isDash(TokenSequence tokens, int i) {
        if (i < 0 || i >= tokens.size() || !DASHES.contains(tokens.text(i))) {
            return false;
        }
        if (!tokens.text(i).equals("-")) {
            return true;
        }
        boolean spaceBefore = i == 0 || tokens.begin(i) > tokens.end(i - 1);
        boolean spaceAfter = i == tokens.size() - 1 || tokens.begin(i + 1) > tokens.end(i);
        return spaceBefore && spaceAfter;
    }

    /** True for a mark after which a clause starts: semicolon, colon, dash, opening quote or bracket. */
    static boolean isClauseMark(TokenSequence tokens, int i) {
        return tokens.formIs(i, ";", ":") || isDash(tokens, i) || isOpening(tokens, i);
    }
}
