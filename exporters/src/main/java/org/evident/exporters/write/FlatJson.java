package org.evident.exporters.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.evident.exporters.read.InputException;
import org.evident.exporters.spans.AttributionRelation;
import org.evident.exporters.spans.DocumentSpans;
import org.evident.exporters.spans.OffsetConverter;
import org.evident.exporters.spans.OffsetMode;
import org.evident.exporters.spans.Span;
import org.evident.model.Categories;
import org.evident.model.Layer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The codec of Evident's flat JSON object (DESIGN.md, docs/formats.md): {@code id}, {@code text},
 * {@code offsets}, {@code spans}, {@code attributions} and, when the input had any,
 * {@code metadata}. {@link #encode} is shared by the per-document JSON writer and the JSONL writer;
 * {@link #decode} by the readers of annotated flat JSON, so both sides use the same field names.
 */
public final class FlatJson {
    /** The mapper used by the flat JSON writers and readers. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String ID = "id";
    private static final String TEXT = "text";
    private static final String OFFSETS = "offsets";
    private static final String SPANS = "spans";
    private static final String ATTRIBUTIONS = "attributions";
    private static final String METADATA = "metadata";
    private static final String LAYER = "layer";
    private static final String TYPE = "type";
    private static final String BEGIN = "begin";
    private static final String END = "end";
    private static final String CATEGORY = "category";
    private static final String STRENGTH = "strength";
    private static final String POLARITY = "polarity";
    private static final String RULE = "rule";
    private static final String CONFIDENCE = "confidence";
    private static final String NEGATED = "negated";
    private static final String HOLDER = "holder";
    private static final String SCOPE = "scope";
    private static final String CUE = "cue";
    private static final String KIND = "kind";
    private static final String SOURCE = "source";
    private static final String CONTENT = "content";
    private static final String PARENT = "parent";

    private FlatJson() {
    }

    /** The flat JSON object of a document with offsets in the given mode. */
    public static ObjectNode encode(DocumentSpans document, OffsetMode mode) {
        OffsetConverter offsets = new OffsetConverter(document.text(), mode);
        ObjectNode root = MAPPER.createObjectNode();
        root.put(ID, document.id());
        root.put(TEXT, document.text());
        root.put(OFFSETS, mode.id());
        ArrayNode spans = root.putArray(SPANS);
        for (Span span : document.spans()) {
            spans.add(encode(span, document, offsets));
        }
        ArrayNode attributions = root.putArray(ATTRIBUTIONS);
        for (AttributionRelation relation : document.attributions()) {
            ObjectNode node = attributions.addObject();
            node.put(ID, relation.id());
            node.put(KIND, relation.kind());
            putId(node, SOURCE, relation.source());
            putId(node, CUE, relation.cue());
            putId(node, CONTENT, relation.content());
            putId(node, PARENT, relation.parent());
        }
        if (!document.metadata().isEmpty()) {
            ObjectNode metadata = root.putObject(METADATA);
            for (Map.Entry<String, String> field : document.metadata().entrySet()) {
                metadata.set(field.getKey(), parse(field.getValue()));
            }
        }
        return root;
    }

    private static ObjectNode encode(Span span, DocumentSpans document, OffsetConverter offsets) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put(ID, span.id());
        node.put(LAYER, span.layer());
        node.put(TYPE, span.type());
        node.put(BEGIN, offsets.fromUtf16(span.begin()));
        node.put(END, offsets.fromUtf16(span.end()));
        node.put(TEXT, document.textOf(span));
        if (span.isMarker()) {
            node.put(CATEGORY, span.category());
            if (span.strength() != null || Layer.SPECULATION.id().equals(span.layer())) {
                node.put(STRENGTH, span.strength());
            }
            if (span.polarity() != null || Layer.STANCE.id().equals(span.layer())) {
                node.put(POLARITY, span.polarity());
            }
            node.put(RULE, span.rule());
            if (span.confidence() != null) {
                node.put(CONFIDENCE, Double.parseDouble(Float.toString(span.confidence())));
            }
            node.put(NEGATED, Boolean.TRUE.equals(span.negated()));
            putId(node, HOLDER, span.holder());
            if (Layer.SPECULATION.id().equals(span.layer())) {
                putId(node, SCOPE, span.scope());
            }
        } else if (span.cue() != null) {
            node.put(CUE, span.cue());
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

    /**
     * Decodes a flat JSON object back into the span view, converting its offsets (in the mode named
     * by {@code offsets}, code points when absent) to UTF-16. Everything is checked: required
     * fields and their types, layers, span types and categories from the closed vocabularies,
     * offsets inside the text, a span's {@code text} equal to the text it covers, unique ids and
     * ids that refer to existing spans.
     *
     * @param node      the JSON object
     * @param defaultId the id of a document whose object has none
     * @param origin    where the object comes from ({@code file} or {@code file:line}), for messages
     * @throws InputException naming the origin, the span or relation and what is wrong
     */
    public static DocumentSpans decode(JsonNode node, String defaultId, String origin) throws InputException {
        if (node == null || !node.isObject()) {
            throw new InputException(origin, "expected a flat JSON object with \"" + TEXT + "\" and \"" + SPANS + "\"");
        }
        String text = requiredText(node, TEXT, origin, "the document");
        JsonNode idNode = node.get(ID);
        String id = idNode == null || idNode.isNull() ? defaultId : idNode.asText();
        OffsetMode mode;
        try {
            mode = OffsetMode.fromId(optionalText(node, OFFSETS, OffsetMode.CODEPOINT.id(), origin, "the document"));
        } catch (IllegalArgumentException e) {
            throw new InputException(origin, e.getMessage());
        }
        OffsetConverter offsets = new OffsetConverter(text, mode);
        List<Span> spans = new ArrayList<>();
        Set<Integer> ids = new HashSet<>();
        for (JsonNode spanNode : array(node, SPANS, true, origin)) {
            Span span = decodeSpan(spanNode, text, offsets, origin);
            if (!ids.add(span.id())) {
                throw new InputException(origin, "span id " + span.id() + " is used twice");
            }
            spans.add(span);
        }
        List<AttributionRelation> relations = new ArrayList<>();
        for (JsonNode relationNode : array(node, ATTRIBUTIONS, false, origin)) {
            AttributionRelation relation = decodeRelation(relationNode, origin);
            if (!ids.add(relation.id())) {
                throw new InputException(origin, "attribution id " + relation.id() + " is already used");
            }
            relations.add(relation);
        }
        checkReferences(spans, relations, ids, origin);
        spans.sort(Span.TEXT_ORDER);
        return new DocumentSpans(id, text, spans, relations, metadata(node, origin));
    }

    private static Span decodeSpan(JsonNode node, String text, OffsetConverter offsets, String origin)
            throws InputException {
        if (!node.isObject()) {
            throw new InputException(origin, "every element of \"" + SPANS + "\" must be an object");
        }
        int id = requiredInt(node, ID, origin, "a span");
        String where = "span " + id;
        String layer = requiredText(node, LAYER, origin, where);
        Layer known;
        try {
            known = Layer.fromId(layer);
        } catch (IllegalArgumentException e) {
            throw new InputException(origin, where + ": " + e.getMessage());
        }
        List<String> types = Span.types(known);
        String type = requiredText(node, TYPE, origin, where);
        if (!types.contains(type)) {
            throw new InputException(origin, where + ": a " + layer + " span cannot have type '" + type
                    + "' (expected one of " + String.join(", ", types) + ")");
        }
        int begin = utf16(offsets, requiredInt(node, BEGIN, origin, where), origin, where);
        int end = utf16(offsets, requiredInt(node, END, origin, where), origin, where);
        if (end < begin) {
            throw new InputException(origin, where + ": end " + end + " is before begin " + begin);
        }
        String covered = optionalText(node, TEXT, null, origin, where);
        if (covered != null && !covered.equals(text.substring(begin, end))) {
            throw new InputException(origin, where + ": \"" + TEXT + "\" is '" + covered + "' but the offsets cover '"
                    + text.substring(begin, end) + "'");
        }
        String category = optionalText(node, CATEGORY, null, origin, where);
        if (category != null && !known.categories().contains(category)) {
            throw new InputException(origin, where + ": unknown " + layer + " category '" + category + "' (expected "
                    + String.join(", ", known.categories()) + ")");
        }
        String polarity = optionalText(node, POLARITY, null, origin, where);
        if (polarity != null && !Categories.POLARITIES.contains(polarity)) {
            throw new InputException(origin, where + ": unknown polarity '" + polarity + "'");
        }
        JsonNode confidence = node.get(CONFIDENCE);
        if (confidence != null && !confidence.isNull() && !confidence.isNumber()) {
            throw new InputException(origin, where + ": \"" + CONFIDENCE + "\" must be a number");
        }
        JsonNode negated = node.get(NEGATED);
        if (negated != null && !negated.isNull() && !negated.isBoolean()) {
            throw new InputException(origin, where + ": \"" + NEGATED + "\" must be true or false");
        }
        return new Span(id, known.id(), type, begin, end, category, optionalText(node, STRENGTH, null, origin, where),
                polarity, optionalText(node, RULE, null, origin, where),
                confidence == null || confidence.isNull() ? null : (float) confidence.asDouble(),
                negated == null || negated.isNull() ? null : negated.asBoolean(),
                optionalInt(node, HOLDER, origin, where), optionalInt(node, SCOPE, origin, where),
                type.equals(Span.SCOPE) ? optionalInt(node, CUE, origin, where) : null);
    }

    private static AttributionRelation decodeRelation(JsonNode node, String origin) throws InputException {
        if (!node.isObject()) {
            throw new InputException(origin, "every element of \"" + ATTRIBUTIONS + "\" must be an object");
        }
        int id = requiredInt(node, ID, origin, "an attribution");
        String where = "attribution " + id;
        String kind = optionalText(node, KIND, null, origin, where);
        if (kind != null && !Categories.KINDS.contains(kind)) {
            throw new InputException(origin, where + ": unknown kind '" + kind + "' (expected "
                    + String.join(", ", Categories.KINDS) + ")");
        }
        return new AttributionRelation(id, kind, optionalInt(node, SOURCE, origin, where),
                optionalInt(node, CUE, origin, where), optionalInt(node, CONTENT, origin, where),
                optionalInt(node, PARENT, origin, where));
    }

    private static void checkReferences(List<Span> spans, List<AttributionRelation> relations, Set<Integer> ids,
            String origin) throws InputException {
        for (Span span : spans) {
            checkReference(span.holder(), ids, origin, "span " + span.id() + ": " + HOLDER);
            checkReference(span.scope(), ids, origin, "span " + span.id() + ": " + SCOPE);
            checkReference(span.cue(), ids, origin, "span " + span.id() + ": " + CUE);
        }
        for (AttributionRelation relation : relations) {
            String where = "attribution " + relation.id() + ": ";
            checkReference(relation.source(), ids, origin, where + SOURCE);
            checkReference(relation.cue(), ids, origin, where + CUE);
            checkReference(relation.content(), ids, origin, where + CONTENT);
            checkReference(relation.parent(), ids, origin, where + PARENT);
        }
    }

    private static void checkReference(Integer id, Set<Integer> ids, String origin, String where)
            throws InputException {
        if (id != null && !ids.contains(id)) {
            throw new InputException(origin, where + " refers to id " + id + ", which does not exist");
        }
    }

    private static Map<String, String> metadata(JsonNode node, String origin) throws InputException {
        JsonNode metadata = node.get(METADATA);
        Map<String, String> fields = new LinkedHashMap<>();
        if (metadata == null || metadata.isNull()) {
            return fields;
        }
        if (!metadata.isObject()) {
            throw new InputException(origin, "\"" + METADATA + "\" must be an object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = metadata.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            fields.put(field.getKey(), field.getValue().toString());
        }
        return fields;
    }

    private static int utf16(OffsetConverter offsets, int offset, String origin, String where) throws InputException {
        try {
            return offsets.toUtf16(offset);
        } catch (IllegalArgumentException e) {
            throw new InputException(origin, where + ": " + e.getMessage());
        }
    }

    private static Iterable<JsonNode> array(JsonNode node, String field, boolean required, String origin)
            throws InputException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new InputException(origin, "missing array field \"" + field + "\"");
            }
            return List.of();
        }
        if (!value.isArray()) {
            throw new InputException(origin, "\"" + field + "\" must be an array");
        }
        return value;
    }

    private static String requiredText(JsonNode node, String field, String origin, String where)
            throws InputException {
        String value = optionalText(node, field, null, origin, where);
        if (value == null) {
            throw new InputException(origin, where + ": missing string field \"" + field + "\"");
        }
        return value;
    }

    private static String optionalText(JsonNode node, String field, String fallback, String origin, String where)
            throws InputException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isTextual()) {
            throw new InputException(origin, where + ": \"" + field + "\" must be a string");
        }
        return value.asText();
    }

    private static int requiredInt(JsonNode node, String field, String origin, String where) throws InputException {
        Integer value = optionalInt(node, field, origin, where);
        if (value == null) {
            throw new InputException(origin, where + ": missing integer field \"" + field + "\"");
        }
        return value;
    }

    private static Integer optionalInt(JsonNode node, String field, String origin, String where)
            throws InputException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new InputException(origin, where + ": \"" + field + "\" must be an integer");
        }
        return value.intValue();
    }
}
