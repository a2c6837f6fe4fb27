package org.evident.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run stopped by a signal (Ctrl-C, {@code kill}) leaves no half-written file and no temporary file. */
class InterruptedRunTest {

    @Test
    void aRunKilledWhileWritingLeavesNoPartFiles(@TempDir Path dir) throws Exception {
        StringBuilder corpus = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            corpus.append("{\"id\": \"d").append(i).append("\", \"text\": \"The company said on Tuesday that the ")
                    .append("figures were likely to improve, although analysts doubted it. Officials may well ")
                    .append("disagree, a spokesman claimed.\"}\n");
        }
        Path input = Files.writeString(dir.resolve("corpus.jsonl"), corpus);
        Path output = dir.resolve("out");
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EvidentCommand.class.getName(),
                "annotate", input.toString(), "-o", output.toString(), "-f", "jsonl,hf,json", "--threads", "1")
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (partFiles(output).isEmpty() && run.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(run.isAlive()).as("the run is still writing when it is stopped").isTrue();
            assertThat(partFiles(output)).isNotEmpty();
        } finally {
            run.destroy();
            assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(partFiles(output)).isEmpty();
        assertThat(output.resolve("corpus.jsonl")).doesNotExist();
    }

    private static List<Path> partFiles(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
