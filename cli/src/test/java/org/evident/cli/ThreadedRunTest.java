package org.evident.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The output of a run does not depend on the number of threads. */
class ThreadedRunTest {
    private static final String[] SENTENCES = {
        "The FBI alleges that Zoom employees actively supported China.",
        "Zoom claims it fired Mr. Jin, but critics say the company may have known.",
        "\u201cWe are cooperating fully,\u201d a spokesman told reporters on Tuesday.",
        "It is possible that the data was lost; officials did not say why.",
        "Of course, the evidence is all there, according to the complaint.",
        "If the facts are correct, the breach is a serious failure of oversight.",
        "Is this the case with Zoom? Nobody knows whether the servers were in China.",
        "The company reportedly pledged to correct its poor security practices.",
    };

    private static String document(int seed) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3 + seed % 7; i++) {
            text.append(SENTENCES[(seed * 31 + i * 7) % SENTENCES.length]).append(i % 3 == 2 ? "\n\n" : " ");
        }
        return text.toString();
    }

    private static int annotate(Path input, Path jsonl, Path output, int threads) {
        CommandLine cli = EvidentCommand.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        return cli.execute("annotate", input.toString(), jsonl.toString(), "-o", output.toString(),
                "-f", "xmi,jsoncas,json,jsonl,conll,hf,brat", "--threads", Integer.toString(threads));
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }

    @Test
    void threadedOutputEqualsSingleThreadedOutputFileForFile(@TempDir Path dir) throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("../seeds/zoom-new-mistress-of-the-ccp.txt"), input.resolve("zoom.txt"));
        for (int i = 0; i < 300; i++) {
            Files.writeString(input.resolve(String.format("doc-%03d.txt", i)), document(i));
        }
        Files.write(input.resolve("doc-bad.txt"), new byte[] {'x', (byte) 0xFF, 'y'});
        Path jsonl = dir.resolve("extra.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            lines.append("{\"id\": \"j").append(i).append("\", \"text\": \"").append(document(i + 500).replace("\n", "\\n"))
                    .append("\"}\n");
        }
        lines.append("{not json}\n");
        Files.writeString(jsonl, lines);

        int single = annotate(input, jsonl, dir.resolve("one"), 1);
        int threaded = annotate(input, jsonl, dir.resolve("four"), 4);

        assertThat(single).isEqualTo(threaded).isEqualTo(EvidentCommand.DOCUMENT_ERRORS);
        Map<String, String> one = contents(dir.resolve("one"));
        Map<String, String> four = contents(dir.resolve("four"));
        assertThat(four.keySet()).isEqualTo(one.keySet());
        assertThat(one).containsKey("corpus.jsonl");
        assertThat(Files.readAllLines(dir.resolve("one/corpus.jsonl"))).hasSize(341);
        for (String file : one.keySet()) {
            assertThat(four.get(file)).as(file).isEqualTo(one.get(file));
        }
    }

    @Test
    void errorMessagesComeInInputOrderWhateverTheThreads(@TempDir Path dir) throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 20; i++) {
            Path file = input.resolve(String.format("d%02d.txt", i));
            if (i % 4 == 0) {
                Files.write(file, new byte[] {(byte) 0xC3});
            } else {
                Files.writeString(file, document(i));
            }
        }
        StringWriter err = new StringWriter();
        CommandLine cli = EvidentCommand.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err, true));
        cli.execute("annotate", input.toString(), "-o", dir.resolve("out").toString(), "-f", "jsonl", "--threads", "3");
        List<String> failed = err.toString().lines().filter(l -> l.startsWith("error:")).toList();
        assertThat(failed).hasSize(5);
        assertThat(failed).isSorted();
        // the bad documents fail alone: every good one is written
        assertThat(Files.readAllLines(dir.resolve("out/corpus.jsonl"))).hasSize(15)
                .allSatisfy(line -> assertThat(line).contains("\"spans\":[{"));
    }
}
