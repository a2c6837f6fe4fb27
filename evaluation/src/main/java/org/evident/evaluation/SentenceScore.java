package org.evident.evaluation;

import java.util.List;

import org.evident.exporters.read.annotated.TextRange;
import org.evident.exporters.spans.Span;

/**
 * CoNLL-2010 Shared Task 1 scoring: a sentence is uncertain when it holds at least one speculation
 * cue (overlaps it); precision, recall and F1 are computed over the uncertain sentences.
 */
public final class SentenceScore {
    private SentenceScore() {
    }

    /** The sentence counts of one document. */
    public static Counts of(List<TextRange> sentences, List<Span> goldCues, List<Span> predictedCues) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (TextRange sentence : sentences) {
            boolean gold = holdsCue(sentence, goldCues);
            boolean predicted = holdsCue(sentence, predictedCues);
            if (gold && predicted) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (gold) {
                fn++;
            }
        }
        return new Counts(tp, fp, fn);
    }

    private static boolean holdsCue(TextRange sentence, List<Span> cues) {
        return cues.stream().anyMatch(cue -> sentence.overlaps(cue.begin(), cue.end()));
    }
}
