package org.evident.exporters.write;

import java.io.IOException;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.jcas.tcas.Annotation;
import org.apache.uima.json.jsoncas2.ref.ReferenceCache;
import org.apache.uima.json.jsoncas2.ser.FeatureStructureSerializer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;

/**
 * uimaj-io-json's feature-structure serializer for JSON CAS files with UTF-16 offsets, the CAS's own:
 * it writes an annotation's {@code begin} and {@code end} as they are, where the stock serializer
 * looks up the identity converter of UTF-16 mode by a freshly built key for every offset (a fifth
 * of the JSON CAS writing time). Every other feature is written by the stock serializer.
 */
final class Utf16OffsetsSerializer extends FeatureStructureSerializer {
    private static final long serialVersionUID = 1L;

    @Override
    protected void writeFeature(SerializerProvider provider, ReferenceCache references, JsonGenerator json,
            FeatureStructure fs, Feature feature) throws IOException {
        if (fs instanceof Annotation && isOffset(feature)) {
            json.writeFieldName(feature.getShortName());
            json.writeNumber(fs.getIntValue(feature));
        } else {
            super.writeFeature(provider, references, json, fs, feature);
        }
    }

    private static boolean isOffset(Feature feature) {
        String name = feature.getName();
        return name.equals(CAS.FEATURE_FULL_NAME_BEGIN) || name.equals(CAS.FEATURE_FULL_NAME_END);
    }
}
