package org.evident.exporters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.evident.exporters.read.CasFileItem;
import org.evident.exporters.spans.CasSpans;
import org.evident.exporters.spans.DocumentSpans;
import org.evident.exporters.write.DocumentWriter;
import org.evident.exporters.write.JsonCasWriter;
import org.evident.exporters.write.XmiWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.json.jsoncas2.JsonCas2Deserializer;

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

    @Test
    void jsonCasKeepsEveryAnnotationFeatureAndLink(@TempDir Path dir) throws Exception {
        JCas original = AnnotatedCasFixture.create("");
        DocumentSpans reread = writeAndReread(new JsonCasWriter(dir, true), original, dir.resolve("fixture.json"), false);
        assertThat(reread).isEqualTo(CasSpans.extract(original));
        assertThat(Files.readString(dir.resolve("fixture.json"))).contains("%TYPES");
    }

    @Test
    void jsonCasWithoutEmbeddedTypesWritesTheTypeSystemBeside(@TempDir Path dir) throws Exception {
        JCas original = AnnotatedCasFixture.create("");
        new JsonCasWriter(dir, false).write(original, CasSpans.extract(original));
        assertThat(Files.readString(dir.resolve("fixture.json"))).doesNotContain("%TYPES");
        assertThat(dir.resolve("TypeSystem.xml")).exists();
    }

    @Test
    void controlCharactersThatXml10ForbidsAreWrittenAsXml11(@TempDir Path dir) throws Exception {
        JCas original = AnnotatedCasFixture.create("News\u001B[0m with an escape. ");
        DocumentSpans reread = writeAndReread(new XmiWriter(dir), original, dir.resolve("fixture.xmi"), true);
        assertThat(reread).isEqualTo(CasSpans.extract(original));
        assertThat(Files.readString(dir.resolve("fixture.xmi"))).startsWith("<?xml version=\"1.1\"");
        DocumentSpans json = writeAndReread(new JsonCasWriter(dir.resolve("j"), true), original,
                dir.resolve("j/fixture.json"), false);
        assertThat(json.text()).contains("\u001B");
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
