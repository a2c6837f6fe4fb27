package org.evident.annotators.stance;

import org.evident.annotators.lexicon.ContextRule;
import org.evident.annotators.lexicon.Inflector;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * Rule {@code epistemic_must} (docs/guidelines/stance.md §8): accepts "must have" / "must 've"
 * followed by a past participle ("the pilots [must have] seen the light": a confident inference)
 * and "must be" followed by an adjective or a progressive -ing verb ("[must be] aware", "[must
 * be] joking"), but not by a past participle (a passive is deontic: "must be resisted") nor by
 * "able". A past participle is a verb form listed in {@code en/inflections.tsv} or a verb ending
 * in -ed or -en (an adjective in -ed counts too: the tagger often calls "involved", "obtained"
 * adjectives).
 */
final class EpistemicMust implements ContextRule {
    private final Inflector inflector = Inflector.english();

    @Override
    public boolean accepts(TokenSequence tokens, LexiconMatch match) {
        int next = match.last() + 1;
        if (next >= tokens.size()) {
            return false;
        }
        if (tokens.formIs(match.last(), "be")) {
            if (tokens.formIs(next, "able") || isParticiple(tokens, next)) {
                return false;
            }
            return tokens.posIs(next, "ADJ")
                    || tokens.posIs(next, "VERB", "AUX") && tokens.form(next).endsWith("ing");
        }
        return isParticiple(tokens, next);
    }

    private boolean isParticiple(TokenSequence tokens, int i) {
        String form = tokens.form(i);
        if (form.endsWith("ing")) {
            return false;
        }
        if (inflector.isListedVerbForm(form)) {
            return true;
        }
        if (tokens.posIs(i, "ADJ")) {
            return form.endsWith("ed");
        }
        return tokens.posIs(i, "VERB", "AUX") && (form.endsWith("ed") || form.endsWith("en"));
    }
}
