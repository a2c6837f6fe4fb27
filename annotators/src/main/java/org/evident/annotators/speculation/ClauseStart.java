package org.evident.annotators.speculation;

import org.evident.annotators.lexicon.TokenSequence;

/**
 * Finds where the clause holding a cue begins, so that a scope can take in the clause's subject
 * (raising and passive constructions, sentence adverbs, predicative adjectives). Scans left from
 * the cue and stops after a clause boundary: ";" or ":", a subordinator or complementiser, a
 * comma or coordinator once a subject has been seen, or the verb of a preceding clause. A
 * relative pronoun opens the clause and is included (BioScope: "(which may be controlled …)"); a
 * comma-delimited insertion between subject and cue is skipped.
 */
final class ClauseStart {
    private ClauseStart() {
    }

    /** The index of the first token of the clause that holds token {@code cue}. */
    static int of(TokenSequence tokens, int cue) {
        boolean subject = false;
        int k = cue - 1;
        while (k >= 0) {
            String form = tokens.form(k);
            if (form.equals(";") || form.equals(":")) {
                return k + 1;
            }
            if (Grammar.RELATIVES.contains(form) || form.equals("that") && tokens.posIs(k, "PRON")) {
                return k;
            }
            if (Grammar.SUBORDINATORS.contains(form) && !tokens.posIs(k, "DET", "PRON", "ADP") && !insideSubject(tokens, k, subject)) {
                return k + 1;
            }
            if (form.equals(",")) {
                if (subject) {
                    return k + 1;
                }
                k = insertionStart(tokens, k);
            } else if (tokens.posIs(k, "CCONJ") && (subject && tokens.formIs(k - 1, ",") || form.equals("but"))) {
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

    /** "that" as a demonstrative inside the subject ("that protein may …") is no complementiser. */
    private static boolean insideSubject(TokenSequence tokens, int k, boolean subject) {
        return tokens.formIs(k, "that") && !subject;
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

    /** A verb that belongs to the clause before the subject: an auxiliary, or a verb that is not a participle after a noun. */
    private static boolean startsPrecedingClause(TokenSequence tokens, int k) {
        if (Grammar.isFiniteAuxiliary(tokens, k)) {
            return true;
        }
        if (!tokens.posIs(k, "VERB") || tokens.form(k).endsWith("ing")) {
            return false;
        }
        return !Grammar.isReducedRelative(tokens, k);
    }
}
