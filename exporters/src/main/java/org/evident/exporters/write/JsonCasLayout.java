package org.evident.exporters.write;

import java.io.IOException;

import org.apache.uima.cas.TypeSystem;
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

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * The Jackson writer of UIMA's JSON CAS format, built from uimaj-io-json's serializers as its
 * {@link JsonCas2Serializer} builds it with default settings (UTF-16 offsets), with two
 * differences: the layout is a choice, compact or indented (the indented bytes are
 * {@code JsonCas2Serializer}'s, which a test holds), and integer and reference features, offsets
 * among them, are written by {@link Utf16FeatureStructureSerializer}. The writer is thread-safe and
 * meant to be built once per run.
 *
 * <p>Without embedded types the file still opens with an empty {@code "%TYPES":{}}: UIMA's
 * {@code JsonCas2Deserializer} (uimaj-io-json 0.5.0) reads {@code %FEATURE_STRUCTURES} only after a
 * {@code %TYPES} or {@code %HEADER} field, and dkpro-cassis looks the field up unconditionally, so
 * the bare {@link TypeSystemMode#NONE} layout could be read by neither.
 */
final class JsonCasLayout {
    /** Writes a type system as an empty object: the types are in {@code TypeSystem.xml} beside the files. */
    private static final class EmptyTypeSystemSerializer extends StdSerializer<TypeSystem> {
        private static final long serialVersionUID = 1L;

        private EmptyTypeSystemSerializer() {
            super(TypeSystem.class);
        }

        @Override
        public void serialize(TypeSystem types, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartObject();
            json.writeEndObject();
        }
    }

    private JsonCasLayout() {
    }

    /**
     * @param embedTypeSystem embed the types the document uses ({@link TypeSystemMode#MINIMAL}) or an
     *                        empty {@code %TYPES}
     * @param pretty          indent as {@link JsonCas2Serializer} does, or write one compact line
     */
    static ObjectWriter writer(boolean embedTypeSystem, boolean pretty) {
        ReferenceCache.Builder references = ReferenceCache.builder()
                .withIdRefGeneratorSupplier(SequentialIdRefGenerator::new)
                .withTypeRefGeneratorSupplier(FullyQualifiedTypeRefGenerator::new);
        SimpleModule module = new SimpleModule("UIMA CAS JSON", new Version(1, 0, 0, null, null, null));
        module.addSerializer(new CasSerializer(references::build));
        module.addSerializer(embedTypeSystem ? new TypeSystemSerializer() : new EmptyTypeSystemSerializer());
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
                .withAttribute(TypeSystemMode.KEY, TypeSystemMode.MINIMAL);
    }
}
