package org.evident.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class CohenKappaTest {

    @Test
    void handComputedTwoLabelExample() {
        // A: 3 cue, 7 O; B: 3 cue, 7 O; they agree on 8 of 10 tokens
        List<String> a = List.of("cue", "cue", "cue", "O", "O", "O", "O", "O", "O", "O");
        List<String> b = List.of("cue", "cue", "O", "O", "O", "O", "O", "O", "O", "cue");
        Kappa kappa = CohenKappa.of(a, b);
        assertThat(kappa.tokens()).isEqualTo(10);
        assertThat(kappa.observed()).isCloseTo(0.8, within(1e-12));
        // 0.3 * 0.3 + 0.7 * 0.7
        assertThat(kappa.expected()).isCloseTo(0.58, within(1e-12));
        // (0.8 - 0.58) / (1 - 0.58)
        assertThat(kappa.kappa()).isCloseTo(0.22 / 0.42, within(1e-12));
    }

    @Test
    void handComputedThreeLabelExampleAccumulatedOverTwoDocuments() {
        CohenKappa kappa = new CohenKappa();
        kappa.add(List.of("cue", "scope", "scope"), List.of("cue", "scope", "O"));
        kappa.add(List.of("O", "O", "O"), List.of("O", "O", "scope"));
        // 6 tokens, agreement on 4; A: cue 1, scope 2, O 3; B: cue 1, scope 2, O 3
        Kappa result = kappa.result();
        double expected = (1.0 / 6) * (1.0 / 6) + (2.0 / 6) * (2.0 / 6) + (3.0 / 6) * (3.0 / 6);
        assertThat(result.observed()).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(result.expected()).isCloseTo(expected, within(1e-12));
        assertThat(result.kappa()).isCloseTo((4.0 / 6 - expected) / (1 - expected), within(1e-12));
    }

    @Test
    void perfectAgreementIsOne() {
        assertThat(CohenKappa.of(List.of("cue", "O"), List.of("cue", "O")).kappa()).isEqualTo(1.0);
    }

    @Test
    void oneLabelEverywhereOnBothSidesLeavesKappaUndefined() {
        Kappa kappa = CohenKappa.of(List.of("O", "O"), List.of("O", "O"));
        assertThat(kappa.observed()).isEqualTo(1.0);
        assertThat(kappa.kappa()).isNull();
    }

    @Test
    void noTokensLeaveEverythingUndefined() {
        assertThat(CohenKappa.of(List.of(), List.of())).isEqualTo(new Kappa(0, null, null, null));
    }
}
