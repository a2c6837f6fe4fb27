package org.evident.annotators.stance;

import org.evident.annotators.lexicon.ContextRule;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * Rule {@code limiting_only} (docs/guidelines/stance.md §8): accepts "only" as a limiting adverb
 * (counter-expectation: "actions [only] occurred after the FBI approached Zoom", "[only] 31
 * percent") — it is not tagged as an adjective, the previous word is not an article, "not", "if",
 * "one" or a possessive ("the only hospital", "its only plant"), and the next word is not
 * "child"/"children".
 */
final class LimitingOnly implements ContextRule {

    @Override
    public boolean accepts(TokenSequence tokens, LexiconMatch match) {
        int only = match.first();
        if (tokens.posIs(only, "ADJ")) {
            return false;
        }
        if (tokens.formIs(only - 1, "the", "a", "an", "not", "if", "one", "my", "your", "his", "her", "its", "our",
                "their", "whose") || only > 0 && isPossessive(tokens.form(only - 1))) {
            return false;
        }
        return !tokens.formIs(match.last() + 1, "child", "children");
    }

    /** "'s", "company's", "companies'" (the tokenizer may keep the possessive on its noun). */
    private static boolean isPossessive(String form) {
        return form.endsWith("'s") || form.endsWith("'");
    }
}
