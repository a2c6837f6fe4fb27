package org.evident.annotators.stance;

import org.evident.annotators.lexicon.ContextRule;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * Rule {@code evaluative_sense} (docs/guidelines/stance.md §8): accepts a word that is evaluative
 * only when it is not attributive — it is not directly followed by a noun, proper noun, number or
 * adjective, unless the next word is a complement marker ("of", "that", "about", "to",
 * "toward(s)"). Accepts "the auditors were [critical] of the board"; rejects "critical condition",
 * "criminal complaint", "clean energy".
 */
final class EvaluativeSense implements ContextRule {

    @Override
    public boolean accepts(TokenSequence tokens, LexiconMatch match) {
        int next = match.last() + 1;
        if (tokens.formIs(next, "of", "that", "about", "to", "toward", "towards")) {
            return true;
        }
        return !tokens.posIs(next, "NOUN", "PROPN", "NUM", "ADJ");
    }
}
