package org.evident.annotators.stance;

import java.util.Set;

import org.evident.annotators.lexicon.ContextRule;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * Rule {@code not_comparative} (docs/guidelines/stance.md §8): rejects scalar "even" that
 * intensifies a comparative ("even more important", "even better", "even harder"): it raises a
 * degree and counters no expectation. Accepts "[even] the newest sea walls".
 */
final class NotComparative implements ContextRule {
    private static final Set<String> COMPARATIVES = Set.of("more", "less", "fewer", "better", "worse", "further",
            "farther", "so");

    @Override
    public boolean accepts(TokenSequence tokens, LexiconMatch match) {
        int next = match.last() + 1;
        if (next >= tokens.size()) {
            return true;
        }
        String form = tokens.form(next);
        if (COMPARATIVES.contains(form)) {
            return false;
        }
        return !(tokens.posIs(next, "ADJ", "ADV") && form.length() > 4 && form.endsWith("er"));
    }
}
