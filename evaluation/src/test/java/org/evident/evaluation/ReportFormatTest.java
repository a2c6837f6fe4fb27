package org.evident.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The table and JSON forms carry the hand-computed figures of {@link SampleReports}. */
class ReportFormatTest {

    @Test
    void jsonHasTheDocumentedShapeAndValues() {
        JsonNode json = ReportJson.toJson(SampleReports.szegedReport(), 3);
        assertThat(json.get("documents").intValue()).isEqualTo(1);
        assertThat(json.get("scored").toString()).isEqualTo("[\"speculation/cue\"]");
        JsonNode speculation = json.get("layers").get("speculation");
        assertThat(json.get("layers").has("attribution")).isFalse();
        assertThat(speculation.get("cue").get("exact").toString())
                .isEqualTo("{\"tp\":2,\"fp\":1,\"fn\":1,\"p\":0.6667,\"r\":0.6667,\"f1\":0.6667}");
        assertThat(speculation.get("cue").get("categories").get("epistemic").get("exact").get("fp").intValue())
                .isEqualTo(2);
        assertThat(speculation.get("cue").get("categories").get("investigation").get("exact").get("f1").isNull())
                .isTrue();
        assertThat(speculation.get("cue").get("micro").get("overlap").get("f1").doubleValue()).isEqualTo(0.3333);
        assertThat(speculation.get("cue").get("macro").get("exact").get("f1").doubleValue()).isEqualTo(0.1667);
        assertThat(speculation.get("sentence").get("tp").intValue()).isEqualTo(3);
        assertThat(json.get("errors").get("speculation/cue").get("false_positives").get(0).get("text").asText())
                .isEqualTo("maybe");
    }

    @Test
    void jsonListsStanceCategoriesUnderTheLayer() {
        JsonNode stance = ReportJson.toJson(SampleReports.stanceReport(), 0).get("layers").get("stance");
        assertThat(stance.get("marker").get("exact").get("tp").intValue()).isEqualTo(2);
        assertThat(stance.get("booster").get("overlap").get("fn").intValue()).isEqualTo(1);
        assertThat(stance.get("attitude").get("exact").get("p").doubleValue()).isEqualTo(0.5);
        assertThat(stance.get("counter").get("exact").get("r").isNull()).isTrue();
        assertThat(stance.get("polarity").get("accuracy").doubleValue()).isEqualTo(0.5);
        assertThat(ReportJson.toJson(SampleReports.stanceReport(), 0).has("errors")).isFalse();
    }

    @Test
    void tableRowsShowCountsAndPercentages() {
        String table = ReportTable.render(SampleReports.szegedReport(), 0);
        assertThat(row(table, "speculation", "cue", "(all)", "exact"))
                .containsExactly("2", "1", "1", "66.7", "66.7", "66.7");
        assertThat(row(table, "speculation", "cue", "investigation", "exact"))
                .containsExactly("0", "0", "0", "-", "-", "-");
        assertThat(row(table, "speculation", "cue", "macro", "exact")).containsExactly("33.3", "33.3", "16.7");
        assertThat(row(table, "speculation", "sentence", "(all)", "sentence"))
                .containsExactly("3", "0", "0", "100.0", "100.0", "100.0");
        assertThat(table).contains("Not annotated in the gold, not scored: speculation/scope, attribution/source, "
                + "attribution/cue, attribution/content, stance/marker");
        assertThat(table).doesNotContain("Most frequent errors");
    }

    @Test
    void tableListsErrorsWhenAsked() {
        String table = ReportTable.render(SampleReports.szegedReport(), 5);
        assertThat(table).contains("speculation/cue false positives:\n     1  maybe");
        assertThat(table).contains("[maybe].");
        assertThat(table).contains("speculation/cue false negatives:\n     1  if");
    }

    @Test
    void tableShowsPolarityAccuracy() {
        assertThat(ReportTable.render(SampleReports.stanceReport(), 0))
                .contains("Attitude polarity accuracy: 50.0% (1 of 2 matched markers).");
    }

    /** The values after the four key columns of the row with those keys. */
    private static List<String> row(String table, String... keys) {
        for (String line : table.split("\n")) {
            String[] cells = line.trim().split("\\s+");
            if (cells.length > keys.length && Arrays.asList(cells).subList(0, keys.length).equals(List.of(keys))) {
                return Arrays.asList(cells).subList(keys.length, cells.length);
            }
        }
        throw new AssertionError("no row " + List.of(keys) + " in\n" + table);
    }
}
