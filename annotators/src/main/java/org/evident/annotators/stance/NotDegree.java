package org.evident.annotators.stance;

import java.util.Set;

import org.evident.annotators.lexicon.ContextRule;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * Rule {@code not_degree} (docs/guidelines/stance.md §8): rejects "really", "truly", "absolutely"
 * where they grade a word instead of insisting on the proposition — before an adjective, adverb,
 * determiner or number ("[really] nice", "absolutely no guarantee"), before a form of "be" ("better
 * than they really are": in reality) and at the end of a clause. Before an attitude word they are
 * intensifiers and become part of its span (§7). Accepts "the council has [truly] listened".
 */
final class NotDegree implements ContextRule {
    private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re");
    private static final Set<String> CLAUSE_ENDS = Set.of(".", ";", "!", "?");

    @Override
    public boolean accepts(TokenSequence tokens, LexiconMatch match) {
        int next = match.last() + 1;
        if (next >= tokens.size() || CLAUSE_ENDS.contains(tokens.form(next)) || BE.contains(tokens.form(next))) {
            return false;
        }
        return !tokens.posIs(next, "ADJ", "ADV", "DET", "NUM");
    }
}
