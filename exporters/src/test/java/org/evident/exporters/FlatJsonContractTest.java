package org.evident.exporters;

import static org.assertj.core.api.Assertions.assertThat;

import org.evident.exporters.spans.CasSpans;
import org.evident.exporters.spans.OffsetMode;
import org.evident.exporters.write.FlatJson;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The flat JSON object has the fields and links DESIGN.md promises its readers. */
class FlatJsonContractTest {

    @Test
    void markersCarryTheirFeaturesAndLinksPointToExistingIds() throws Exception {
        JsonNode json = FlatJson.encode(CasSpans.extract(AnnotatedCasFixture.create("")), OffsetMode.CODEPOINT);
        assertThat(json.get("id").asText()).isEqualTo("fixture.txt");
        JsonNode attribution = json.get("attributions").get(0);
        assertThat(attribution.get("kind").asText()).isEqualTo("indirect");
        assertThat(attribution.get("parent").isNull()).isTrue();
        JsonNode cue = spanWithText(json, "alleges");
        assertThat(cue.get("layer").asText()).isEqualTo("attribution");
        assertThat(cue.get("category").asText()).isEqualTo("distancing");
        assertThat(cue.get("rule").asText()).isEqualTo("en/attribution.tsv:12");
        assertThat(cue.get("holder").isNull()).isTrue();
        assertThat(attribution.get("cue").asInt()).isEqualTo(cue.get("id").asInt());

        JsonNode hedge = spanWithText(json, "allegedly");
        assertThat(hedge.get("strength").asText()).isEqualTo("medium");
        assertThat(hedge.get("confidence").asDouble()).isEqualTo(0.9, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(hedge.get("holder").asInt()).isEqualTo(attribution.get("id").asInt());
        JsonNode scope = spanById(json, hedge.get("scope").asInt());
        assertThat(scope.get("type").asText()).isEqualTo("scope");
        assertThat(scope.get("cue").asInt()).isEqualTo(hedge.get("id").asInt());

        JsonNode booster = spanWithText(json, "of course");
        assertThat(booster.get("polarity").asText()).isEqualTo("neutral");
        assertThat(booster.get("negated").asBoolean()).isTrue();
    }

    private static JsonNode spanWithText(JsonNode json, String text) {
        for (JsonNode span : json.get("spans")) {
            if (span.get("text").asText().equals(text) && span.has("category")) {
                return span;
            }
        }
        throw new AssertionError("no marker " + text);
    }

    private static JsonNode spanById(JsonNode json, int id) {
        for (JsonNode span : json.get("spans")) {
            if (span.get("id").asInt() == id) {
                return span;
            }
        }
        throw new AssertionError("no span " + id);
    }
}
