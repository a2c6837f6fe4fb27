package org.evident.exporters.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

import org.apache.uima.UIMAFramework;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the type system a UIMA JSON CAS file embeds in its {@code %TYPES} section (as
 * {@code JsonCas2Serializer} and INCEpTION write it), without reading the feature structures.
 */
final class JsonCasTypes {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String TYPES = "%TYPES";

    private JsonCasTypes() {
    }

    /** The embedded type system, or empty when the file embeds none. */
    static Optional<TypeSystemDescription> embedded(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = MAPPER.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (TYPES.equals(field)) {
                    return Optional.of(describe(parser.readValueAsTree()));
                }
                parser.skipChildren();
            }
            return Optional.empty();
        }
    }

    private static TypeSystemDescription describe(JsonNode types) {
        TypeSystemDescription description = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
        for (Iterator<Map.Entry<String, JsonNode>> it = types.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode node = entry.getValue();
            TypeDescription type = description.addType(entry.getKey(), "",
                    node.path("%SUPER_TYPE").asText("uima.cas.TOP"));
            for (Iterator<Map.Entry<String, JsonNode>> features = node.fields(); features.hasNext();) {
                Map.Entry<String, JsonNode> feature = features.next();
                if (feature.getKey().startsWith("%")) {
                    continue;
                }
                JsonNode spec = feature.getValue();
                type.addFeature(feature.getKey(), "", spec.path("%RANGE").asText(),
                        spec.hasNonNull("%ELEMENT_TYPE") ? spec.get("%ELEMENT_TYPE").asText() : null,
                        spec.hasNonNull("%MULTIPLE_REFERENCES_ALLOWED")
                                ? spec.get("%MULTIPLE_REFERENCES_ALLOWED").asBoolean() : null);
            }
        }
        return description;
    }
}
