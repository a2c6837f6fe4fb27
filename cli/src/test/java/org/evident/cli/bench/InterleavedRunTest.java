package org.evident.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class InterleavedRunTest {

    private static Measurement cpu(long nanos) {
        return new Measurement(nanos, nanos, 1, 1, 0);
    }

    @Test
    void theRatioIsTheMedianOfSameRoundRatiosSoThatOneDisturbedRoundDoesNotMoveIt() {
        List<Measurement> base = List.of(cpu(100), cpu(200), cpu(100));
        List<Measurement> stage = List.of(cpu(150), cpu(300), cpu(400));
        assertThat(InterleavedRun.medianRatio(stage, base)).isCloseTo(1.5, within(1e-9));
        assertThat(InterleavedRun.medianRatio(stage.subList(0, 2), base.subList(0, 2))).isCloseTo(1.5, within(1e-9));
        assertThat(InterleavedRun.medianRatio(List.of(cpu(100), cpu(400)), List.of(cpu(100), cpu(100))))
                .isCloseTo(2.5, within(1e-9));
    }
}
