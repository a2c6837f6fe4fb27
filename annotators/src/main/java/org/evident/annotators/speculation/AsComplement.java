package org.evident.annotators.speculation;

import org.evident.annotators.lexicon.ContextRule;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * {@code as_complement}: accepts a verb of regard (regard, view, see, perceive) only with the "as"
 * predicate that makes it a judgement: directly ("is seen as a snub") or after a short object
 * ("critics view the move as a snub", "regarded by many as"). "As well", "as soon", "such as", and
 * a clause boundary or a preposition other than "by" before "as" do not count.
 */
final class AsComplement implements ContextRule {
    static final String NAME = "as_complement";

    private static final int OBJECT_WINDOW = 6;

    @Override
    public boolean accepts(TokenSequence tokens, LexiconMatch match) {
        for (int k = match.last() + 1; k < tokens.size() && k <= match.last() + OBJECT_WINDOW; k++) {
            if (tokens.formIs(k, "as")) {
                return !tokens.formIs(k + 1, "well", "soon", "long", "far", "much", "many", "of", "to", "part")
                        && !tokens.formIs(k - 1, "such");
            }
            if (Grammar.isClauseEnd(tokens, k) || Grammar.isVerbal(tokens, k) || tokens.posIs(k, "SCONJ", "CCONJ")
                    || tokens.posIs(k, "ADP") && !tokens.formIs(k, "by")) {
                return false;
            }
        }
        return false;
    }
}
