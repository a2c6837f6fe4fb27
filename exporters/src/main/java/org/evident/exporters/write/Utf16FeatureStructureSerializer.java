package org.evident.exporters.write;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.impl.FeatureImpl;
import org.apache.uima.cas.impl.TypeImpl;
import org.apache.uima.cas.impl.TypeSystemConstants;
import org.apache.uima.json.jsoncas2.ref.ReferenceCache;
import org.apache.uima.json.jsoncas2.ser.FeatureStructureSerializer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;

/**
 * uimaj-io-json's feature-structure serializer for JSON CAS files with UTF-16 offsets, the CAS's own,
 * writing the same JSON as the stock serializer for less work per feature. Integer features (among
 * them {@code begin} and {@code end}) are written as they are, where the stock serializer builds the
 * feature's full name and looks up the identity converter of UTF-16 mode for every one; references
 * get their {@code @name} field from a cache instead of a new string each time. Every other feature
 * is written by the stock serializer. Thread-safe, like the serializer it extends.
 */
final class Utf16FeatureStructureSerializer extends FeatureStructureSerializer {
    private static final long serialVersionUID = 1L;

    /**
     * The JSON CAS field of a reference feature, "@" and its short name, by short name (not by
     * feature, so that the type systems of the documents written are not kept).
     */
    private final transient Map<String, String> referenceFields = new ConcurrentHashMap<>();

    @Override
    protected void writeFeature(SerializerProvider provider, ReferenceCache references, JsonGenerator json,
            FeatureStructure fs, Feature feature) throws IOException {
        TypeImpl range = ((FeatureImpl) feature).getRangeImpl();
        if (range.getCode() == TypeSystemConstants.intTypeCode) {
            json.writeFieldName(feature.getShortName());
            json.writeNumber(fs.getIntValue(feature));
        } else if (!range.isPrimitive()) {
            FeatureStructure target = fs.getFeatureValue(feature);
            if (target != null) {
                json.writeNumberField(referenceFields.computeIfAbsent(feature.getShortName(), name -> "@" + name),
                        references.fsRef(target));
            }
        } else {
            super.writeFeature(provider, references, json, fs, feature);
        }
    }
}
