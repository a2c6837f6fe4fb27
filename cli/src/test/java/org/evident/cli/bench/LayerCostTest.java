package org.evident.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class LayerCostTest {
    private static final Measurement ANY = new Measurement(1, 1, 1, 1, 0);

    private static InterleavedRun.StageResult stage(String name, double ratio) {
        return new InterleavedRun.StageResult(name, ANY, ratio);
    }

    @Test
    void readsBothSharesOffTheRatiosToSegmentation() {
        List<InterleavedRun.StageResult> results = List.of(stage("seg", 1.0), stage("full", 1.30),
                stage("seg no pos", 0.80), stage("annotate", 1.12));

        LayerCost cost = LayerCost.of(results, "full", "seg no pos", "annotate").orElseThrow();

        assertThat(cost.onSegmentation()).isCloseTo(0.30, Offset.offset(1e-9));
        assertThat(cost.onAnnotateSegmentation()).isCloseTo(0.40, Offset.offset(1e-9));
        assertThat(cost.describe()).isEqualTo("annotators' own cost on top of segmentation: +30 % (full pipeline), "
                + "+40 % (annotate's pipeline on its own segmentation, no POS annot.)");
    }

    @Test
    void isAbsentWhenAStageWasNotRun() {
        assertThat(LayerCost.of(List.of(stage("seg", 1.0), stage("seg no pos", 0.8)), "full", "seg no pos", "annotate"))
                .isEmpty();
    }
}
