package org.evident.annotators.stance;

import org.evident.annotators.lexicon.ContextRule;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * Rule {@code sentence_initial} (docs/guidelines/stance.md §8): accepts a cue that starts a
 * sentence or clause — only opening quotes or brackets precede it in the sentence, or it follows
 * a semicolon, colon, dash or opening quote or bracket, or the complementiser "that" ("believing
 * that [while] a small republic might be torn apart …"), or it follows a clause-initial "and",
 * "but", "or", "so" or "yet" that itself starts the sentence or follows a comma or one of those
 * marks. "[Still], the bank kept rates unchanged"; "And [while] it is true …".
 */
final class SentenceInitial implements ContextRule {

    @Override
    public boolean accepts(TokenSequence tokens, LexiconMatch match) {
        int before = skipOpenings(tokens, match.first() - 1);
        if (before < 0 || Punctuation.isClauseMark(tokens, before) || tokens.formIs(before, "that")
                && tokens.posIs(before, "SCONJ")) {
            return true;
        }
        if (tokens.formIs(before, "and", "but", "or", "so", "yet")) {
            int beforeCoordinator = skipOpenings(tokens, before - 1);
            return beforeCoordinator < 0 || Punctuation.isClauseMark(tokens, beforeCoordinator)
                    || tokens.formIs(beforeCoordinator, ",");
        }
        return false;
    }

    /** The index of the last token at or before {@code i} that is not an opening quote or bracket. */
    private static int skipOpenings(TokenSequence tokens, int i) {
        int j = i;
        while (j >= 0 && Punctuation.isOpening(tokens, j)) {
            j--;
        }
        return j;
    }
}
