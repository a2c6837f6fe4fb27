package org.evident.annotators.attribution;

import org.evident.annotators.lexicon.ContextRule;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * Context rule {@code not_noun_compound}: a noun cue does not count when a common noun in front of
 * it makes it a compound ("insurance claims", "credit report"), unless that noun names where the
 * report comes from ("media reports", "police statements"), or when a classifying adjective makes
 * it a document noun ("annual reports", "financial statements"). Proper-noun and possessive
 * modifiers are sources, not compounds ("Zoom's claim"). The word classes come from
 * {@code en/attribution-words.tsv} ({@code source_modifier}, {@code classifier}).
 */
final class NotNounCompound implements ContextRule {
    /** The rule's name in the lexicon's {@code rules} column. */
    static final String NAME = "not_noun_compound";

    private final AttributionWords words;

    NotNounCompound(AttributionWords words) {
        this.words = words;
    }

    @Override
    public boolean accepts(TokenSequence tokens, LexiconMatch match) {
        int before = match.first() - 1;
        if (!WordClass.exists(tokens, before)) {
            return true;
        }
        String form = tokens.form(before);
        if (words.is(form, AttributionWords.CLASSIFIER)) {
            return false;
        }
        boolean commonNoun = WordClass.tag(tokens, before, "NOUN") && WordClass.fusedPossessive(tokens, before) == 0;
        return !commonNoun || words.is(form, AttributionWords.SOURCE_MODIFIER);
    }
}
