package org.evident.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CountsTest {

    @Test
    void precisionRecallAndF1() {
        Counts counts = new Counts(3, 1, 2);
        assertThat(counts.precision()).isEqualTo(0.75);
        assertThat(counts.recall()).isEqualTo(0.6);
        // 2PR/(P+R) = 0.9/1.35
        assertThat(counts.f1()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void emptyGoldAndEmptyPredictionLeaveEveryRatioUndefined() {
        assertThat(Counts.ZERO.precision()).isNull();
        assertThat(Counts.ZERO.recall()).isNull();
        assertThat(Counts.ZERO.f1()).isNull();
    }

    @Test
    void emptyPredictionHasUndefinedPrecisionAndZeroRecallAndF1() {
        Counts counts = new Counts(0, 0, 4);
        assertThat(counts.precision()).isNull();
        assertThat(counts.recall()).isZero();
        assertThat(counts.f1()).isZero();
    }

    @Test
    void emptyGoldHasZeroPrecisionAndF1AndUndefinedRecall() {
        Counts counts = new Counts(0, 3, 0);
        assertThat(counts.precision()).isZero();
        assertThat(counts.recall()).isNull();
        assertThat(counts.f1()).isZero();
    }

    @Test
    void countsAdd() {
        assertThat(new Counts(1, 2, 3).plus(new Counts(4, 5, 6))).isEqualTo(new Counts(5, 7, 9));
    }
}
