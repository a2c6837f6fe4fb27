package org.evident.exporters.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.evident.exporters.read.InputException;
import org.evident.exporters.spans.AttributionRelation;
import org.evident.exporters.spans.DocumentSpans;
import org.evident.exporters.spans.OffsetMode;
import org.evident.exporters.spans.Span;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class FlatJsonTest {
    // "😀" is two UTF-16 units and one code point, so code-point offsets differ from UTF-16 ones
    private static final String TEXT = "😀 The FBI alleges it may be so.";

    private static DocumentSpans sample() {
        Span source = Span.plain(1, "attribution", "source", 3, 10);
        Span cue = new Span(2, "attribution", "cue", 11, 18, "distancing", null, null, "en/attribution.tsv:3", 1.0f,
                false, null, null, null);
        Span content = Span.plain(3, "attribution", "content", 19, 32);
        Span speculation = new Span(4, "speculation", "cue", 22, 25, "epistemic", "medium", null, "r", 0.5f, false, 7,
                5, null);
        Span scope = new Span(5, "speculation", "scope", 22, 32, null, null, null, null, null, null, null, null, 4);
        Span stance = new Span(6, "stance", "marker", 11, 18, "attitude", null, "negative", "s", 1.0f, true, null, null,
                null);
        return new DocumentSpans("doc-1", TEXT, List.of(source, cue, stance, content, speculation, scope),
                List.of(new AttributionRelation(7, "indirect", 1, 2, 3, null)), Map.of("year", "2020"));
    }

    @Test
    void decodingWhatWasEncodedGivesTheSameDocumentInEveryOffsetMode() throws InputException {
        for (OffsetMode mode : OffsetMode.values()) {
            DocumentSpans decoded = FlatJson.decode(FlatJson.encode(sample(), mode), "fallback", "test");
            assertThat(decoded.id()).isEqualTo("doc-1");
            assertThat(decoded.text()).isEqualTo(TEXT);
            assertThat(decoded.attributions()).isEqualTo(sample().attributions());
            assertThat(decoded.metadata()).isEqualTo(Map.of("year", "2020"));
            assertThat(decoded.spans()).containsExactlyInAnyOrderElementsOf(sample().spans());
        }
    }

    @Test
    void codePointOffsetsAreConvertedToUtf16() throws InputException {
        ObjectNode node = FlatJson.encode(sample(), OffsetMode.CODEPOINT);
        assertThat(node.get("spans").get(0).get("begin").intValue()).isEqualTo(2);
        DocumentSpans decoded = FlatJson.decode(node, "fallback", "test");
        assertThat(decoded.textOf(decoded.span(1).orElseThrow())).isEqualTo("The FBI");
    }

    @Test
    void decodedSpansAreInTextOrderAndMissingIdsFallBack() throws InputException {
        JsonNode node = json("{'text': 'may be', 'spans': ["
                + "{'id': 2, 'layer': 'speculation', 'type': 'cue', 'begin': 0, 'end': 3},"
                + "{'id': 1, 'layer': 'speculation', 'type': 'scope', 'begin': 0, 'end': 6}]}");
        DocumentSpans decoded = FlatJson.decode(node, "fallback", "test");
        assertThat(decoded.id()).isEqualTo("fallback");
        assertThat(decoded.spans()).extracting(Span::id).containsExactly(1, 2);
    }

    @Test
    void errorsNameTheOriginTheSpanAndTheProblem() {
        assertError("{'spans': []}", "f.json: the document: missing string field \"text\"");
        assertError("{'text': 'x'}", "f.json: missing array field \"spans\"");
        assertError("{'text': 'x', 'offsets': 'bytes', 'spans': []}", "f.json: unknown offset mode 'bytes'");
        assertError(spans("{'id': 1, 'layer': 'hedging', 'type': 'cue', 'begin': 0, 'end': 3}"),
                "f.json: span 1: unknown layer 'hedging'");
        assertError(spans("{'id': 1, 'layer': 'stance', 'type': 'cue', 'begin': 0, 'end': 3}"),
                "f.json: span 1: a stance span cannot have type 'cue' (expected one of marker)");
        assertError(spans("{'id': 1, 'layer': 'speculation', 'type': 'cue', 'begin': 0, 'end': 3, 'category': 'epistmic'}"),
                "f.json: span 1: unknown speculation category 'epistmic'");
        assertError(spans("{'id': 1, 'layer': 'speculation', 'type': 'cue', 'begin': 0, 'end': 30}"),
                "f.json: span 1: offset 30 is outside the text (length 6)");
        assertError(spans("{'id': 1, 'layer': 'speculation', 'type': 'cue', 'begin': 4, 'end': 3}"),
                "f.json: span 1: end 3 is before begin 4");
        assertError(spans("{'id': 1, 'layer': 'speculation', 'type': 'cue', 'begin': 0, 'end': 3, 'text': 'be'}"),
                "f.json: span 1: \"text\" is 'be' but the offsets cover 'may'");
        assertError(spans("{'id': 1, 'layer': 'speculation', 'type': 'cue', 'begin': 0, 'end': 3, 'scope': 9}"),
                "f.json: span 1: scope refers to id 9, which does not exist");
        assertError(spans("{'id': 1, 'layer': 'speculation', 'type': 'cue', 'begin': 0, 'end': 3},"
                + "{'id': 1, 'layer': 'speculation', 'type': 'scope', 'begin': 0, 'end': 6}"),
                "f.json: span id 1 is used twice");
        assertError(spans("{'id': 'one', 'layer': 'speculation', 'type': 'cue', 'begin': 0, 'end': 3}"),
                "f.json: a span: \"id\" must be an integer");
        assertError("{'text': 'may be', 'spans': [], 'attributions': [{'id': 1, 'kind': 'quoted'}]}",
                "f.json: attribution 1: unknown kind 'quoted'");
    }

    private static String spans(String spans) {
        return "{'text': 'may be', 'spans': [" + spans + "]}";
    }

    private static void assertError(String json, String message) {
        assertThatThrownBy(() -> FlatJson.decode(json(json), "d", "f.json"))
                .isInstanceOf(InputException.class).hasMessageStartingWith(message);
    }

    private static JsonNode json(String singleQuoted) {
        try {
            return FlatJson.MAPPER.readTree(singleQuoted.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
