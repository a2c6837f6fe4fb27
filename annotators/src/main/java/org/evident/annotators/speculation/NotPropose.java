package org.evident.annotators.speculation;

import java.util.Set;

import org.evident.annotators.lexicon.ContextRule;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * {@code not_propose}: rejects the verbs of inference from evidence ("suggest", "propose",
 * "indicate") where a person puts something forward or points at it instead, or where the
 * participle names the evidence: an attributive participle ("the proposed merger"), a participle
 * before its agent ("a change indicated by the incorporation of …"), a gerund object ("suggested meeting"), a mandative
 * that-clause ("suggested that he resign", "that the board should vote"), or a noun-phrase object
 * after a personal subject ("She suggested a compromise", "He indicated the door") unless the
 * object is a proposition-like noun ("We propose a model …", "suggested the possibility"). With
 * evidence as subject a noun-phrase object is an inference ("The data suggest a link"); a bare
 * clause is a proposition whatever the subject ("emails indicate Zoom had rules").
 */
final class NotPropose implements ContextRule {
    static final String NAME = "not_propose";

    private static final Set<String> PERSONAL_SUBJECTS = Set.of("i", "we", "you", "he", "she", "they", "some", "others",
            "many", "several", "someone", "somebody", "one", "critics", "experts", "officials");
    private static final Set<String> PROPOSITION_NOUNS = Set.of("possibility", "possibilities", "likelihood",
            "model", "models", "mechanism", "mechanisms", "hypothesis", "explanation", "scenario", "theory",
            "interpretation", "link", "connection", "role");
    private static final int CLAUSE_WINDOW = 7;
    private static final int NP_WINDOW = 4;
    private static final int BARE_CLAUSE_SUBJECT = 5;

    @Override
    public boolean accepts(TokenSequence tokens, LexiconMatch match) {
        int verb = match.head();
        int next = Grammar.skipAdverbs(tokens, match.last() + 1);
        if (tokens.form(verb).endsWith("ed") && (Attributive.modifiesNoun(tokens, match)
                || tokens.formIs(match.last() + 1, "by") && !Grammar.afterBe(tokens, verb))) {
            return false;
        }
        if (next < tokens.size() && tokens.form(next).endsWith("ing") && tokens.posIs(next, "VERB", "NOUN")) {
            return false;
        }
        if (tokens.formIs(next, "that")) {
            return !mandative(tokens, next);
        }
        if (Grammar.afterBe(tokens, verb) || !startsNounPhrase(tokens, next)
                || Grammar.opensClauseWithSubject(tokens, next, BARE_CLAUSE_SUBJECT)) {
            return true;
        }
        return !personalSubject(tokens, verb) || propositionObject(tokens, next);
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

    /** A person as subject: a personal pronoun, a quantifier standing for people, or a name; a comma before the verb marks a participial clause with no subject of its own. */
    private static boolean personalSubject(TokenSequence tokens, int verb) {
        int k = verb - 1;
        while (k >= 0 && (Grammar.isAdverb(tokens, k) || Grammar.isFiniteAuxiliary(tokens, k)
                || Grammar.HAVE.contains(tokens.form(k)))) {
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
