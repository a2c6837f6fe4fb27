package org.evident.evaluation;

import java.util.List;
import java.util.Objects;

import org.evident.exporters.spans.Span;

/**
 * Polarity accuracy of attitude markers: among gold attitude markers with a polarity that a
 * predicted attitude marker found (overlap matching), how many it gave the same polarity.
 *
 * @param matched matched pairs whose gold marker has a polarity
 * @param correct those whose predicted polarity is the same
 */
public record PolarityResult(long matched, long correct) {
    /** No pairs. */
    public static final PolarityResult ZERO = new PolarityResult(0, 0);

    /** correct / matched, or null without matched pairs. */
    public Double accuracy() {
        return matched == 0 ? null : (double) correct / matched;
    }

    /** The sum of two results. */
    public PolarityResult plus(PolarityResult other) {
        return new PolarityResult(matched + other.matched, correct + other.correct);
    }

    /** The result of one document's gold and predicted attitude markers. */
    public static PolarityResult of(List<Span> goldAttitude, List<Span> predictedAttitude) {
        long matched = 0;
        long correct = 0;
        for (Matching.Pair pair : SpanMatcher.match(goldAttitude, predictedAttitude, MatchMode.OVERLAP).matched()) {
            if (pair.gold().polarity() != null) {
                matched++;
                if (Objects.equals(pair.gold().polarity(), pair.predicted().polarity())) {
                    correct++;
                }
            }
        }
        return new PolarityResult(matched, correct);
    }
}
