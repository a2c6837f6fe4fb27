package org.evident.exporters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.evident.exporters.read.InputItem;
import org.evident.exporters.read.Inputs;
import org.evident.exporters.spans.CasSpans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

class InputsTest {

    private static List<InputItem> items(List<Path> paths) {
        List<InputItem> items = new ArrayList<>();
        new Inputs(paths, Inputs.TEXT).forEachRemaining(items::add);
        return items;
    }

    @Test
    void foldersAreWalkedRecursivelyWithIdsRelativeToTheRoot(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("b/c"));
        Files.writeString(dir.resolve("b/c/two.txt"), "Two.");
        Files.writeString(dir.resolve("a.txt"), "One.");
        Files.writeString(dir.resolve("notes.md"), "ignored");
        List<InputItem> items = items(List.of(dir));
        assertThat(items).hasSize(2);
        JCas jcas = JCasFactory.createJCas();
        items.get(1).loadInto(jcas);
        assertThat(CasSpans.documentId(jcas)).isEqualTo("b/c/two.txt");
        assertThat(jcas.getDocumentText()).isEqualTo("Two.");
        assertThat(JCasUtil.selectSingle(jcas, DocumentMetaData.class).getDocumentUri()).startsWith("file:");
    }

    @Test
    void invalidUtf8NamesTheFileAndTheByteOffset(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.txt");
        Files.write(file, "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
        InputItem item = items(List.of(file)).get(0);
        assertThatThrownBy(() -> item.loadInto(JCasFactory.createJCas()))
                .hasMessage(file + ": not valid UTF-8 (invalid byte at offset 3; convert it with iconv -f <encoding> -t UTF-8)");
    }

    @Test
    void aNoncharacterThatNoXmlCanHoldFailsTheDocumentBeforeAnyFormatIsWritten(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("ffff.txt"), "It may \uFFFF rain.");
        assertThatThrownBy(() -> items(List.of(text)).get(0).loadInto(JCasFactory.createJCas()))
                .hasMessage(text + ": contains the noncharacter U+FFFF at offset 7, which no XML version can hold");
    }

    @Test
    void binaryFilesAndMissingPathsFailAloneWithTheirName(@TempDir Path dir) throws Exception {
        Path binary = dir.resolve("image.txt");
        Files.write(binary, new byte[] {'G', 'I', 'F', 0, 1, 2});
        Path missing = dir.resolve("missing.txt");
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "Fine.");
        List<InputItem> items = items(List.of(binary, missing, good));
        assertThat(items).hasSize(3);
        assertThatThrownBy(() -> items.get(0).loadInto(JCasFactory.createJCas()))
                .hasMessage(binary + ": contains NUL characters at offset 3 (binary data?)");
        assertThatThrownBy(() -> items.get(1).loadInto(JCasFactory.createJCas()))
                .hasMessage(missing + ": no such file or directory");
        JCas jcas = JCasFactory.createJCas();
        items.get(2).loadInto(jcas);
        assertThat(jcas.getDocumentText()).isEqualTo("Fine.");
    }

    @Test
    void emptyFileIsAnEmptyDocument(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");
        JCas jcas = JCasFactory.createJCas();
        items(List.of(empty)).get(0).loadInto(jcas);
        assertThat(jcas.getDocumentText()).isEmpty();
    }

    @Test
    void jsonlLinesKeepExtraFieldsAsMetadataAndBadLinesFailWithTheirLineNumber(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        Files.writeString(corpus, "{\"id\": \"d1\", \"text\": \"It may rain.\", \"source\": \"wire\", \"year\": 2020}\n"
                + "\n{\"id\": \"d2\", \"text\": \n{\"id\": \"d3\"}\n{\"text\": \"No id.\"}\n"
                + "{\"id\": \" \", \"text\": \"Blank id.\"}\n{\"id\": 42, \"text\": \"Number.\"}\n"
                + "{\"id\": {\"n\": 1}, \"text\": \"Object id.\"}\n");
        List<InputItem> items = items(List.of(corpus));
        assertThat(items).extracting(InputItem::origin).containsExactly(corpus + ":1", corpus + ":3", corpus + ":4",
                corpus + ":5", corpus + ":6", corpus + ":7", corpus + ":8");
        JCas jcas = JCasFactory.createJCas();
        items.get(0).loadInto(jcas);
        assertThat(CasSpans.extract(jcas).metadata()).containsEntry("source", "\"wire\"").containsEntry("year", "2020");
        assertThatThrownBy(() -> items.get(1).loadInto(JCasFactory.createJCas()))
                .hasMessageStartingWith(corpus + ":3: malformed JSON");
        assertThatThrownBy(() -> items.get(2).loadInto(JCasFactory.createJCas()))
                .hasMessage(corpus + ":4: missing string field \"text\"");
        JCas noId = JCasFactory.createJCas();
        items.get(3).loadInto(noId);
        assertThat(CasSpans.documentId(noId)).isEqualTo(corpus + ":5");
        JCas blankId = JCasFactory.createJCas();
        items.get(4).loadInto(blankId);
        assertThat(CasSpans.documentId(blankId)).isEqualTo(corpus + ":6");
        JCas numberId = JCasFactory.createJCas();
        items.get(5).loadInto(numberId);
        assertThat(CasSpans.documentId(numberId)).isEqualTo("42");
        assertThatThrownBy(() -> items.get(6).loadInto(JCasFactory.createJCas()))
                .hasMessage(corpus + ":8: field \"id\" must be a string or a number, not object");
    }

    @Test
    void aJsonlLineWithBytesThatAreNotUtf8FailsAloneAndTheFileReadsOn(@TempDir Path dir) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 1; i <= 400; i++) {
            String word = i == 300 ? "h\u00e9re" : "here";
            byte[] line = ("{\"id\": \"n" + i + "\", \"text\": \"Line " + i + " may be " + word + ".\"}\r\n")
                    .getBytes(i == 300 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            bytes.write(line);
        }
        Path corpus = Files.write(dir.resolve("corpus.jsonl"), bytes.toByteArray());
        List<InputItem> items = items(List.of(corpus));
        assertThat(items).hasSize(400);
        List<String> ids = new ArrayList<>();
        for (InputItem item : items) {
            JCas jcas = JCasFactory.createJCas();
            if (item.origin().endsWith(":300")) {
                assertThatThrownBy(() -> item.loadInto(jcas))
                        .hasMessageStartingWith(corpus + ":300: not valid UTF-8 (invalid byte at offset 41 of the line");
                continue;
            }
            item.loadInto(jcas);
            ids.add(CasSpans.documentId(jcas));
            assertThat(jcas.getDocumentText()).doesNotContain("\r");
        }
        assertThat(ids).hasSize(399).startsWith("n1", "n2").endsWith("n399", "n400");
    }

    @Test
    void aJsonlLineWithTextAfterTheObjectOrAFieldGivenTwiceIsMalformed(@TempDir Path dir) throws Exception {
        Path corpus = Files.writeString(dir.resolve("corpus.jsonl"),
                "{\"id\": \"f\", \"text\": \"x\"} trailing\n{\"id\": \"g\", \"text\": \"one\", \"text\": \"two\"}\n");
        List<InputItem> items = items(List.of(corpus));
        assertThatThrownBy(() -> items.get(0).loadInto(JCasFactory.createJCas()))
                .hasMessageStartingWith(corpus + ":1: malformed JSON");
        assertThatThrownBy(() -> items.get(1).loadInto(JCasFactory.createJCas()))
                .hasMessageStartingWith(corpus + ":2: malformed JSON").hasMessageContaining("text");
    }

    @Test
    void aByteOrderMarkOpeningAJsonlFileIsNotPartOfTheFirstLine(@TempDir Path dir) throws Exception {
        Path corpus = Files.writeString(dir.resolve("corpus.jsonl"),
                "\uFEFF{\"id\": \"x1\", \"text\": \"It may rain.\"}\n{\"id\": \"x2\", \"text\": \"Surely not.\"}");
        List<InputItem> items = items(List.of(corpus));
        assertThat(items).hasSize(2);
        JCas first = JCasFactory.createJCas();
        items.get(0).loadInto(first);
        assertThat(CasSpans.documentId(first)).isEqualTo("x1");
        JCas second = JCasFactory.createJCas();
        items.get(1).loadInto(second);
        assertThat(second.getDocumentText()).isEqualTo("Surely not.");
    }

    @Test
    void metadataComesBackInTheOrderOfTheInputLine(@TempDir Path dir) throws Exception {
        StringBuilder line = new StringBuilder("{\"id\": \"d\", \"text\": \"It may rain.\"");
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            keys.add("field" + (char) ('p' - i));
            line.append(", \"").append(keys.get(i)).append("\": ").append(i);
        }
        Path corpus = Files.writeString(dir.resolve("corpus.jsonl"), line + "}\n");
        JCas jcas = JCasFactory.createJCas();
        items(List.of(corpus)).get(0).loadInto(jcas);
        assertThat(CasSpans.extract(jcas).metadata().keySet()).containsExactlyElementsOf(keys);
    }

    @Test
    void aFolderWalkFollowsLinksAndReportsBrokenOnesAndLoopsWithoutStopping(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus/a"));
        Files.writeString(corpus.resolve("one.txt"), "It may rain.");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("two.txt"), "Surely not.");
        Path root = dir.resolve("corpus");
        Files.createSymbolicLink(root.resolve("linked"), elsewhere);
        Files.createSymbolicLink(root.resolve("dangling.txt"), dir.resolve("nowhere.txt"));
        Files.createSymbolicLink(corpus.resolve("loop"), root);
        List<InputItem> items = items(List.of(root));
        assertThat(items).extracting(InputItem::origin).containsExactly(corpus.resolve("loop").toString(),
                corpus.resolve("one.txt").toString(), root.resolve("dangling.txt").toString(),
                root.resolve("linked/two.txt").toString());
        assertThatThrownBy(() -> items.get(0).loadInto(JCasFactory.createJCas())).hasMessageContaining("not followed");
        assertThatThrownBy(() -> items.get(2).loadInto(JCasFactory.createJCas())).hasMessageContaining("a link to nothing");
        JCas linked = JCasFactory.createJCas();
        items.get(3).loadInto(linked);
        assertThat(CasSpans.documentId(linked)).isEqualTo("linked/two.txt");
    }

    @Test
    void theOutputFolderInsideAnInputFolderIsNotRead(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "It may rain.");
        Path output = Files.createDirectories(dir.resolve("out/brat"));
        Files.writeString(output.resolve("a.txt"), "It may rain.");
        List<InputItem> items = new ArrayList<>();
        new Inputs(List.of(dir), Inputs.TEXT, dir.resolve("out")).forEachRemaining(items::add);
        assertThat(items).extracting(InputItem::origin).containsExactly(dir.resolve("a.txt").toString());
    }

    @Test
    void aFolderWithoutAnInputFileIsAnError(@TempDir Path dir) throws Exception {
        Files.writeString(Files.createDirectories(dir.resolve("sub")).resolve("corpus.jsonl"), "{}");
        List<InputItem> items = items(List.of(dir));
        assertThat(items).hasSize(1);
        assertThatThrownBy(() -> items.get(0).loadInto(JCasFactory.createJCas()))
                .hasMessage(dir + ": no .txt file in this folder or below it");
    }

    @Test
    void malformedXmiNamesTheFile(@TempDir Path dir) throws Exception {
        Path xmi = dir.resolve("broken.xmi");
        Files.writeString(xmi, "<xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\"><unclosed");
        List<InputItem> items = new ArrayList<>();
        new Inputs(List.of(xmi), Inputs.CAS).forEachRemaining(items::add);
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            assertThatThrownBy(() -> items.get(0).loadInto(JCasFactory.createJCas()))
                    .hasMessageStartingWith(xmi + ": malformed XMI (line 1, column ");
        } finally {
            System.setErr(stderr);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).as("nothing printed besides the error").isEmpty();
    }

    @Test
    void malformedJsonCasIsOneLineNamingTheFileAndWhere(@TempDir Path dir) throws Exception {
        Path json = Files.writeString(dir.resolve("broken.json"), "{\"%FEATURE_STRUCTURES\": [ {\"%ID\": 1,, } ] }");
        List<InputItem> items = new ArrayList<>();
        new Inputs(List.of(json), Inputs.CAS).forEachRemaining(items::add);
        assertThatThrownBy(() -> items.get(0).loadInto(JCasFactory.createJCas()))
                .hasMessageStartingWith(json + ": cannot read as UIMA JSON CAS (")
                .hasMessageContaining("at line 1, column ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
