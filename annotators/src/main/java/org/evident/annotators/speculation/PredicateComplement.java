package org.evident.annotators.speculation;

import java.util.Set;

import org.evident.annotators.lexicon.ContextRule;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * {@code predicate_complement}: accepts a verb of judgement (consider, deem) only with the
 * predicate that states the judgement: "as" or "to be" ("considered as", "considered to be"), a
 * that-clause, a predicate right after the passive or a participle with no subject of its own ("is
 * considered one of the best", "was deemed unsafe", "widely considered a classic", also after a
 * relative object: "what they consider a failure"), or an object followed by
 * its predicate ("some consider Emeryville an exclave", "deem it necessary", "considered themselves
 * Jews"). Rejects the sense "think about, take into account" ("consider the proposal",
 * "should be considered.", "considered for the post", "considering buying").
 */
final class PredicateComplement implements ContextRule {
    static final String NAME = "predicate_complement";

    private static final int OBJECT_WINDOW = 5;
    private static final int MOVED_OBJECT_WINDOW = 3;
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their", "our", "my", "your");
    /** Words tagged as adjectives or determiners that start a time adverbial, not a predicate ("next week"). */
    private static final Set<String> TIME_WORDS = Set.of("next", "last", "this", "that", "every", "each", "previous",
            "following", "same", "early", "late", "later");

    @Override
    public boolean accepts(TokenSequence tokens, LexiconMatch match) {
        int next = Grammar.skipAdverbs(tokens, match.last() + 1);
        while (next < tokens.size() && Brackets.isOpener(tokens, next)) {
            next++;
        }
        if (next >= tokens.size() || tokens.form(next).endsWith("ing")) {
            return false;
        }
        if (introducesPredicate(tokens, next)) {
            return true;
        }
        if (passiveParticiple(tokens, match.head()) || objectMovedBefore(tokens, match.first())) {
            return isPredicate(tokens, next);
        }
        return objectThenPredicate(tokens, next);
    }

    /** "was considered", "widely considered a …", "…, considered one of …": a participle with no subject of its own. */
    private static boolean passiveParticiple(TokenSequence tokens, int verb) {
        if (Grammar.afterBe(tokens, verb)) {
            return true;
        }
        int before = Grammar.skipAdverbsBackward(tokens, verb - 1);
        return tokens.form(verb).endsWith("ed") && (before < 0 || !Grammar.HAVE.contains(tokens.form(before))
                && !tokens.posIs(before, "NOUN", "PROPN", "PRON"));
    }

    /** "what they consider a …": the object is a relative or question word before the subject. */
    private static boolean objectMovedBefore(TokenSequence tokens, int verb) {
        for (int k = Math.max(0, verb - MOVED_OBJECT_WINDOW); k < verb; k++) {
            if (tokens.formIs(k, "what", "which", "whom")) {
                return true;
            }
        }
        return false;
    }

    private static boolean introducesPredicate(TokenSequence tokens, int i) {
        return tokens.formIs(i, "as") && !tokens.formIs(i + 1, "well", "soon", "long", "far", "much", "many")
                || tokens.formIs(i, "to") && tokens.formIs(i + 1, "be", "have")
                || tokens.formIs(i, "that") && !tokens.posIs(i, "DET");
    }

    private static boolean isPredicate(TokenSequence tokens, int i) {
        return tokens.posIs(i, "ADJ", "DET", "NOUN", "NUM", "PROPN") || tokens.formIs(i, "one", "among", "by")
                || POSSESSIVES.contains(tokens.form(i))
                || tokens.posIs(i, "VERB") && tokens.form(i).endsWith("ed");
    }

    /** A short object noun phrase followed by "as", "to be", an adjective or a second noun phrase. */
    private static boolean objectThenPredicate(TokenSequence tokens, int start) {
        if (!tokens.posIs(start, "DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM")) {
            return false;
        }
        for (int k = start + 1; k < tokens.size() && k <= start + OBJECT_WINDOW; k++) {
            if (introducesPredicate(tokens, k)) {
                return true;
            }
            boolean objectEnds = tokens.posIs(k - 1, "NOUN", "PROPN", "PRON")
                    || tokens.posIs(k - 1, "ADJ") && tokens.posIs(k - 2, "DET");
            if (objectEnds && tokens.posIs(k, "DET", "ADJ") && !TIME_WORDS.contains(tokens.form(k))
                    || tokens.posIs(k - 1, "PRON") && tokens.posIs(k, "NOUN", "PROPN", "NUM")) {
                return true;
            }
            if (Grammar.isClauseEnd(tokens, k) || tokens.posIs(k, "ADP", "VERB", "AUX", "SCONJ", "CCONJ")) {
                return false;
            }
        }
        return false;
    }
}
