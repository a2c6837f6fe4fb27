package org.evident.exporters.write;

import org.apache.uima.json.jsoncas2.JsonCas2Serializer;
import org.apache.uima.json.jsoncas2.mode.FeatureStructuresMode;
import org.apache.uima.json.jsoncas2.mode.OffsetConversionMode;
import org.apache.uima.json.jsoncas2.mode.SofaMode;
import org.apache.uima.json.jsoncas2.mode.TypeSystemMode;
import org.apache.uima.json.jsoncas2.ref.FullyQualifiedTypeRefGenerator;
import org.apache.uima.json.jsoncas2.ref.ReferenceCache;
import org.apache.uima.json.jsoncas2.ref.SequentialIdRefGenerator;
import org.apache.uima.json.jsoncas2.ser.CasSerializer;
import org.apache.uima.json.jsoncas2.ser.CommonArrayFSSerializer;
import org.apache.uima.json.jsoncas2.ser.FeatureSerializer;
import org.apache.uima.json.jsoncas2.ser.FeatureStructuresAsArraySerializer;
import org.apache.uima.json.jsoncas2.ser.TypeSerializer;
import org.apache.uima.json.jsoncas2.ser.TypeSystemSerializer;
import org.apache.uima.json.jsoncas2.ser.ViewsSerializer;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * The Jackson writer of UIMA's JSON CAS format, built from uimaj-io-json's serializers as its
 * {@link JsonCas2Serializer} builds it with default settings (UTF-16 offsets), with two
 * differences: the layout is a choice, compact or indented (the indented bytes are
 * {@code JsonCas2Serializer}'s, which a test holds), and integer and reference features, offsets
 * among them, are written by {@link Utf16FeatureStructureSerializer}. The writer is thread-safe and
 * meant to be built once per run.
 */
final class JsonCasLayout {
    private JsonCasLayout() {
    }

    /**
     * @param embedTypeSystem embed the types the document uses ({@link TypeSystemMode#MINIMAL}) or none
     * @param pretty          indent as {@link JsonCas2Serializer} does, or write one compact line
     */
    static ObjectWriter writer(boolean embedTypeSystem, boolean pretty) {
        ReferenceCache.Builder references = ReferenceCache.builder()
                .withIdRefGeneratorSupplier(SequentialIdRefGenerator::new)
                .withTypeRefGeneratorSupplier(FullyQualifiedTypeRefGenerator::new);
        SimpleModule module = new SimpleModule("UIMA CAS JSON", new Version(1, 0, 0, null, null, null));
        module.addSerializer(new CasSerializer(references::build));
        module.addSerializer(new TypeSystemSerializer());
        module.addSerializer(new TypeSerializer());
        module.addSerializer(new FeatureSerializer());
        module.addSerializer(new CommonArrayFSSerializer());
        module.addSerializer(new Utf16FeatureStructureSerializer());
        module.addSerializer(new FeatureStructuresAsArraySerializer());
        module.addSerializer(new ViewsSerializer());
        ObjectMapper mapper = new ObjectMapper().registerModule(module);
        return (pretty ? mapper.writerWithDefaultPrettyPrinter() : mapper.writer())
                .withAttribute(SofaMode.KEY, SofaMode.AS_REGULAR_FEATURE_STRUCTURE)
                .withAttribute(FeatureStructuresMode.KEY, FeatureStructuresMode.AS_ARRAY)
                .withAttribute(OffsetConversionMode.KEY, OffsetConversionMode.UTF_16)
                .withAttribute(TypeSystemMode.KEY, embedTypeSystem ? TypeSystemMode.MINIMAL : TypeSystemMode.NONE);
    }
}
