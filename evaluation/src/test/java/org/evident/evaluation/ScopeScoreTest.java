package org.evident.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.evaluation.Spans.cue;
import static org.evident.evaluation.Spans.scope;

import java.util.List;

import org.evident.exporters.read.annotated.TextRange;
import org.evident.exporters.spans.Span;
import org.junit.jupiter.api.Test;

class ScopeScoreTest {
    // We[0,2) may[3,6) go[7,9) if[10,12) it[13,15) might[16,21) rain[22,26) .[27,28)
    private static final String TEXT = "We may go if it might rain .";
    private static final List<TextRange> TOKENS = TextTokens.of(TEXT);

    private static final List<Span> GOLD = List.of(
            scope(1, 3, 9, 2), cue(2, 3, 6, null, 1),
            scope(3, 16, 26, 4), cue(4, 16, 21, null, 3));

    @Test
    void theTestTextHasEightTokens() {
        assertThat(TOKENS).hasSize(8);
    }

    @Test
    void pcsCountsGoldScopesWhoseCueIsFoundWithExactlyTheGoldScope() {
        // "may" is found with a scope that runs too far; "might" with exactly the gold scope
        List<Span> predicted = List.of(
                scope(10, 3, 26, 11), cue(11, 3, 6, null, 10),
                scope(12, 16, 26, 13), cue(13, 16, 21, null, 12));
        ScopeResult result = ScopeScore.of(GOLD, predicted, TOKENS);
        assertThat(result.goldScopes()).isEqualTo(2);
        assertThat(result.cuesFound()).isEqualTo(2);
        assertThat(result.correct()).isEqualTo(1);
        assertThat(result.pcs()).isEqualTo(0.5);
        assertThat(result.pcsGivenCue()).isEqualTo(0.5);
    }

    @Test
    void tokenCountsCompareTokensInsideAnyScope() {
        // gold scope tokens: may go might rain; predicted: may go if it might rain
        List<Span> predicted = List.of(
                scope(10, 3, 26, 11), cue(11, 3, 6, null, 10),
                scope(12, 16, 26, 13), cue(13, 16, 21, null, 12));
        assertThat(ScopeScore.of(GOLD, predicted, TOKENS).tokens()).isEqualTo(new Counts(4, 2, 0));
    }

    @Test
    void aFoundCueWithoutScopeOrAMissedCueIsNotCorrect() {
        List<Span> predicted = List.of(cue(11, 3, 6, null, null), scope(12, 16, 26, 13), cue(13, 16, 20, null, 12));
        ScopeResult result = ScopeScore.of(GOLD, predicted, TOKENS);
        assertThat(result.cuesFound()).isEqualTo(1);
        assertThat(result.correct()).isZero();
        assertThat(result.pcs()).isZero();
        assertThat(result.pcsGivenCue()).isZero();
        // predicted scope tokens: might rain
        assertThat(result.tokens()).isEqualTo(new Counts(2, 0, 2));
    }

    @Test
    void aMultiPartCueIsFoundByAnyOfItsParts() {
        // It[0,2) either[3,9) binds[10,15) or[16,18) fails[19,24)
        String text = "It either binds or fails";
        List<Span> gold = List.of(scope(1, 3, 24, 2), cue(2, 3, 9, null, 1), cue(3, 16, 18, null, 1));
        List<Span> predicted = List.of(scope(5, 3, 24, 6), cue(6, 16, 18, null, 5));
        ScopeResult result = ScopeScore.of(gold, predicted, TextTokens.of(text));
        assertThat(result.goldScopes()).isEqualTo(1);
        assertThat(result.correct()).isEqualTo(1);
    }

    @Test
    void withoutGoldScopesPcsIsUndefined() {
        ScopeResult result = ScopeScore.of(List.of(), List.of(scope(1, 0, 5, 2), cue(2, 0, 2, null, 1)), TOKENS);
        assertThat(result.pcs()).isNull();
        assertThat(result.pcsGivenCue()).isNull();
        assertThat(result.tokens()).isEqualTo(new Counts(0, 2, 0));
    }
}
