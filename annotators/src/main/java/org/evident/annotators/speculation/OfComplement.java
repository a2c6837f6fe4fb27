package org.evident.annotators.speculation;

import org.evident.annotators.lexicon.ContextRule;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * {@code of_complement}: accepts an adjective or participle only when its of-phrase follows
 * directly ("was accused of fraud", "a pattern suggestive of laundering", "delays indicative of
 * deeper problems"). Without it the word is a plain modifier or a verb with its own object
 * ("the accused", "Police accused him").
 */
final class OfComplement implements ContextRule {
    static final String NAME = "of_complement";

    @Override
    public boolean accepts(TokenSequence tokens, LexiconMatch match) {
        return tokens.formIs(Grammar.skipAdverbs(tokens, match.last() + 1), "of");
    }
}
