package org.evident.cli.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.uima.UIMAException;
import org.evident.exporters.spans.OffsetConverter;

/**
 * Runs pipeline stages over a corpus for a number of rounds, the stages taking turns on every
 * document (so that a burst of other load on a shared machine falls on all of them alike). Each
 * stage's row is its fastest round by CPU time; its cost relative to the reference
 * stage is the median over rounds of the two stages' CPU times in the same round, which other load
 * on a shared machine disturbs far less than either time alone.
 */
public final class InterleavedRun {
    /** What one stage measured. */
    public record StageResult(String name, Measurement fastest, double cpuRatio) {
    }

    private InterleavedRun() {
    }

    /**
     * @param warmup texts run through every stage, untimed, before the rounds
     */
    public static List<StageResult> run(List<PipelineStage> stages, PipelineStage reference, List<String> texts,
            List<String> warmup, int rounds) throws UIMAException {
        pass(stages, warmup);
        stages.forEach(stage -> stage.endRound(0));
        List<List<Measurement>> measured = new ArrayList<>();
        stages.forEach(stage -> measured.add(new ArrayList<>()));
        for (int round = 0; round < rounds; round++) {
            pass(stages, texts);
            long heap = Clock.heapAfterGc();
            for (int s = 0; s < stages.size(); s++) {
                measured.get(s).add(stages.get(s).endRound(heap));
            }
        }
        List<Measurement> base = measured.get(stages.indexOf(reference));
        List<StageResult> results = new ArrayList<>();
        for (int s = 0; s < stages.size(); s++) {
            List<Measurement> runs = measured.get(s);
            Measurement fastest = runs.stream().min(Comparator.comparingLong(Measurement::cpuNanos)).orElseThrow();
            results.add(new StageResult(stages.get(s).name(), fastest, medianRatio(runs, base)));
        }
        return results;
    }

    /**
     * Every text through every stage, the stage that goes first moving on by one with each text:
     * the first stage to see a text pays for what the tokenizer and tagger caches do not yet hold
     * (about a third of segmentation's time on this corpus), so each stage pays it equally often.
     */
    private static void pass(List<PipelineStage> stages, List<String> texts) throws UIMAException {
        for (int t = 0; t < texts.size(); t++) {
            String text = texts.get(t);
            long bytes = OffsetConverter.utf8Bytes(text);
            for (int s = 0; s < stages.size(); s++) {
                stages.get((t + s) % stages.size()).process(text, bytes);
            }
        }
    }

    /** The median over rounds of {@code runs}' CPU time divided by {@code base}'s in the same round. */
    static double medianRatio(List<Measurement> runs, List<Measurement> base) {
        double[] ratios = new double[runs.size()];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = (double) runs.get(i).cpuNanos() / Math.max(1, base.get(i).cpuNanos());
        }
        Arrays.sort(ratios);
        int middle = ratios.length / 2;
        return ratios.length % 2 == 1 ? ratios[middle] : (ratios[middle - 1] + ratios[middle]) / 2;
    }
}
