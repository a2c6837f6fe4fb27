package org.evident.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.evaluation.Spans.span;

import java.util.List;

import org.evident.exporters.spans.Span;
import org.junit.jupiter.api.Test;

class SpanMatcherTest {

    private static Counts exact(List<Span> gold, List<Span> predicted) {
        return SpanMatcher.match(gold, predicted, MatchMode.EXACT).counts();
    }

    private static Counts overlap(List<Span> gold, List<Span> predicted) {
        return SpanMatcher.match(gold, predicted, MatchMode.OVERLAP).counts();
    }

    @Test
    void exactNeedsBothOffsetsOverlapOneSharedCharacter() {
        List<Span> gold = List.of(span(0, 5), span(10, 15));
        List<Span> predicted = List.of(span(0, 5), span(10, 14));
        assertThat(exact(gold, predicted)).isEqualTo(new Counts(1, 1, 1));
        assertThat(overlap(gold, predicted)).isEqualTo(new Counts(2, 0, 0));
    }

    @Test
    void emptyGoldMakesEveryPredictionAFalsePositive() {
        assertThat(exact(List.of(), List.of(span(0, 3), span(4, 6)))).isEqualTo(new Counts(0, 2, 0));
        assertThat(overlap(List.of(), List.of(span(0, 3), span(4, 6)))).isEqualTo(new Counts(0, 2, 0));
    }

    @Test
    void emptyPredictionMakesEveryGoldSpanAFalseNegative() {
        assertThat(exact(List.of(span(0, 3)), List.of())).isEqualTo(new Counts(0, 0, 1));
        assertThat(overlap(List.of(span(0, 3)), List.of())).isEqualTo(new Counts(0, 0, 1));
        assertThat(exact(List.of(), List.of())).isEqualTo(Counts.ZERO);
    }

    @Test
    void adjacentSpansDoNotOverlap() {
        assertThat(overlap(List.of(span(0, 5)), List.of(span(5, 9)))).isEqualTo(new Counts(0, 1, 1));
    }

    @Test
    void partialOverlapCountsOnlyForOverlapMatching() {
        List<Span> gold = List.of(span(0, 10));
        List<Span> predicted = List.of(span(5, 15));
        assertThat(exact(gold, predicted)).isEqualTo(new Counts(0, 1, 1));
        assertThat(overlap(gold, predicted)).isEqualTo(new Counts(1, 0, 0));
    }

    @Test
    void aDuplicatePredictionIsAFalsePositive() {
        List<Span> gold = List.of(span(0, 5));
        List<Span> predicted = List.of(span(0, 5), span(0, 5));
        assertThat(exact(gold, predicted)).isEqualTo(new Counts(1, 1, 0));
        assertThat(overlap(gold, predicted)).isEqualTo(new Counts(1, 1, 0));
    }

    @Test
    void withNestedGoldSpansAPredictionFindsTheOneItEquals() {
        // gold [0,20) contains gold [5,10); the prediction equals the inner one and overlaps both
        List<Span> gold = List.of(span(0, 20), span(5, 10));
        List<Span> predicted = List.of(span(5, 10));
        Matching matching = SpanMatcher.match(gold, predicted, MatchMode.OVERLAP);
        assertThat(matching.counts()).isEqualTo(new Counts(1, 0, 1));
        assertThat(matching.falseNegatives()).containsExactly(span(0, 20));
        assertThat(exact(gold, predicted)).isEqualTo(new Counts(1, 0, 1));
    }

    @Test
    void nestedPredictionsFindNestedGoldSpans() {
        List<Span> gold = List.of(span(0, 20), span(5, 10));
        List<Span> predicted = List.of(span(5, 10), span(0, 20));
        assertThat(exact(gold, predicted)).isEqualTo(new Counts(2, 0, 0));
        assertThat(overlap(gold, predicted)).isEqualTo(new Counts(2, 0, 0));
    }

    @Test
    void oneLongPredictionFindsOnlyOneOfTheGoldSpansItCovers() {
        List<Span> gold = List.of(span(0, 3), span(5, 8));
        assertThat(overlap(gold, List.of(span(0, 8)))).isEqualTo(new Counts(1, 0, 1));
    }

    @Test
    void twoPredictionsInsideOneGoldSpanFindItOnce() {
        assertThat(overlap(List.of(span(0, 10)), List.of(span(0, 4), span(6, 10)))).isEqualTo(new Counts(1, 1, 0));
    }

    @Test
    void pairsSharingMoreCharactersAreMatchedFirst() {
        // X=[7,12) shares 3 characters with A=[0,10) and 4 with B=[8,12); Y=[0,6) shares 6 with A
        Span a = span(0, 10);
        Span b = span(8, 12);
        Span x = span(7, 12);
        Span y = span(0, 6);
        Matching matching = SpanMatcher.match(List.of(a, b), List.of(x, y), MatchMode.OVERLAP);
        assertThat(matching.matched()).containsExactlyInAnyOrder(new Matching.Pair(a, y), new Matching.Pair(b, x));
    }

    @Test
    void onAFullTieTheEarlierGoldSpanIsMatched() {
        // X=[4,12) shares 4 characters with A=[0,8) and with B=[8,16); both pairs are equally long
        Span a = span(0, 8);
        Span b = span(8, 16);
        Span x = span(4, 12);
        Matching matching = SpanMatcher.match(List.of(a, b), List.of(x), MatchMode.OVERLAP);
        assertThat(matching.matched()).containsExactly(new Matching.Pair(a, x));
        assertThat(matching.falseNegatives()).containsExactly(b);
    }
}
