package org.evident.annotators.speculation;

import java.util.Set;

import org.evident.annotators.lexicon.ContextRule;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * {@code attributive}: accepts a participle or adjective only before the noun it modifies ("the
 * alleged act", "three suspected members", "his purported role"), whatever its tag. Rejects the
 * finite verb of a clause with a subject ("Police alleged fraud"), and predicative or
 * infinitival uses ("is supposed to").
 */
final class Attributive implements ContextRule {
    static final String NAME = "attributive";

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "you", "he", "she", "it", "they", "who",
            "which", "that");

    @Override
    public boolean accepts(TokenSequence tokens, LexiconMatch match) {
        return modifiesNoun(tokens, match);
    }

    /** True when the match stands before the noun it modifies, not after a subject of its own. */
    static boolean modifiesNoun(TokenSequence tokens, LexiconMatch match) {
        int next = Grammar.skipAdverbs(tokens, match.last() + 1);
        boolean beforeNoun = tokens.posIs(next, "NOUN", "PROPN", "ADJ", "NUM")
                || tokens.posIs(next, "VERB") && tokens.form(next).endsWith("ing");
        if (!beforeNoun) {
            return false;
        }
        int before = match.first() - 1;
        return before < 0 || !tokens.posIs(before, "NOUN", "PROPN") && !Grammar.isFiniteAuxiliary(tokens, before)
                && !Grammar.HAVE.contains(tokens.form(before)) && !Grammar.BE.contains(tokens.form(before))
                && !SUBJECT_PRONOUNS.contains(tokens.form(before));
    }
}
