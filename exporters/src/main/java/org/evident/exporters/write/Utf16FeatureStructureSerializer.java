package org.evident.exporters.write;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.impl.FeatureImpl;
import org.apache.uima.cas.impl.TypeImpl;
import org.apache.uima.cas.impl.TypeSystemConstants;
import org.apache.uima.json.jsoncas2.mode.FeatureStructuresMode;
import org.apache.uima.json.jsoncas2.mode.ViewsMode;
import org.apache.uima.json.jsoncas2.ref.ReferenceCache;
import org.apache.uima.json.jsoncas2.ser.FeatureStructureSerializer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;

/**
 * uimaj-io-json's feature-structure serializer for JSON CAS files with UTF-16 offsets, the CAS's own,
 * writing the same JSON as the stock serializer for less work per structure. Field names and type
 * names are JSON-encoded once and kept (by name, so that the type systems of the documents written
 * are not kept), where the stock serializer escapes them again for every structure and builds the
 * {@code @name} of a reference anew each time; features are read from the type's own array instead
 * of a copy made for every structure. Integer, string, boolean and reference features
 * (offsets among them, which need no conversion in UTF-16 mode) are written here; every other
 * feature, and every structure when views are written inline or structures as a map, by the stock
 * serializer. Thread-safe, like the serializer it extends.
 */
final class Utf16FeatureStructureSerializer extends FeatureStructureSerializer {
    private static final long serialVersionUID = 1L;
    private static final SerializableString ID_FIELD = new SerializedString("%ID");
    private static final SerializableString TYPE_FIELD = new SerializedString("%TYPE");

    /** JSON of each type name written. */
    private final transient Map<String, SerializableString> typeNames = new ConcurrentHashMap<>();
    /** JSON of each primitive feature's field, by short name. */
    private final transient Map<String, SerializableString> valueFields = new ConcurrentHashMap<>();
    /** JSON of each reference feature's field, "@" and its short name, by short name. */
    private final transient Map<String, SerializableString> referenceFields = new ConcurrentHashMap<>();

    @Override
    public void serialize(FeatureStructure fs, JsonGenerator json, SerializerProvider provider) throws IOException {
        if (ViewsMode.get(provider) == ViewsMode.INLINE
                || FeatureStructuresMode.get(provider) != FeatureStructuresMode.AS_ARRAY) {
            super.serialize(fs, json, provider);
            return;
        }
        ReferenceCache references = ReferenceCache.get(provider);
        json.writeStartObject();
        json.writeFieldName(ID_FIELD);
        json.writeNumber(references.fsRef(fs));
        json.writeFieldName(TYPE_FIELD);
        TypeImpl type = (TypeImpl) fs.getType();
        json.writeString(typeNames.computeIfAbsent(references.typeRef(type), SerializedString::new));
        for (FeatureImpl feature : type.getFeatureImpls()) {
            writeFeature(provider, references, json, fs, feature);
        }
        json.writeEndObject();
    }

    @Override
    protected void writeFeature(SerializerProvider provider, ReferenceCache references, JsonGenerator json,
            FeatureStructure fs, Feature feature) throws IOException {
        TypeImpl range = ((FeatureImpl) feature).getRangeImpl();
        if (!range.isPrimitive()) {
            FeatureStructure target = fs.getFeatureValue(feature);
            if (target != null) {
                json.writeFieldName(referenceFields.computeIfAbsent(feature.getShortName(),
                        name -> new SerializedString("@" + name)));
                json.writeNumber(references.fsRef(target));
            }
        } else if (range.getCode() == TypeSystemConstants.intTypeCode) {
            json.writeFieldName(valueField(feature));
            json.writeNumber(fs.getIntValue(feature));
        } else if (range.isStringOrStringSubtype()) {
            String value = fs.getStringValue(feature);
            if (value != null) {
                json.writeFieldName(valueField(feature));
                json.writeString(value);
            }
        } else if (range.getCode() == TypeSystemConstants.booleanTypeCode) {
            json.writeFieldName(valueField(feature));
            json.writeBoolean(fs.getBooleanValue(feature));
        } else {
            super.writeFeature(provider, references, json, fs, feature);
        }
    }

    private SerializableString valueField(Feature feature) {
        return valueFields.computeIfAbsent(feature.getShortName(), SerializedString::new);
    }
}
