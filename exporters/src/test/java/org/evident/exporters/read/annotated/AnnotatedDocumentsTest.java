package org.evident.exporters.read.annotated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evident.exporters.read.annotated.Fixtures.file;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.evident.exporters.read.DocumentTexts;
import org.evident.exporters.read.InputException;
import org.evident.exporters.spans.CasSpans;
import org.evident.exporters.spans.DocumentSpans;
import org.evident.exporters.spans.OffsetMode;
import org.evident.exporters.spans.Span;
import org.evident.exporters.write.DocumentWriter;
import org.evident.exporters.write.FlatJson;
import org.evident.exporters.write.JsonCasWriter;
import org.evident.exporters.write.XmiWriter;
import org.evident.type.SpeculationCue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;

class AnnotatedDocumentsTest {
    private static final String TEXT = "It may rain. Or not.";

    @Test
    void aWholeOutputFolderIsRefusedWithTheFormatsToNameInstead(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("loss-report.json"), "{}");
        Files.writeString(dir.resolve("corpus.jsonl"), "{\"id\": \"a\", \"text\": \"x\", \"spans\": []}\n");
        assertThatThrownBy(() -> AnnotatedDocuments.read(dir)).isInstanceOf(InputException.class)
                .hasMessageContaining("one copy of each document per format; name one of them, e.g. "
                        + dir.resolve("corpus.jsonl"));
    }

    @Test
    void xmiAndJsonCasFilesGiveTheirSpansAndSentences(@TempDir Path dir) throws Exception {
        JCas jcas = annotatedCas();
        try (DocumentWriter xmi = new XmiWriter(dir.resolve("xmi"));
                DocumentWriter jsonCas = new JsonCasWriter(dir.resolve("jsoncas"), true, false)) {
            xmi.write(jcas, CasSpans.extract(jcas));
            jsonCas.write(jcas, CasSpans.extract(jcas));
        }
        for (Path file : List.of(dir.resolve("xmi/doc-1.xmi"), dir.resolve("jsoncas/doc-1.json"))) {
            AnnotatedCorpus corpus = AnnotatedDocuments.read(file);
            assertThat(corpus.scheme()).isEqualTo(AnnotationScheme.full());
            AnnotatedDocument document = corpus.documents().get(0);
            assertThat(document.id()).isEqualTo("doc-1");
            assertThat(document.text()).isEqualTo(TEXT);
            assertThat(document.sentences()).containsExactly(new TextRange(0, 12), new TextRange(13, 20));
            assertThat(document.spans().spans()).singleElement()
                    .satisfies(s -> assertThat(document.spans().textOf(s)).isEqualTo("may"));
        }
    }

    @Test
    void aFolderOfTxtAndAnnFilesIsReadAsAPolNeArBratCollection(@TempDir Path dir) throws Exception {
        String text = "Zoom claims it fired Mr. Jin.";
        Files.writeString(dir.resolve("zoom.txt"), text);
        Files.writeString(dir.resolve("zoom.ann"), "T1\tSource 0 4\tZoom\nT2\tCue 5 11\tclaims\n"
                + "T3\tContent 12 28\tit fired Mr. Jin\nE1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n");
        AnnotatedCorpus corpus = AnnotatedDocuments.read(dir);
        DocumentSpans spans = corpus.documents().get(0).spans();
        assertThat(corpus.documents().get(0).id()).isEqualTo("zoom.txt");
        assertThat(spans.spans()).extracting(spans::textOf).containsExactlyInAnyOrder("Zoom", "claims", "it fired Mr. Jin");
        assertThat(spans.attributions()).hasSize(1);
    }

    @Test
    void aFolderIsReadRecursivelySkippingTheTypeSystemBesideXmiFiles(@TempDir Path dir) throws Exception {
        JCas jcas = annotatedCas();
        try (DocumentWriter xmi = new XmiWriter(dir.resolve("xmi"))) {
            xmi.write(jcas, CasSpans.extract(jcas));
        }
        assertThat(dir.resolve("xmi/TypeSystem.xml")).exists();
        writeFlatJson(dir.resolve("flat.json"), "doc-2");

        AnnotatedCorpus corpus = AnnotatedDocuments.read(dir);
        assertThat(corpus.documents()).extracting(AnnotatedDocument::id).containsExactly("doc-2", "doc-1");
        assertThat(corpus.scheme()).isEqualTo(AnnotationScheme.full());
    }

    @Test
    void flatJsonAndJsonlFilesAreRead(@TempDir Path dir) throws Exception {
        writeFlatJson(dir.resolve("one.json"), "doc-1");
        DocumentSpans spans = sampleSpans("x");
        String line = FlatJson.MAPPER.writeValueAsString(FlatJson.encode(spans, OffsetMode.CODEPOINT));
        Path jsonl = Files.writeString(dir.resolve("corpus.jsonl"), line.replace("\"x\"", "\"a\"") + "\n\n"
                + line.replace("\"x\"", "\"b\"") + "\n");

        assertThat(AnnotatedDocuments.read(dir.resolve("one.json")).documents()).singleElement()
                .satisfies(d -> assertThat(d.spans().spans()).hasSize(1));
        assertThat(AnnotatedDocuments.read(jsonl).documents()).extracting(AnnotatedDocument::id)
                .containsExactly("a", "b");
    }

    @Test
    void theFormatsOfTheSharedCorporaAreRecognisedByExtensionAndRoot() throws InputException {
        assertThat(AnnotatedDocuments.read(file("szeged-mini.xml")).documents()).hasSize(2);
        assertThat(AnnotatedDocuments.read(file("bioscope-mini.xml")).documents()).hasSize(1);
        assertThat(AnnotatedDocuments.read(file("engagement-mini.iob")).documents()).hasSize(2);
    }

    @Test
    void wrongOrBrokenInputIsAnErrorNamingTheFileAndTheProblem(@TempDir Path dir) throws Exception {
        assertError(dir.resolve("missing.json"), "missing.json: no such file or directory");
        assertError(Files.writeString(dir.resolve("gold.txt"), "text"),
                "gold.txt: unsupported annotated format '.txt' (expected .json, .jsonl, .xmi, .xml (BioScope/Szeged), "
                        + ".iob or a folder of them)");
        assertError(Files.writeString(dir.resolve("broken.json"), "{\"text\": \"a\",\n \"spans\": [}"),
                "broken.json: malformed JSON at line 2, column");
        assertError(Files.writeString(dir.resolve("two.json"), "{\"text\": \"a\", \"spans\": []} {}"),
                "two.json: malformed JSON at line 1, column");
        assertError(Files.writeString(dir.resolve("bad.jsonl"), "{\"text\": \"a\", \"spans\": []}\n{\"text\": 3}\n"),
                "bad.jsonl:2: the document: \"text\" must be a string");
        assertError(Files.writeString(dir.resolve("other.xml"), "<?xml version=\"1.0\"?><html><body/></html>"),
                "other.xml: line 1: root element is <html>, expected BioScope/Szeged <Annotation>");
        assertError(Files.writeString(dir.resolve("broken.xmi"), "<xmi:XMI"), "broken.xmi: malformed XMI");
        Files.createDirectories(dir.resolve("empty"));
        assertError(dir.resolve("empty"), "empty: no annotated files in this folder");
    }

    @Test
    void documentIdsMustBeUnique(@TempDir Path dir) throws Exception {
        writeFlatJson(dir.resolve("a.json"), "same");
        writeFlatJson(dir.resolve("b.json"), "same");
        assertError(dir, "document id 'same' is used by documents 1 and 2");
    }

    private static void assertError(Path path, String message) {
        assertThatThrownBy(() -> AnnotatedDocuments.read(path))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(message);
    }

    private static JCas annotatedCas() throws Exception {
        JCas jcas = JCasFactory.createJCas();
        DocumentTexts.load(jcas, "doc-1", null, TEXT, Map.of(), "test");
        new Sentence(jcas, 0, 12).addToIndexes();
        new Sentence(jcas, 13, 20).addToIndexes();
        SpeculationCue cue = new SpeculationCue(jcas, 3, 6);
        cue.setCategory("epistemic");
        cue.addToIndexes();
        return jcas;
    }

    private static DocumentSpans sampleSpans(String id) {
        return new DocumentSpans(id, TEXT, List.of(Span.plain(1, "speculation", "cue", 3, 6)), List.of(), Map.of());
    }

    private static void writeFlatJson(Path file, String id) throws Exception {
        FlatJson.MAPPER.writeValue(file.toFile(), FlatJson.encode(sampleSpans(id), OffsetMode.CODEPOINT));
    }
}
