package org.evident.exporters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.StringArray;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.evident.exporters.read.CasFileItem;
import org.evident.exporters.spans.CasSpans;
import org.evident.exporters.spans.DocumentSpans;
import org.evident.exporters.write.DocumentWriter;
import org.evident.exporters.write.JsonCasWriter;
import org.evident.exporters.write.XmiWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.json.jsoncas2.JsonCas2Deserializer;
import org.apache.uima.json.jsoncas2.JsonCas2Serializer;
import org.apache.uima.json.jsoncas2.mode.TypeSystemMode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** XMI and JSON CAS files, read back with UIMA's own deserializers, hold every annotation and feature. */
class CasRoundTripTest {

    private static DocumentSpans writeAndReread(DocumentWriter writer, JCas original, Path file, boolean xmi)
            throws Exception {
        writer.write(original, CasSpans.extract(original));
        writer.close();
        JCas reread = JCasFactory.createJCas();
        try (var in = Files.newInputStream(file)) {
            if (xmi) {
                XmiCasDeserializer.deserialize(in, reread.getCas());
            } else {
                new JsonCas2Deserializer().deserialize(in, reread.getCas());
            }
        }
        assertThat(reread.getDocumentText()).isEqualTo(original.getDocumentText());
        return CasSpans.extract(reread);
    }

    @Test
    void xmiKeepsEveryAnnotationFeatureAndLink(@TempDir Path dir) throws Exception {
        JCas original = AnnotatedCasFixture.create("");
        DocumentSpans reread = writeAndReread(new XmiWriter(dir), original, dir.resolve("fixture.xmi"), true);
        assertThat(reread).isEqualTo(CasSpans.extract(original));
        assertThat(reread.spans()).hasSize(6);
        assertThat(reread.attributions()).hasSize(1);
        assertThat(dir.resolve("TypeSystem.xml")).exists();
        assertThat(Files.readString(dir.resolve("fixture.xmi"))).startsWith("<?xml version=\"1.0\"");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void jsonCasKeepsEveryAnnotationFeatureAndLink(boolean pretty, @TempDir Path dir) throws Exception {
        JCas original = AnnotatedCasFixture.create("");
        DocumentSpans reread = writeAndReread(new JsonCasWriter(dir, true, pretty), original, dir.resolve("fixture.json"), false);
        assertThat(reread).isEqualTo(CasSpans.extract(original));
        assertThat(Files.readString(dir.resolve("fixture.json"))).contains("%TYPES");
    }

    /** A CAS with the fixture's annotations and an indexed string array, which XMI writes as elements with text. */
    private static JCas withStringArray(String prefix) throws Exception {
        JCas jcas = AnnotatedCasFixture.create(prefix);
        StringArray strings = new StringArray(jcas, 4);
        strings.copyFromArray(new String[] {"a < b & \"c\"", "tab\tline\nreturn\r", "nel\u0085 \uD83E\uDD8A", "é"}, 0, 0, 4);
        strings.addToIndexes();
        return jcas;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "News\u001B[0m with an escape. "})
    void xmiIsByteForByteWhatUimasSerializerWrites(String prefix, @TempDir Path dir) throws Exception {
        JCas original = withStringArray(prefix);
        new XmiWriter(dir).write(original, CasSpans.extract(original));
        ByteArrayOutputStream uima = new ByteArrayOutputStream();
        XmiCasSerializer.serialize(original.getCas(), original.getTypeSystem(), uima, false, null, null, !prefix.isEmpty());
        assertThat(Files.readAllBytes(dir.resolve("fixture.xmi"))).isEqualTo(uima.toByteArray());
    }

    @Test
    void prettyJsonCasIsByteForByteWhatUimasSerializerWrites(@TempDir Path dir) throws Exception {
        JCas original = withStringArray("");
        new JsonCasWriter(dir, true, true).write(original, CasSpans.extract(original));
        JsonCas2Serializer serializer = new JsonCas2Serializer();
        serializer.setTypeSystemMode(TypeSystemMode.MINIMAL);
        ByteArrayOutputStream uima = new ByteArrayOutputStream();
        serializer.serialize(original.getCas(), uima);
        assertThat(Files.readAllBytes(dir.resolve("fixture.json"))).isEqualTo(uima.toByteArray());
    }

