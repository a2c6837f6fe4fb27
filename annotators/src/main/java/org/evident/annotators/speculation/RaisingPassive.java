package org.evident.annotators.speculation;

import org.evident.annotators.lexicon.ContextRule;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * {@code raising_passive}: accepts a reporting or cognition verb only in the sourceless passive
 * that presents hearsay or a common belief: a form of "be" before it and a to-infinitive after it
 * ("is said to be", "were reported to have fled"), or the extraposed "it is/has been … that" ("it
 * is said that"). The same verbs with a source ("the minister said") belong to attribution.
 */
final class RaisingPassive implements ContextRule {
    static final String NAME = "raising_passive";

    @Override
    public boolean accepts(TokenSequence tokens, LexiconMatch match) {
        int verb = match.head();
        if (!Grammar.afterBe(tokens, verb)) {
            return false;
        }
        if (Grammar.toInfinitiveAfter(tokens, match.last())) {
            return true;
        }
        return tokens.formIs(Grammar.skipAdverbs(tokens, match.last() + 1), "that") && expletiveSubject(tokens, verb);
    }

    /** "it" before the verb group of {@code verb} ("it is said", "it has been alleged"). */
    private static boolean expletiveSubject(TokenSequence tokens, int verb) {
        int k = verb - 1;
        while (k >= 0 && (Grammar.isAdverb(tokens, k) || Grammar.BE.contains(tokens.form(k))
                || Grammar.HAVE.contains(tokens.form(k)) || Grammar.MODALS.contains(tokens.form(k)))) {
            k--;
        }
        return tokens.formIs(k, "it");
    }
}
