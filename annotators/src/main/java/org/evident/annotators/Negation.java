package org.evident.annotators;

import java.util.List;

import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;
import org.evident.annotators.lexicon.WordList;

/**
 * Decides whether a cue is negated: a negator from {@code en/negators.tsv} ("not", "n't", "no",
 * "never", "hardly", "lack of" …) ends at most {@link #WINDOW} tokens before the cue, with no clause
 * boundary (punctuation or a coordinating conjunction) in between. Shared by every layer.
 */
public final class Negation {
    /** How many tokens may separate a negator from the cue it negates ("not very likely"). */
    public static final int WINDOW = 3;

    private static final class Holder {
        private static final WordList NEGATORS = WordList.builtin("en/negators.tsv", List.of("negator"));
    }

    private Negation() {
    }

    /** True when the cue covering tokens {@code first..last} is negated. */
    public static boolean isNegated(TokenSequence tokens, int first, int last) {
        for (LexiconMatch negator : Holder.NEGATORS.findAll(tokens)) {
            if (negator.last() >= first && negator.first() <= last) {
                continue;
            }
            if (negator.last() < first && first - negator.last() <= WINDOW && !boundaryBetween(tokens, negator.last(), first)) {
                return true;
            }
        }
        return false;
    }

    private static boolean boundaryBetween(TokenSequence tokens, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (tokens.posIs(i, "PUNCT", "CCONJ", "SCONJ") || tokens.formIs(i, ",", ";", ":", "but", "and", "or")) {
                return true;
            }
        }
        return false;
    }
}
