package org.evident.exporters.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.resource.metadata.FeatureDescription;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Looks at the top level of a UIMA JSON CAS file without reading its feature structures: whether
 * it is a JSON CAS at all (every top-level field is a {@code %} section such as {@code %TYPES} or
 * {@code %FEATURE_STRUCTURES}; other JSON sends {@code JsonCas2Deserializer} into an endless loop),
 * and the type system it embeds in {@code %TYPES}, as {@code JsonCas2Serializer} and INCEpTION
 * write it.
 */
final class JsonCasTypes {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String TYPES = "%TYPES";

    private JsonCasTypes() {
    }

    /**
     * The embedded type system, or empty when the file embeds none.
     *
     * @throws IOException when the file is not JSON, or JSON but not a JSON CAS
     */
    static Optional<TypeSystemDescription> embedded(Path file) throws IOException {
        TypeSystemDescription embedded = null;
        try (InputStream in = Files.newInputStream(file); JsonParser parser = MAPPER.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON CAS: the file does not hold a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                if (!field.startsWith("%")) {
                    throw new IOException("not a JSON CAS: top-level field \"" + field
                            + "\" (Evident's flat JSON is an output format, not an export input)");
                }
                parser.nextToken();
                if (TYPES.equals(field)) {
                    embedded = describe(parser.readValueAsTree());
                } else {
                    parser.skipChildren();
                }
            }
        }
        return Optional.ofNullable(embedded);
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
                String range = spec.path("%RANGE").asText();
                String element = spec.hasNonNull("%ELEMENT_TYPE") ? spec.get("%ELEMENT_TYPE").asText() : null;
                if (range.endsWith("[]")) {
                    element = range.substring(0, range.length() - 2);
                    range = arrayType(element);
                    element = range.equals(CAS.TYPE_NAME_FS_ARRAY) ? element : null;
                }
                type.addFeature(feature.getKey(), "", range, element,
                        spec.hasNonNull("%MULTIPLE_REFERENCES_ALLOWED")
                                ? spec.get("%MULTIPLE_REFERENCES_ALLOWED").asBoolean() : null);
            }
        }
        return description;
    }

    /** The UIMA array type for elements of a type: {@code uima.cas.StringArray} for strings, FSArray otherwise. */
    private static String arrayType(String element) {
        return switch (element) {
            case CAS.TYPE_NAME_STRING, CAS.TYPE_NAME_INTEGER, CAS.TYPE_NAME_FLOAT, CAS.TYPE_NAME_DOUBLE,
                    CAS.TYPE_NAME_LONG, CAS.TYPE_NAME_SHORT, CAS.TYPE_NAME_BYTE, CAS.TYPE_NAME_BOOLEAN -> element + "Array";
            default -> CAS.TYPE_NAME_FS_ARRAY;
        };
    }

    /**
     * The part of an embedded type system that a CAS's type system lacks: unknown types whole, and
     * for known types only their unknown features — what must be added to read the file.
     */
    static Optional<TypeSystemDescription> missingFrom(TypeSystemDescription embedded, TypeSystem types) {
        TypeSystemDescription missing = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
        for (TypeDescription type : embedded.getTypes()) {
            Type known = types.getType(type.getName());
            if (known == null) {
                missing.addType(type.getName(), "", type.getSupertypeName()).setFeatures(type.getFeatures());
                continue;
            }
            for (FeatureDescription feature : type.getFeatures()) {
                if (known.getFeatureByBaseName(feature.getName()) == null) {
                    TypeDescription extension = missing.getType(type.getName());
                    if (extension == null) {
                        Type parent = types.getParent(known);
                        extension = missing.addType(type.getName(), "",
                                parent == null ? CAS.TYPE_NAME_TOP : parent.getName());
                    }
                    extension.addFeature(feature.getName(), "", feature.getRangeTypeName(),
                            feature.getElementType(), feature.getMultipleReferencesAllowed());
                }
            }
        }
        return missing.getTypes().length == 0 ? Optional.empty() : Optional.of(missing);
    }
}