    @Test
    void compactJsonCasIsOneLineHoldingTheSameJsonAsPretty(@TempDir Path dir) throws Exception {
        JCas original = withStringArray("");
        new JsonCasWriter(dir.resolve("compact"), true, false).write(original, CasSpans.extract(original));
        new JsonCasWriter(dir.resolve("pretty"), true, true).write(original, CasSpans.extract(original));
        String compact = Files.readString(dir.resolve("compact/fixture.json"));
        String pretty = Files.readString(dir.resolve("pretty/fixture.json"));
        assertThat(compact).doesNotContain("\n").startsWith("{\"%TYPES\":{");
        assertThat(compact.length()).isLessThan(pretty.length());
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(compact)).isEqualTo(json.readTree(pretty));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void jsonCasWithoutEmbeddedTypesIsReadByUimaWithTheTypeSystemWrittenBeside(boolean pretty, @TempDir Path dir)
            throws Exception {
        JCas original = AnnotatedCasFixture.create("");
        JsonCasWriter writer = new JsonCasWriter(dir, false, pretty);
        writer.write(original, CasSpans.extract(original));
        writer.close();
        JsonNode file = new ObjectMapper().readTree(dir.resolve("fixture.json").toFile());
        assertThat(file.fieldNames().next()).isEqualTo("%TYPES");
        assertThat(file.get("%TYPES").isEmpty()).isTrue();

        TypeSystemDescription beside = TypeSystemDescriptionFactory.createTypeSystemDescriptionFromPath(
                dir.resolve("TypeSystem.xml").toUri().toString());
        JCas reread = JCasFactory.createJCas(beside);
        try (var in = Files.newInputStream(dir.resolve("fixture.json"))) {
            new JsonCas2Deserializer().deserialize(in, reread.getCas());
        }
        assertThat(CasSpans.extract(reread)).isEqualTo(CasSpans.extract(original));
    }

    @Test
    void controlCharactersThatXml10ForbidsAreWrittenAsXml11(@TempDir Path dir) throws Exception {
        JCas original = AnnotatedCasFixture.create("News\u001B[0m with an escape. ");
        DocumentSpans reread = writeAndReread(new XmiWriter(dir), original, dir.resolve("fixture.xmi"), true);
        assertThat(reread).isEqualTo(CasSpans.extract(original));
        assertThat(Files.readString(dir.resolve("fixture.xmi"))).startsWith("<?xml version=\"1.1\"");
        DocumentSpans json = writeAndReread(new JsonCasWriter(dir.resolve("j"), true, false), original,
                dir.resolve("j/fixture.json"), false);
        assertThat(json.text()).contains("\u001B");
    }

    @Test
    void xml11KeepsC1ControlsAndLineSeparatorsInTheText(@TempDir Path dir) throws Exception {
        JCas original = AnnotatedCasFixture.create("Esc\u001B del\u007F nel\u0085 c1\u0091 ls\u2028. ");
        DocumentSpans reread = writeAndReread(new XmiWriter(dir), original, dir.resolve("fixture.xmi"), true);
        assertThat(reread).isEqualTo(CasSpans.extract(original));
    }

    @Test
    void casFileItemReadsXmiWrittenByTheWriter(@TempDir Path dir) throws Exception {
        JCas original = AnnotatedCasFixture.create("");
        XmiWriter writer = new XmiWriter(dir);
        writer.write(original, CasSpans.extract(original));
        JCas loaded = JCasFactory.createJCas();
        new CasFileItem(dir.resolve("fixture.xmi"), "fixture.xmi").loadInto(loaded);
        assertThat(CasSpans.extract(loaded)).isEqualTo(CasSpans.extract(original));
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
}
