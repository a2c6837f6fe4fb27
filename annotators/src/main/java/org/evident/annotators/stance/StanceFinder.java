package org.evident.annotators.stance;

import java.util.ArrayList;
import java.util.List;

import org.evident.annotators.lexicon.Lexicon;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;
import org.evident.model.Categories;

/**
 * Finds the stance markers of one sentence in the order of docs/guidelines/stance.md §10: lexicon
 * matches (part of speech, context rules, pseudo-cues, longest match), overlaps with negators,
 * the minimum confidence, widening of attitude markers over intensifiers (dropping the cues a
 * widened span swallows), then negation of attitude markers and boosters.
 */
final class StanceFinder {

    /**
     * A marker found in a sentence.
     *
     * @param match   the lexicon entry's occurrence
     * @param first   the first token of the marker span (before {@code match.first()} when widened)
     * @param last    the last token of the marker span
     * @param negated whether the marker is negated
     */
    record Found(LexiconMatch match, int first, int last, boolean negated) {
    }

    private final Lexicon lexicon;
    private final float minConfidence;

    /**
     * @param lexicon       the stance lexicon
     * @param minConfidence matches of entries below this confidence are left out
     */
    StanceFinder(Lexicon lexicon, float minConfidence) {
        this.lexicon = lexicon;
        this.minConfidence = minConfidence;
    }

    /** The markers of the sentence, in text order. */
    List<Found> find(TokenSequence tokens) {
        List<LexiconMatch> all = lexicon.findAll(tokens);
        List<LexiconMatch> cues = new ArrayList<>(lexicon.select(all));
        if (cues.isEmpty()) {
            return List.of();
        }
        List<LexiconMatch> pseudo = all.stream().filter(m -> m.entry().isPseudo()).toList();
        StanceNegation negation = StanceNegation.resolve(tokens, cues, pseudo);
        cues.removeIf(cue -> cue.entry().confidence() < minConfidence);

        IntensifierWidener widener = cues.stream().anyMatch(StanceFinder::isAttitude) ? new IntensifierWidener(tokens)
                : null;
        int[] starts = new int[cues.size()];
        for (int i = 0; i < cues.size(); i++) {
            LexiconMatch cue = cues.get(i);
            starts[i] = isAttitude(cue) ? widener.widen(cue.first()) : cue.first();
        }
        List<Found> found = new ArrayList<>(cues.size());
        for (int i = 0; i < cues.size(); i++) {
            LexiconMatch cue = cues.get(i);
            if (insideAnotherSpan(i, cues, starts)) {
                continue;
            }
            boolean negatable = !Categories.COUNTER.equals(cue.entry().category());
            found.add(new Found(cue, starts[i], cue.last(), negatable && negation.isNegated(starts[i], cue.last())));
        }
        return found;
    }

    private static boolean isAttitude(LexiconMatch cue) {
        return Categories.ATTITUDE.equals(cue.entry().category());
    }

    /** True when cue {@code i} lies inside the widened span of another cue. */
    private static boolean insideAnotherSpan(int i, List<LexiconMatch> cues, int[] starts) {
        LexiconMatch cue = cues.get(i);
        for (int j = 0; j < cues.size(); j++) {
            if (j != i && starts[j] <= cue.first() && cue.last() <= cues.get(j).last()) {
                return true;
            }
        }
        return false;
    }
}
