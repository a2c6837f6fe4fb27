package org.evident.exporters.columns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.evident.exporters.testing.HfValidator;
import org.evident.exporters.testing.Runs;
import org.evident.exporters.testing.Samples;
import org.evident.exporters.write.LossReport.Kind;
import org.evident.exporters.write.OutputFormat;
import org.evident.exporters.write.Outputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class TokenClassificationWriterTest {
    @TempDir
    Path out;

    @Test
    void everyLineHasTheCorpusKeysEvenWhenOnlyALaterDocumentNeedsStackedColumns() throws Exception {
        Outputs outputs = Runs.write(out, OutputFormat.HF, Samples.misaligned(), Samples.nested());

        Map<String, Map<String, List<String>>> lines = HfValidator.validate(out.resolve("hf/corpus.jsonl"),
                out.resolve("hf/labels.json"));
        assertThat(lines.keySet()).containsExactly("misaligned.txt#1", "misaligned.txt#2", "news/nested.txt#1",
                "news/nested.txt#2");
        assertThat(lines.get("misaligned.txt#1").keySet()).containsExactly("speculation_cue_tags",
                "speculation_scope_tags", "speculation_scope_2_tags", "stance_tags", "attribution_tags",
                "attribution_2_tags");
        assertThat(lines.get("misaligned.txt#1").get("attribution_2_tags")).containsOnly("O");
        assertThat(lines.get("news/nested.txt#1").get("speculation_scope_2_tags"))
                .containsExactly("O", "O", "O", "O", "O", "O", "O", "O", "B-SPEC_scope", "I-SPEC_scope",
                        "I-SPEC_scope", "O");
        assertThat(outputs.losses().count("hf", Kind.OVERLAP_STACKED)).isEqualTo(4);
        assertThat(outputs.losses().count("hf", Kind.SPAN_WIDENED)).isEqualTo(1);
    }

    @Test
    void tokensAreTheFormsIncludingEmojiAndCombiningMarks() throws Exception {
        Runs.write(out, OutputFormat.HF, Samples.nested());
        List<String> lines = Files.readAllLines(out.resolve("hf/corpus.jsonl"));
        JsonNode second = new ObjectMapper().readTree(lines.get(1));
        assertThat(second.get("tokens").get(3).asText()).isEqualTo("cafe\u0301");
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("tokens").get(5).asText()).isEqualTo("\uD83E\uDD8A");
        assertThat(first.fieldNames()).toIterable().first().isEqualTo("id");
    }

    @Test
    void labelsListTheClosedVocabularyAndAnyOtherLabelUsed() throws Exception {
        Runs.write(out, OutputFormat.HF, Samples.nested(), Samples.misaligned());
        JsonNode labels = new ObjectMapper().readTree(out.resolve("hf/labels.json").toFile());
        assertThat(labels.get("speculation_cue_tags").get(0).asText()).isEqualTo("O");
        assertThat(labels.get("stance_tags").toString()).contains("\"B-STANCE_attitude_negative\"",
                "\"I-STANCE_counter_neutral\"");
        assertThat(labels.get("attribution_2_tags")).isEqualTo(labels.get("attribution_tags"));
        assertThat(labels.get("attribution_tags").toString()).contains("\"B-ATTR_cue_distancing\"",
                "\"B-ATTR_source\"", "\"I-ATTR_content\"");
    }

    @Test
    void anEmptyRunWritesEmptyCorpusAndFullLabels() throws Exception {
        Runs.write(out, OutputFormat.HF);
        assertThat(Files.readString(out.resolve("hf/corpus.jsonl"))).isEmpty();
        assertThat(new ObjectMapper().readTree(out.resolve("hf/labels.json").toFile()).size()).isEqualTo(4);
        try (var files = Files.list(out.resolve("hf"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("corpus.jsonl",
                    "labels.json");
        }
    }
}
