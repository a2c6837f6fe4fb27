package org.evident.cli.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The annotators' own CPU cost (the layers and the holder resolver) as a share of segmentation's,
 * read off the bench's {@code x seg} ratios: the full pipeline against segmentation that keeps POS
 * annotations, and {@code annotate}'s pipeline against its own segmentation, which keeps none.
 *
 * @param onSegmentation         full pipeline ÷ segmentation with POS annotations, minus one
 * @param onAnnotateSegmentation {@code annotate}'s pipeline ÷ its segmentation, minus one
 */
public record LayerCost(double onSegmentation, double onAnnotateSegmentation) {

    /**
     * The cost from the results of one run, given the names of the four stages; empty when one of
     * them was not run (no layer available).
     */
    public static Optional<LayerCost> of(List<InterleavedRun.StageResult> results, String fullPipeline,
            String annotateSegmentation, String annotatePipeline) {
        Optional<Double> full = ratio(results, fullPipeline);
        Optional<Double> segmentation = ratio(results, annotateSegmentation);
        Optional<Double> annotate = ratio(results, annotatePipeline);
        if (full.isEmpty() || segmentation.isEmpty() || annotate.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LayerCost(full.get() - 1, annotate.get() / segmentation.get() - 1));
    }

    private static Optional<Double> ratio(List<InterleavedRun.StageResult> results, String name) {
        return results.stream().filter(result -> result.name().equals(name)).findFirst()
                .map(InterleavedRun.StageResult::cpuRatio);
    }

    /** One line for the bench's output. */
    public String describe() {
        return String.format(Locale.ROOT, "annotators' own cost on top of segmentation: %+.0f %% (full pipeline), "
                + "%+.0f %% (annotate's pipeline on its own segmentation, no POS annot.)",
                onSegmentation * 100, onAnnotateSegmentation * 100);
    }
}
