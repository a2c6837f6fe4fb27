package org.evident.annotators.speculation;

import java.util.Set;

import org.evident.annotators.lexicon.ContextRule;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * {@code not_month}: rejects capitalised "May" used as the month or a name: tagged as a proper
 * noun, next to a number ("May 20", "20 May"), after a time preposition or determiner ("in May",
 * "early May"), in "May Day", or capitalised inside a sentence that is not written in title case
 * (the modal is capitalised only when it opens the sentence). Lower-case "may" is always the modal.
 */
final class NotMonth implements ContextRule {
    static final String NAME = "not_month";

    private static final Set<String> BEFORE_MONTH = Set.of("in", "on", "since", "until", "till", "by", "from",
            "through", "during", "of", "early", "mid", "late", "last", "next", "this", "every");

    @Override
    public boolean accepts(TokenSequence tokens, LexiconMatch match) {
        int i = match.first();
        if (!tokens.text(i).startsWith("M")) {
            return true;
        }
        if (tokens.posIs(i, "PROPN") || isNumber(tokens, i + 1) || isNumber(tokens, i - 1)
                || tokens.formIs(i + 1, "day") || i > 0 && BEFORE_MONTH.contains(tokens.form(i - 1))) {
            return false;
        }
        return opensSentence(tokens, i) || capitalised(tokens, i - 1);
    }

    private static boolean opensSentence(TokenSequence tokens, int i) {
        for (int k = 0; k < i; k++) {
            if (!Brackets.isOpener(tokens, k) && !tokens.posIs(k, "PUNCT", "SYM")) {
                return false;
            }
        }
        return true;
    }

    private static boolean capitalised(TokenSequence tokens, int i) {
        return i >= 0 && Character.isUpperCase(tokens.text(i).charAt(0)) && !tokens.posIs(i, "PROPN");
    }

    private static boolean isNumber(TokenSequence tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return false;
        }
        return tokens.posIs(i, "NUM") || Character.isDigit(tokens.form(i).charAt(0));
    }
}
