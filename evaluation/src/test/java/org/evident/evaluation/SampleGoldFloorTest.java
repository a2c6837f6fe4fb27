package org.evident.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Regression floors: the default pipeline on the hand-made gold of the sample document
 * ({@code seeds/gold/}) must score at least what it scored when each floor was set (see
 * docs/evaluation.md). A floor guards against regressions; it is not a claim of quality.
 */
class SampleGoldFloorTest {
    private static EvaluationReport report;

    @BeforeAll
    static void evaluate() throws Exception {
        report = Evaluation.ofDefaultPipeline(Path.of("..", "seeds", "gold"));
    }

    private static double f1(String layer, String type, MatchMode mode) {
        Double f1 = report.kind(layer, type).orElseThrow().all().get(mode).f1();
        return f1 == null ? 0 : f1;
    }

    @Test
    void speculationCuesAndScopes() {
        assertThat(f1("speculation", "cue", MatchMode.EXACT)).isGreaterThanOrEqualTo(0.90);
        assertThat(f1("speculation", "scope", MatchMode.EXACT)).isGreaterThanOrEqualTo(0.90);
        assertThat(report.scope().pcs()).isGreaterThanOrEqualTo(0.85);
        assertThat(report.sentences().f1()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void stanceMarkersAndPolarity() {
        assertThat(f1("stance", "marker", MatchMode.EXACT)).isGreaterThanOrEqualTo(0.90);
        assertThat(report.polarity().accuracy()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void attributionRoles() {
        assertThat(f1("attribution", "cue", MatchMode.EXACT)).isGreaterThanOrEqualTo(0.90);
        assertThat(f1("attribution", "source", MatchMode.EXACT)).isGreaterThanOrEqualTo(0.90);
        assertThat(f1("attribution", "content", MatchMode.OVERLAP)).isGreaterThanOrEqualTo(0.90);
    }
}
