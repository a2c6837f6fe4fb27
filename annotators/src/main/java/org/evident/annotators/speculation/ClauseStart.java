package org.evident.annotators.speculation;

import java.util.Set;

import org.evident.annotators.lexicon.TokenSequence;

/**
 * Finds where the clause holding a cue begins, so that a scope can take in the clause's subject
 * (raising and passive constructions, sentence adverbs, predicative adjectives). Scans left from
 * the cue and stops after a clause boundary: ";" or ":", a subordinator, complementiser or
 * question word ("discuss how (these factors may be involved …)"), a
 * comma or coordinator once a subject has been seen, a coordinator before any subject (a
 * subjectless coordinated predicate: "…, and (is thus likely to …)"), or the verb of a preceding
 * clause. A relative pronoun opens the clause and is included (BioScope: "(which may be controlled
 * …)"); a comma-delimited insertion between subject and cue is skipped. An expletive subject
 * ("it is likely that …", "there is no evidence …") is no part of the proposition: the clause then
 * starts at the cue.
 */
final class ClauseStart {
    private static final Set<String> EXPLETIVES = Set.of("it", "there");
    private static final Set<String> EMBEDDED_QUESTION_WORDS = Set.of("how", "why", "what", "whereby");
    private static final Set<String> COORDINATORS = Set.of("and", "or", "but", "nor");

    private ClauseStart() {
    }

    /** The index of the first token of the clause that holds token {@code cue}. */
    static int of(TokenSequence tokens, int cue) {
        int start = scan(tokens, cue);
        return expletiveBefore(tokens, start, cue) ? cue : start;
    }

    private static int scan(TokenSequence tokens, int cue) {
        boolean subject = false;
        int k = cue - 1;
        while (k >= 0) {
            String form = tokens.form(k);
            if (form.equals(";") || form.equals(":")) {
                return k + 1;
            }
            if (Grammar.RELATIVES.contains(form) || form.equals("that") && (tokens.posIs(k, "PRON") || !subject)) {
                return k;
            }
            if (Grammar.SUBORDINATORS.contains(form) && !tokens.posIs(k, "DET", "PRON", "ADP")
                    || EMBEDDED_QUESTION_WORDS.contains(form)) {
                return k + 1;
            }
            if (form.equals(",")) {
                if (subject) {
                    return k + 1;
                }
                k = insertionStart(tokens, k);
            } else if (COORDINATORS.contains(form) && (!subject || tokens.formIs(k - 1, ",") || form.equals("but"))) {
                return k + 1;
            } else if (subject && startsPrecedingClause(tokens, k)) {
                return k + 1;
            } else if (Grammar.isNominal(tokens, k)) {
                subject = true;
            }
            k--;
        }
        return 0;
    }

    /** "it is (likely that …)": only an expletive, auxiliaries and adverbs stand between start and cue. */
    private static boolean expletiveBefore(TokenSequence tokens, int start, int cue) {
        if (start >= cue || !EXPLETIVES.contains(tokens.form(start))) {
            return false;
        }
        for (int k = start + 1; k < cue; k++) {
            if (!Grammar.isVerbal(tokens, k) && !Grammar.isAdverb(tokens, k)) {
                return false;
            }
        }
        return true;
    }

    /** The comma that opens an insertion closed by {@code comma}, or {@code comma} itself when there is none. */
    private static int insertionStart(TokenSequence tokens, int comma) {
        for (int k = comma - 1; k >= 0; k--) {
            if (tokens.formIs(k, ",")) {
                return k;
            }
            if (tokens.formIs(k, ";", ":")) {
                return comma;
            }
        }
        return comma;
    }

    /**
     * A verb of the clause before the subject: an auxiliary, or a verb that shows tense or takes
     * the following words as its object ("we show the …", "suggests c-myb is …"), not a
     * participle modifying a noun ("genes involved in …", "the enhanced initiation") nor a noun the
     * tagger took for a verb ("the ankyrin repeat domain").
     */
    private static boolean startsPrecedingClause(TokenSequence tokens, int k) {
        if (Grammar.isFiniteAuxiliary(tokens, k)) {
            return true;
        }
        if (!tokens.posIs(k, "VERB") || tokens.form(k).endsWith("ing") || Grammar.isReducedRelative(tokens, k)
                || attributiveParticiple(tokens, k)) {
            return false;
        }
        return Grammar.hasTenseSuffix(tokens.form(k)) || tokens.posIs(k + 1, "DET", "PRON", "PROPN", "NUM", "ADJ");
    }

    /** "The enhanced initiation …", "Naturally processed forms …": a participle before its noun. */
    private static boolean attributiveParticiple(TokenSequence tokens, int k) {
        int before = Grammar.skipAdverbsBackward(tokens, k - 1);
        return tokens.posIs(k + 1, "NOUN", "PROPN", "ADJ")
                && (before < 0 || tokens.posIs(before, "DET", "ADJ", "NUM", "PUNCT") || tokens.formIs(before, "his", "her", "its", "their", "our", "my", "your"));
    }
}
