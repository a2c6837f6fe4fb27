package org.evident.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class AveragesTest {
    // P 1/2, R 1, F1 2/3
    private static final Counts HALF_PRECISE = new Counts(1, 1, 0);
    // P undefined, R 0, F1 0
    private static final Counts MISSED = new Counts(0, 0, 2);
    // nothing: every value undefined
    private static final Counts ABSENT = Counts.ZERO;

    @Test
    void microPoolsTheCounts() {
        Counts micro = Averages.micro(List.of(HALF_PRECISE, MISSED, ABSENT));
        assertThat(micro).isEqualTo(new Counts(1, 1, 2));
        assertThat(micro.precision()).isEqualTo(0.5);
        assertThat(micro.recall()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(micro.f1()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void macroAveragesDefinedValuesOnly() {
        Averages.Macro macro = Averages.macro(List.of(HALF_PRECISE, MISSED, ABSENT));
        assertThat(macro.precision()).isEqualTo(0.5);
        assertThat(macro.recall()).isEqualTo(0.5);
        assertThat(macro.f1()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void withoutCategoriesTheAveragesAreEmpty() {
        assertThat(Averages.micro(List.of())).isEqualTo(Counts.ZERO);
        assertThat(Averages.macro(List.of())).isEqualTo(new Averages.Macro(null, null, null));
    }
}
