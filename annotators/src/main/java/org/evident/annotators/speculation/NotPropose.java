package org.evident.annotators.speculation;

import java.util.Set;

import org.evident.annotators.lexicon.ContextRule;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * {@code not_propose}: rejects "suggest" and "propose" in the sense "put forward a plan": an
 * attributive participle ("the proposed merger"), a gerund object ("suggested meeting"), a
 * mandative that-clause ("suggested that he resign", "that the board should vote"), or a noun-phrase
 * object after a personal subject ("She suggested a compromise") unless the object is a
 * proposition-like noun ("We propose a model …", "suggested the possibility").
 */
final class NotPropose implements ContextRule {
    static final String NAME = "not_propose";

    private static final Set<String> PERSONAL_SUBJECTS = Set.of("i", "we", "you", "he", "she", "they");
    private static final Set<String> PROPOSITION_NOUNS = Set.of("possibility", "possibilities", "likelihood",
            "model", "models", "mechanism", "mechanisms", "hypothesis", "explanation", "scenario", "theory",
            "interpretation", "link", "connection", "role");
    private static final int CLAUSE_WINDOW = 7;
    private static final int NP_WINDOW = 4;

    @Override
    public boolean accepts(TokenSequence tokens, LexiconMatch match) {
        int verb = match.head();
        int next = Grammar.skipAdverbs(tokens, match.last() + 1);
        if (attributiveParticiple(tokens, verb)) {
            return false;
        }
        if (next < tokens.size() && tokens.form(next).endsWith("ing") && tokens.posIs(next, "VERB", "NOUN")) {
            return false;
        }
        if (tokens.formIs(next, "that")) {
            return !mandative(tokens, next);
        }
        if (Grammar.afterBe(tokens, verb) || !startsNounPhrase(tokens, next)) {
            return true;
        }
        return !personalSubject(tokens, verb) || propositionObject(tokens, next);
    }

    private static boolean attributiveParticiple(TokenSequence tokens, int verb) {
        return tokens.form(verb).endsWith("ed") && tokens.posIs(verb - 1, "DET", "ADJ", "PRON")
                && !tokens.formIs(verb - 1, "it", "that", "which", "who") && tokens.posIs(verb + 1, "NOUN", "ADJ", "PROPN");
    }

    /** "that" + subject + "should" or a bare verb after a singular subject: a subjunctive plan. */
    private static boolean mandative(TokenSequence tokens, int that) {
        for (int k = that + 1; k < tokens.size() && k <= that + CLAUSE_WINDOW; k++) {
            if (tokens.formIs(k, "should", "shall", "must")) {
                return true;
            }
            if (Grammar.isVerbal(tokens, k)) {
                return tokens.posIs(k, "VERB") && !Grammar.hasTenseSuffix(tokens.form(k))
                        && !tokens.form(k).endsWith("ing") && singularSubject(tokens, that + 1, k);
            }
        }
        return false;
    }

    private static boolean singularSubject(TokenSequence tokens, int from, int verb) {
        int head = verb - 1;
        if (head < from) {
            return false;
        }
        String form = tokens.form(head);
        if (tokens.formIs(head, "he", "she", "it")) {
            return true;
        }
        return tokens.posIs(head, "NOUN", "PROPN") && !form.endsWith("s");
    }

    private static boolean startsNounPhrase(TokenSequence tokens, int i) {
        return tokens.posIs(i, "DET", "NOUN", "ADJ", "PROPN", "NUM") || tokens.posIs(i, "PRON") && !tokens.formIs(i, "that");
    }

    private static boolean personalSubject(TokenSequence tokens, int verb) {
        int k = verb - 1;
        while (k >= 0 && (Grammar.isAdverb(tokens, k) || Grammar.isFiniteAuxiliary(tokens, k) || tokens.formIs(k, ","))) {
            k--;
        }
        return k >= 0 && (PERSONAL_SUBJECTS.contains(tokens.form(k)) || tokens.posIs(k, "PROPN"));
    }

    private static boolean propositionObject(TokenSequence tokens, int start) {
        for (int k = start; k < tokens.size() && k < start + NP_WINDOW; k++) {
            if (PROPOSITION_NOUNS.contains(tokens.form(k))) {
                return true;
            }
            if (tokens.posIs(k, "NOUN") && !tokens.posIs(k + 1, "NOUN")) {
                return false;
            }
        }
        return false;
    }
}
