package org.evident.annotators.speculation;

import java.util.Set;

import org.evident.annotators.lexicon.ContextRule;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * {@code not_show_up}: rejects "appear" meaning "show up, be published": before a preposition other
 * than "to" + verb, "like" and "as if/though" ("appeared in court"), before "as" + noun phrase
 * ("appeared as a guest"), before a time or frequency adverb or a participle ("appear wearing
 * crowns"), or at the end of its clause ("a rash appeared."). Accepts a to-infinitive, "that",
 * "like", "as if", an adjective or noun-phrase predicate ("appears healthy") and the parenthetical
 * "…, it appears, …".
 */
final class NotShowUp implements ContextRule {
    static final String NAME = "not_show_up";

    private static final Set<String> TIME_ADVERBS = Set.of("regularly", "weekly", "daily", "monthly", "often",
            "frequently", "again", "once", "twice", "first", "briefly", "yesterday", "today", "tonight", "later",
            "soon", "occasionally", "together", "alongside", "onstage", "live", "online",
            "shortly", "suddenly", "recently", "only", "nightly", "annually", "last", "next", "every", "each");

    @Override
    public boolean accepts(TokenSequence tokens, LexiconMatch match) {
        int verb = match.last();
        int after = verb + 1;
        if (tokens.formIs(verb - 1, "it") && Grammar.isClauseEnd(tokens, after)) {
            return true;
        }
        if (after < tokens.size() && TIME_ADVERBS.contains(tokens.form(after))) {
            return false;
        }
        int next = Grammar.skipAdverbs(tokens, after);
        if (Grammar.isClauseEnd(tokens, next) || tokens.posIs(next, "CCONJ")
                || tokens.posIs(next, "VERB") && tokens.form(next).endsWith("ing")) {
            return false;
        }
        if (tokens.formIs(next, "to")) {
            return Grammar.toInfinitiveAfter(tokens, next - 1);
        }
        if (tokens.formIs(next, "that", "like")) {
            return true;
        }
        if (tokens.formIs(next, "as")) {
            return tokens.formIs(next + 1, "if", "though");
        }
        return !tokens.posIs(next, "ADP") && !(next < tokens.size() && TIME_ADVERBS.contains(tokens.form(next)));
    }
}
