package org.evident.annotators.attribution;

import org.evident.annotators.lexicon.ContextRule;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * Context rule {@code needs_content}: the cue counts only when it has a content of a type the
 * guidelines list (§3.3.2) — a clause with or without "that", a wh-clause, a (noun phrase and)
 * to-infinitive, an -ing clause, a quotation — or stands in a reporting clause after or inside its
 * content ("…, X said"; "…, said X"; "“…,” she said"). A plain noun-phrase object is no content
 * ("told a story", "revealed the results"). A noun cue's content must follow the noun, and a
 * passive cue takes a to-infinitive only for addressee and directive verbs ("Staff were told to",
 * but not the raising "is said to be").
 */
final class NeedsContent implements ContextRule {
    /** The rule's name in the lexicon's {@code rules} column. */
    static final String NAME = "needs_content";

    private final AttributionWords words;
    private final CueGroupFinder groups;
    private final ContentFinder contents;

    NeedsContent(AttributionWords words) {
        this.words = words;
        this.groups = new CueGroupFinder(words);
        this.contents = new ContentFinder(words);
    }

    @Override
    public boolean accepts(TokenSequence tokens, LexiconMatch match) {
        CueGroup group = groups.shape(tokens, match);
        return switch (group.kind()) {
            case NOUN -> contents.afterNoun(tokens, group) != null;
            case PREPOSITION -> true;
            default -> contents.forward(tokens, group) != null
                    || ReportingClause.find(tokens, group, words, new boolean[tokens.size()]) != null;
        };
    }
}
