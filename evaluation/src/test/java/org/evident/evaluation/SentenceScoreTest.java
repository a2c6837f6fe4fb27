package org.evident.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.evaluation.Spans.span;

import java.util.List;

import org.evident.exporters.read.annotated.TextRange;
import org.junit.jupiter.api.Test;

class SentenceScoreTest {
    private static final List<TextRange> SENTENCES = List.of(new TextRange(0, 10), new TextRange(11, 20),
            new TextRange(21, 30), new TextRange(31, 40));

    @Test
    void aSentenceIsUncertainWhenItHoldsACue() {
        // gold: cue in sentence 1, two cues in sentence 2; prediction: cues in sentences 2 and 3
        Counts counts = SentenceScore.of(SENTENCES, List.of(span(2, 5), span(12, 14), span(15, 18)),
                List.of(span(16, 18), span(22, 25)));
        assertThat(counts).isEqualTo(new Counts(1, 1, 1));
    }

    @Test
    void sentencesWithoutCuesOnEitherSideDoNotCount() {
        assertThat(SentenceScore.of(SENTENCES, List.of(), List.of())).isEqualTo(Counts.ZERO);
        assertThat(SentenceScore.of(SENTENCES, List.of(span(2, 5)), List.of())).isEqualTo(new Counts(0, 0, 1));
        assertThat(SentenceScore.of(SENTENCES, List.of(), List.of(span(2, 5)))).isEqualTo(new Counts(0, 1, 0));
    }
}
