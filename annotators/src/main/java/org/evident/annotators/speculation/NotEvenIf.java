package org.evident.annotators.speculation;

import org.evident.annotators.lexicon.ContextRule;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * {@code not_even_if}: rejects concessive, comparative and restrictive "if" ("even if", "as if",
 * "only if"), whose main clause is asserted whatever the condition, and "if" inside a hyphenated
 * compound ("an if-it-bleeds-it-leads approach").
 */
final class NotEvenIf implements ContextRule {
    static final String NAME = "not_even_if";

    @Override
    public boolean accepts(TokenSequence tokens, LexiconMatch match) {
        return !tokens.formIs(match.first() - 1, "even", "as", "only") && !tokens.formIs(match.last() + 1, "-");
    }
}
