package org.evident.annotators.stance;

import org.evident.annotators.lexicon.ContextRule;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * Rule {@code participial_adjective} (docs/guidelines/stance.md §8): accepts an -ing or -ed word
 * that is evaluative as an adjective ("convincing", "moving", "assured", "measured") unless it is a
 * verb with an object or complement: tagged as a verb, not after a determiner, and followed by a
 * determiner, pronoun, noun, number, adjective, "to" or a preposition of direction or
 * accompaniment ("convincing voters", "moving to London", "engaging with", "assured them",
 * "measured the distance"; but "a measured/VERB response"). The tagger often calls predicative participial adjectives verbs ("the
 * film is deeply [moving]"), so a verb tag alone does not reject.
 */
final class ParticipialAdjective implements ContextRule {
    /** Prepositions that complement verbs of motion and action ("moving to", "engaging with"). */
    private static final String[] DIRECTIONS = {"to", "into", "from", "towards", "toward", "through", "across", "out",
        "up", "down", "in", "on", "at", "off", "with", "over", "around", "away", "back"};

    @Override
    public boolean accepts(TokenSequence tokens, LexiconMatch match) {
        if (!tokens.posIs(match.head(), "VERB") || tokens.posIs(match.first() - 1, "DET")) {
            return true;
        }
        int next = match.last() + 1;
        return !tokens.posIs(next, "DET", "PRON", "NOUN", "PROPN", "NUM", "ADJ", "PART")
                && !tokens.formIs(next, DIRECTIONS);
    }
}
