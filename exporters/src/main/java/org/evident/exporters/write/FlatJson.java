package org.evident.exporters.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.evident.exporters.spans.AttributionRelation;
import org.evident.exporters.spans.DocumentSpans;
import org.evident.exporters.spans.OffsetConverter;
import org.evident.exporters.spans.OffsetMode;
import org.evident.exporters.spans.Span;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Encodes a {@link DocumentSpans} as Evident's flat JSON object (DESIGN.md, docs/formats.md):
 * {@code id}, {@code text}, {@code offsets}, {@code spans}, {@code attributions} and, when the input
 * had any, {@code metadata}. Shared by the per-document JSON writer and the JSONL writer.
 */
public final class FlatJson {
    /** The mapper used by the flat JSON writers and readers. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private FlatJson() {
    }

    /** The flat JSON object of a document with offsets in the given mode. */
    public static ObjectNode encode(DocumentSpans document, OffsetMode mode) {
        OffsetConverter offsets = new OffsetConverter(document.text(), mode);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", document.id());
        root.put("text", document.text());
        root.put("offsets", mode.id());
        ArrayNode spans = root.putArray("spans");
        for (Span span : document.spans()) {
            spans.add(encode(span, document, offsets));
        }
        ArrayNode attributions = root.putArray("attributions");
        for (AttributionRelation relation : document.attributions()) {
            ObjectNode node = attributions.addObject();
            node.put("id", relation.id());
            node.put("kind", relation.kind());
            putId(node, "source", relation.source());
            putId(node, "cue", relation.cue());
            putId(node, "content", relation.content());
            putId(node, "parent", relation.parent());
        }
        if (!document.metadata().isEmpty()) {
            ObjectNode metadata = root.putObject("metadata");
            for (Map.Entry<String, String> field : document.metadata().entrySet()) {
                metadata.set(field.getKey(), parse(field.getValue()));
            }
        }
        return root;
    }

    private static ObjectNode encode(Span span, DocumentSpans document, OffsetConverter offsets) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", span.id());
        node.put("layer", span.layer());
        node.put("type", span.type());
        node.put("begin", offsets.fromUtf16(span.begin()));
        node.put("end", offsets.fromUtf16(span.end()));
        node.put("text", document.textOf(span));
        if (span.isMarker()) {
            node.put("category", span.category());
            if (span.strength() != null || "speculation".equals(span.layer())) {
                node.put("strength", span.strength());
            }
            if (span.polarity() != null || "stance".equals(span.layer())) {
                node.put("polarity", span.polarity());
            }
            node.put("rule", span.rule());
            if (span.confidence() != null) {
                node.put("confidence", span.confidence().doubleValue());
            }
            node.put("negated", Boolean.TRUE.equals(span.negated()));
            putId(node, "holder", span.holder());
            if ("speculation".equals(span.layer())) {
                putId(node, "scope", span.scope());
            }
        } else if (span.cue() != null) {
            node.put("cue", span.cue());
        }
        return node;
    }

    private static void putId(ObjectNode node, String field, Integer id) {
        if (id == null) {
            node.putNull(field);
        } else {
            node.put(field, id);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("metadata value is not JSON: " + json, e);
        }
    }
}
