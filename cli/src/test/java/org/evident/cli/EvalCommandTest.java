package org.evident.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

class EvalCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Exit code, stdout and stderr of one run. */
    private record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return MAPPER.readTree(out);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = EvidentCommand.commandLine();
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        int exit = command.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static String fixture(String name) {
        try {
            return Path.of(EvalCommandTest.class.getResource("/gold/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void evalAnnotatesTheGoldTextAndPrintsParsableJson() throws Exception {
        Run run = run("eval", "--gold", fixture("sample.json"), "--json");

        assertThat(run.exit()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("documents").intValue()).isEqualTo(1);
        JsonNode layers = json.get("layers");
        JsonNode cue = layers.get("speculation").get("cue").get("exact");
        assertThat(cue.get("tp").intValue() + cue.get("fn").intValue()).isEqualTo(1);
        assertThat(layers.get("speculation").get("scope").has("pcs")).isTrue();
        assertThat(layers.get("speculation").get("sentence").has("f1")).isTrue();
        assertThat(layers.get("attribution").fieldNames()).toIterable().contains("cue", "source", "content");
        assertThat(layers.get("stance").fieldNames()).toIterable().contains("booster", "attitude", "counter");
        assertThat(run.err()).contains("eval: 1 documents in");
    }

    @Test
    void evalScoresPredictionsFromAFile() throws Exception {
        Run run = run("eval", "--gold", fixture("sample.json"), "--pred", fixture("prediction.jsonl"), "--json");

        assertThat(run.exit()).isZero();
        JsonNode layers = run.json().get("layers");
        assertThat(layers.get("speculation").get("cue").get("exact").toString())
                .isEqualTo("{\"tp\":1,\"fp\":0,\"fn\":0,\"p\":1.0,\"r\":1.0,\"f1\":1.0}");
        // "course" inside "Of course": an overlap match only; "this" is no attitude marker
        assertThat(layers.get("stance").get("booster").get("exact").get("tp").intValue()).isZero();
        assertThat(layers.get("stance").get("booster").get("overlap").get("tp").intValue()).isEqualTo(1);
        assertThat(layers.get("stance").get("attitude").get("exact").toString())
                .isEqualTo("{\"tp\":0,\"fp\":1,\"fn\":1,\"p\":0.0,\"r\":0.0,\"f1\":0.0}");
        assertThat(layers.get("attribution").get("content").get("exact").get("fn").intValue()).isEqualTo(1);
    }

    @Test
    void evalPrintsATableWithErrors() {
        Run run = run("eval", "--gold", fixture("sample.json"), "--pred", fixture("prediction.jsonl"), "--errors", "3");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Gold: ").contains("Predictions: " + fixture("prediction.jsonl"));
        assertThat(run.out()).containsPattern("speculation +cue +\\(all\\) +exact +1 +0 +0 +100\\.0 +100\\.0 +100\\.0");
        assertThat(run.out()).contains("stance/marker false positives:").contains("[this]");
    }

    @Test
    void aBrokenGoldFileIsNamedWithItsProblem(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("gold.json"), "{\"text\": \"x\", \"spans\": [{\"id\": 1}]}");
        Run run = run("eval", "--gold", broken.toString());

        assertThat(run.exit()).isEqualTo(EvidentCommand.FATAL);
        assertThat(run.err()).contains("evident: " + broken + ": span 1: missing string field \"layer\"");
    }

    @Test
    void aNegativeErrorCountIsAUsageError() {
        assertThat(run("eval", "--gold", fixture("sample.json"), "--errors", "-1").exit()).isEqualTo(2);
    }

    @Test
    void pipelineOptionsWithPredictionsAreAUsageErrorNotSilentlyIgnored() {
        Run run = run("eval", "--gold", fixture("sample.json"), "--pred", fixture("prediction.jsonl"), "--layers", "stance");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--layers only apply when eval annotates the gold texts itself");
    }

    @Test
    void agreeRefusesADocumentEitherSideLacksWhicheverIsNamedFirst(@TempDir Path dir) throws Exception {
        String sample = Files.readString(Path.of(fixture("sample.json")));
        Path extra = Files.writeString(dir.resolve("two.jsonl"), sample.strip().replace("\n", " ") + "\n"
                + sample.strip().replace("\n", " ").replace("\"id\": \"sample\"", "\"id\": \"other\"") + "\n");
        for (String[] order : new String[][] {{extra.toString(), fixture("sample.json")}, {fixture("sample.json"), extra.toString()}}) {
            Run run = run("agree", order[0], order[1]);
            assertThat(run.exit()).as(String.join(" ", order)).isEqualTo(EvidentCommand.FATAL);
            assertThat(run.err()).contains("has no document 'other'");
        }
    }

    @Test
    void agreeComparesTwoAnnotations() throws Exception {
        Run run = run("agree", fixture("sample.json"), fixture("prediction.jsonl"), "--json");

        assertThat(run.exit()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("kappa").fieldNames()).toIterable().containsExactly("speculation", "attribution", "stance");
        // 17 tokens; the scope's "have fled" and the other layers differ: kappa below 1
        assertThat(json.get("kappa").get("speculation").get("tokens").intValue()).isEqualTo(17);
        assertThat(json.get("layers").get("speculation").get("cue").get("exact").get("tp").intValue()).isEqualTo(1);
    }

    @Test
    void agreePrintsATable() {
        Run run = run("agree", fixture("sample.json"), fixture("prediction.jsonl"));
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Token-level agreement (Cohen's kappa):");
    }
}
