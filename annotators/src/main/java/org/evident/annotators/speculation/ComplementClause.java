package org.evident.annotators.speculation;

import java.util.Set;

import org.evident.annotators.lexicon.ContextRule;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * {@code complement_clause}: accepts a belief, inference, fear or expectation verb only when it
 * governs a proposition: a that-clause, a bare finite clause ("believe the group is based
 * abroad"), a to-infinitive directly or in the passive ("is believed to be"), an object + "to
 * be/to have", an embedded question, "so"/"not" as a clause substitute ("I think so"), or a
 * parenthetical use ("Zoom, I think, knew"), or the passive, whose subject is the proposition,
 * at the end of its clause or before its agent ("a link was suspected", "is thought of as", "is
 * believed by many"); a passive before a quantity is an approximation ("is estimated at 2,000"). Rejects noun-phrase objects ("believe the story"), attributive
 * participles ("the predicted sequence"),
 * prepositional complements ("think about") and the verb without a complement. A noun (idea,
 * belief, fear) is accepted only before its that-clause ("the idea that the app was spyware").
 */
final class ComplementClause implements ContextRule {
    static final String NAME = "complement_clause";

    private static final Set<String> CLAUSE_SUBSTITUTES = Set.of("so", "not");
    private static final int BARE_CLAUSE_SUBJECT = 5;
    private static final int OBJECT_BEFORE_TO = 4;

    @Override
    public boolean accepts(TokenSequence tokens, LexiconMatch match) {
        int cue = match.last();
        if (Grammar.parenthetical(tokens, match.first(), cue)) {
            return true;
        }
        if (tokens.form(cue).endsWith("ed") && Attributive.modifiesNoun(tokens, match)) {
            return false;
        }
        int next = Grammar.skipAdverbs(tokens, cue + 1);
        if (Grammar.afterBe(tokens, match.head()) && !isNounEntry(match)
                && (Grammar.isClauseEnd(tokens, next) || tokens.formIs(next, "by", "of"))) {
            return true;
        }
        if (next >= tokens.size()) {
            return false;
        }
        String form = tokens.form(next);
        if (form.equals("that")) {
            return !tokens.posIs(next, "DET") && !Grammar.isClauseEnd(tokens, next + 1);
        }
        if (isNounEntry(match)) {
            return false;
        }
        if (form.equals("whether") || form.equals("if") || Grammar.WH_WORDS.contains(form) && !tokens.posIs(next, "DET")) {
            return true;
        }
        if (CLAUSE_SUBSTITUTES.contains(form) && Grammar.isClauseEnd(tokens, next + 1)) {
            return true;
        }
        if (Grammar.toInfinitiveAfter(tokens, cue) || objectAndInfinitive(tokens, next)) {
            return true;
        }
        return Grammar.opensClauseWithSubject(tokens, next, BARE_CLAUSE_SUBJECT);
    }

    /** An entry for nouns only (its pos column allows NOUN and no verb tag). */
    private static boolean isNounEntry(LexiconMatch match) {
        Set<String> pos = match.entry().pos();
        return pos.contains("NOUN") && !pos.contains("VERB");
    }

    private static boolean objectAndInfinitive(TokenSequence tokens, int start) {
        for (int k = start; k < tokens.size() && k < start + OBJECT_BEFORE_TO; k++) {
            if (tokens.formIs(k, "to")) {
                return k > start && tokens.formIs(k + 1, "be", "have");
            }
            if (Grammar.isClauseEnd(tokens, k) || Grammar.isVerbal(tokens, k)) {
                return false;
            }
        }
        return false;
    }
}
