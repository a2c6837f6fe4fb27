package org.evident.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.evident.exporters.spans.Span;

/**
 * Matches predicted spans to gold spans one-to-one: every candidate pair that matches in the
 * chosen {@link MatchMode} is ranked — pairs with identical offsets first, then by the number of
 * characters the two share (most first), then by their combined length (tightest first), then by
 * gold and prediction position — and pairs are taken greedily while neither side is used yet. So a
 * gold span is found by at most one prediction, a duplicate prediction is a false positive, with
 * nested gold spans a prediction finds the one it equals, and with overlap matching a long
 * prediction covering two gold spans finds only one of them.
 */
public final class SpanMatcher {
    private record Candidate(int gold, int predicted, boolean identical, int shared, int combinedLength) {
    }

    private SpanMatcher() {
    }

    /** Matches the predictions to the gold spans of one document. */
    public static Matching match(List<Span> gold, List<Span> predicted, MatchMode mode) {
        List<Span> sortedPredictions = new ArrayList<>(predicted);
        sortedPredictions.sort(Comparator.comparingInt(Span::begin));
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            Span goldSpan = gold.get(g);
            for (int p = 0; p < sortedPredictions.size(); p++) {
                Span prediction = sortedPredictions.get(p);
                if (prediction.begin() > goldSpan.end()) {
                    break;
                }
                if (mode.matches(goldSpan, prediction)) {
                    candidates.add(new Candidate(g, p, MatchMode.EXACT.matches(goldSpan, prediction),
                            MatchMode.overlap(goldSpan, prediction), length(goldSpan) + length(prediction)));
                }
            }
        }
        candidates.sort(Comparator.comparing(Candidate::identical).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::shared).reversed())
                .thenComparingInt(Candidate::combinedLength)
                .thenComparingInt(Candidate::gold).thenComparingInt(Candidate::predicted));
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] predictionUsed = new boolean[sortedPredictions.size()];
        List<Matching.Pair> pairs = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (!goldUsed[candidate.gold()] && !predictionUsed[candidate.predicted()]) {
                goldUsed[candidate.gold()] = true;
                predictionUsed[candidate.predicted()] = true;
                pairs.add(new Matching.Pair(gold.get(candidate.gold()), sortedPredictions.get(candidate.predicted())));
            }
        }
        List<Span> falseNegatives = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            if (!goldUsed[g]) {
                falseNegatives.add(gold.get(g));
            }
        }
        List<Span> falsePositives = new ArrayList<>();
        for (int p = 0; p < sortedPredictions.size(); p++) {
            if (!predictionUsed[p]) {
                falsePositives.add(sortedPredictions.get(p));
            }
        }
        return new Matching(pairs, falsePositives, falseNegatives);
    }

    private static int length(Span span) {
        return span.end() - span.begin();
    }
}
