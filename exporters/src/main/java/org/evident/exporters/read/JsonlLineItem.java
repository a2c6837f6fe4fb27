package org.evident.exporters.read;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.uima.jcas.JCas;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * One line of a JSONL corpus: {@code {"id": …, "text": …, …}}. Every other field is kept as
 * metadata and given back by the flat JSON writers. The id is a string or a number; a line without
 * one (or with an empty one) gets {@code <file>:<line>}; a line without a string {@code text}, or
 * whose id is an object, an array or a boolean, is an error naming file and line.
 */
public final class JsonlLineItem implements InputItem {
    /** Refuses what a lenient parser would half-read: text after the object, a field given twice. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final String file;
    private final int lineNumber;
    private final byte[] line;

    /**
     * @param file       the corpus file, for messages and ids
     * @param lineNumber the line's number, from 1
     * @param line       the line's bytes, decoded as UTF-8 only when the document is loaded
     */
    public JsonlLineItem(String file, int lineNumber, byte[] line) {
        this.file = file;
        this.lineNumber = lineNumber;
        this.line = line;
    }

    @Override
    public String origin() {
        return file + ":" + lineNumber;
    }

    @Override
    public long sizeInBytes() {
        return line.length + 1L;
    }

    @Override
    public void loadInto(JCas jcas) throws InputException {
        JsonNode node;
        try {
            node = MAPPER.readTree(DocumentTexts.decodeUtf8(line, lineNumber == 1, origin(), " of the line"));
        } catch (JsonProcessingException e) {
            throw new InputException(origin(), "malformed JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new InputException(origin(), "expected a JSON object with \"id\" and \"text\"");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            throw new InputException(origin(), "missing string field \"text\"");
        }
        String id = id(node.get("id"));
        Map<String, String> metadata = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getKey().equals("id") && !field.getKey().equals("text")) {
                metadata.put(field.getKey(), field.getValue().toString());
            }
        }
        DocumentTexts.load(jcas, id, null, text.asText(), metadata, origin());
    }

    private String id(JsonNode id) throws InputException {
        if (id == null || id.isNull()) {
            return origin();
        }
        if (!id.isTextual() && !id.isNumber()) {
            throw new InputException(origin(), "field \"id\" must be a string or a number, not " + id.getNodeType()
                    .name().toLowerCase(Locale.ROOT));
        }
        return id.asText().isBlank() ? origin() : id.asText();
    }
}
