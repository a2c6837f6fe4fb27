package org.evident.annotators.stance;

import org.evident.annotators.lexicon.ContextRule;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * Rule {@code participial_adjective} (docs/guidelines/stance.md §8): accepts an -ing or -ed word
 * that is evaluative as an adjective ("convincing", "moving", "assured", "measured") unless it is a
 * verb with an object or complement: tagged as a verb and followed by a determiner, pronoun, noun,
 * number, adjective, preposition or "to" ("convincing voters", "moving to London", "assured them",
 * "measured the distance"). The tagger often calls predicative participial adjectives verbs ("the
 * film is deeply [moving]"), so a verb tag alone does not reject.
 */
final class ParticipialAdjective implements ContextRule {

    @Override
    public boolean accepts(TokenSequence tokens, LexiconMatch match) {
        if (!tokens.posIs(match.head(), "VERB")) {
            return true;
        }
        return !tokens.posIs(match.last() + 1, "DET", "PRON", "NOUN", "PROPN", "NUM", "ADJ", "ADP", "PART");
    }
}
