package org.evident.annotators.speculation;

import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * When a terminator token ends a scope. A terminator names its tokens in the scope rules file and
 * one of these conditions, which looks at the context of the token and of the cue.
 */
enum TerminatorCondition {
    /** The token always ends the scope (";"). */
    ALWAYS {
        @Override
        boolean holds(TokenSequence tokens, int at, LexiconMatch cue, int[] partners) {
            return true;
        }
    },
    /**
     * The token opens a new clause: a subject and a finite verb, or a complementiser, follow ("but
     * critics doubt it", "and that the talks failed").
     */
    NEW_CLAUSE {
        @Override
        boolean holds(TokenSequence tokens, int at, LexiconMatch cue, int[] partners) {
            int next = skipCommaAndAdverbs(tokens, at + 1);
            return tokens.formIs(next, "that", "whether") || Grammar.opensClauseWithSubject(tokens, next, SUBJECT_WINDOW);
        }
    },
    /**
     * The token is followed by a finite verb with no subject of its own: a new predicate of the
     * cue's clause ("… in 2021 and has offices"). A bare verb continues the verb phrase of a modal
     * ("may bind and activate"), and an -ed form counts only before its object ("and activated
     * the …"), not as a participle ("enriched for … or depleted of …", "and altered MR status").
     */
    NEW_PREDICATE {
        @Override
        boolean holds(TokenSequence tokens, int at, LexiconMatch cue, int[] partners) {
            int next = skipCommaAndAdverbs(tokens, at + 1);
            if (tokens.formIs(next, "not", "n't") || !Grammar.isFiniteVerb(tokens, next, false)) {
                return false;
            }
            return !tokens.form(next).endsWith("ed") || tokens.posIs(next + 1, "DET", "PRON", "NUM");
        }
    },
    /** A comma that closes the relative clause the cue sits in ("These findings, which may be chronic, include …"). */
    CLOSES_RELATIVE {
        @Override
        boolean holds(TokenSequence tokens, int at, LexiconMatch cue, int[] partners) {
            for (int k = cue.first() - 1; k > 0; k--) {
                if (tokens.formIs(k, ",")) {
                    return tokens.formIs(k + 1, "which", "who", "whom", "whose");
                }
            }
            return false;
        }
    },
    /** A closing bracket or quotation mark whose opening mark lies before the cue. */
    UNMATCHED {
        @Override
        boolean holds(TokenSequence tokens, int at, LexiconMatch cue, int[] partners) {
            return partners[at] >= 0 && partners[at] < cue.first();
        }
    };

    private static final int SUBJECT_WINDOW = 8;

    /**
     * True when the terminator token at {@code at} ends the scope of {@code cue}.
     *
     * @param partners the bracket pairs of the sentence ({@link Brackets#partners})
     */
    abstract boolean holds(TokenSequence tokens, int at, LexiconMatch cue, int[] partners);

    private static int skipCommaAndAdverbs(TokenSequence tokens, int i) {
        int k = i;
        while (k < tokens.size() && (tokens.formIs(k, ",") || Grammar.isAdverb(tokens, k) && !tokens.formIs(k, "not", "n't"))) {
            k++;
        }
        return k;
    }
}
