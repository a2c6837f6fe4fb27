package org.evident.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.evident.type.MetadataField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import picocli.CommandLine;

class AnnotateCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = EvidentCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void annotatesTheSampleCorpusIntoEveryFormat(@TempDir Path dir) throws Exception {
        Path output = dir.resolve("out");
        int code = run("annotate", "../seeds", "-o", output.toString(), "-f", "xmi,jsoncas,json,jsonl");
        assertThat(code).as(err.toString()).isZero();
        assertThat(output.resolve("xmi/zoom-new-mistress-of-the-ccp.xmi")).exists();
        assertThat(output.resolve("xmi/TypeSystem.xml")).exists();
        assertThat(output.resolve("jsoncas/zoom-new-mistress-of-the-ccp.json")).exists();
        assertThat(output.resolve("json/zoom-new-mistress-of-the-ccp.json")).exists();
        List<String> lines = Files.readAllLines(output.resolve("corpus.jsonl"));
        assertThat(lines).hasSize(1);
        JsonNode doc = new ObjectMapper().readTree(lines.get(0));
        assertThat(doc.get("id").asText()).isEqualTo("zoom-new-mistress-of-the-ccp.txt");
        assertThat(doc.get("text").asText()).startsWith("Zoom, New Mistress of the");
        assertThat(out.toString()).startsWith("1 documents, 0 failed; markers:");
        try (Stream<Path> files = Files.walk(output)) {
            assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void everyOutputFileGetsThePermissionsOfAnOrdinaryNewFile(@TempDir Path dir) throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path output = dir.resolve("out");
        int code = run("annotate", "../seeds", "-o", output.toString(), "-f", "xmi,jsoncas,json,jsonl,conll,hf,brat");
        assertThat(code).as(err.toString()).isZero();
        Set<PosixFilePermission> ordinary = Files.getPosixFilePermissions(Files.createFile(dir.resolve("ordinary")));
        try (Stream<Path> files = Files.walk(output)) {
            List<Path> written = files.filter(Files::isRegularFile).toList();
            assertThat(written).extracting(path -> output.relativize(path).toString())
                    .contains("corpus.jsonl", "hf/corpus.jsonl", "xmi/zoom-new-mistress-of-the-ccp.xmi");
            for (Path file : written) {
                assertThat(Files.getPosixFilePermissions(file)).as(file.toString()).isEqualTo(ordinary);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"annotate", "export", "eval", "agree", "bench"})
    void everySubcommandPrintsTheVersion(String subcommand) {
        assertThat(run(subcommand, "-V")).isZero();
        assertThat(out.toString()).isEqualTo(EvidentCommand.VERSION + System.lineSeparator());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--formats=foo", "--formats=json,,jsonl", "--offsets=bytes", "--layers=foo", "--min-confidence=1.5",
        "--min-confidence=NaN", "--threads=0", "--section-length=0", "--section-length=-5"})
    void aBadOptionValueIsAUsageErrorNamingTheOptionAndNothingIsWritten(String option, @TempDir Path dir) {
        Path output = dir.resolve("out");
        int code = run("annotate", "../seeds", "-o", output.toString(), option);
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Invalid value for option '" + option.substring(0, option.indexOf('=')));
        assertThat(output).doesNotExist();
    }

    @Test
    void lexiconOptionsThatCannotWorkStopTheRunSayingWhy(@TempDir Path dir) {
        String output = dir.resolve("out").toString();
        assertThat(run("annotate", "../seeds", "-o", output, "--replace-lexicons")).isEqualTo(EvidentCommand.FATAL);
        assertThat(run("annotate", "../seeds", "-o", output, "--lexicon", "specul:my.tsv")).isEqualTo(EvidentCommand.FATAL);
        assertThat(run("annotate", "../seeds", "-o", output, "--lexicon", "nosuch.tsv")).isEqualTo(EvidentCommand.FATAL);
        assertThat(err.toString()).contains("--replace-lexicons needs at least one --lexicon FILE",
                "--lexicon specul:my.tsv: 'specul' is not a layer", "nosuch.tsv: lexicon file not found");
    }

    @Test
    void anOutputFolderThatIsAFileStopsTheRunSayingWhy(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("afile"), "");
        assertThat(run("annotate", "../seeds", "-o", file.toString())).isEqualTo(EvidentCommand.FATAL);
        assertThat(err.toString()).contains("cannot create the output folder (" + file + ": a file of that name is in the way)");
    }

    @Test
    void aFormatFolderThatCannotBeMadeStopsTheRunBeforeAnyDocument(@TempDir Path dir) throws Exception {
        Path output = Files.createDirectories(dir.resolve("out"));
        Files.writeString(output.resolve("json"), "in the way");
        assertThat(run("annotate", "../seeds", "-o", output.toString(), "-f", "xmi,json")).isEqualTo(EvidentCommand.FATAL);
        assertThat(err.toString()).contains("json output folder: " + output.resolve("json") + ": a file of that name is in the way");
        assertThat(output.resolve("xmi/zoom-new-mistress-of-the-ccp.xmi")).doesNotExist();
    }

    @Test
    void aCorpusFileThatCannotBeMovedIntoPlaceLeavesNoTemporaryFileBehind(@TempDir Path dir) throws Exception {
        Path output = dir.resolve("out");
        Files.createDirectories(output.resolve("corpus.jsonl/in-the-way"));
        assertThat(run("annotate", "../seeds", "-o", output.toString(), "-f", "jsonl")).isEqualTo(EvidentCommand.FATAL);
        assertThat(err.toString()).contains("jsonl output failed: ").contains("corpus.jsonl");
        try (Stream<Path> files = Files.walk(output)) {
            assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void aDocumentWhoseOutputNameAnEarlierDocumentHasIsRefusedNotOverwritten(@TempDir Path dir) throws Exception {
        Path first = Files.createDirectories(dir.resolve("d1"));
        Path second = Files.createDirectories(dir.resolve("d2"));
        Files.writeString(first.resolve("a.txt"), "Alpha says it may rain.");
        Files.writeString(second.resolve("a.txt"), "Beta claims the figures are probably wrong.");
        Path output = dir.resolve("out");
        int code = run("annotate", first.toString(), second.toString(), "-o", output.toString(),
                "-f", "xmi,json,jsonl,brat");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("error: " + second.resolve("a.txt") + ": not written: an earlier document");
        assertThat(output.resolve("brat/a.txt")).hasContent("Alpha says it may rain.");
        assertThat(Files.readString(output.resolve("xmi/a.xmi"))).contains("Alpha says it may rain.");
        assertThat(Files.readAllLines(output.resolve("corpus.jsonl"))).hasSize(1);
    }

    @Test
    void idsThatMapToOneFileNameAreRefusedInInputOrderWhateverTheThreads(@TempDir Path dir) throws Exception {
        StringBuilder corpus = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            String id = i % 2 == 0 ? "doc:" + i / 2 : "doc?" + i / 2 + ".txt";
            corpus.append("{\"id\": \"").append(id).append("\", \"text\": \"Text ").append(i)
                    .append(" may well be wrong.\"}\n");
        }
        Path input = Files.writeString(dir.resolve("c.jsonl"), corpus);
        Path output = dir.resolve("out");
        int code = run("annotate", input.toString(), "-o", output.toString(), "-f", "json,jsonl", "--threads", "2");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines().filter(line -> line.startsWith("error: "))).hasSize(30);
        for (int k = 0; k < 30; k++) {
            assertThat(Files.readString(output.resolve("json/doc_" + k + ".json"))).contains("Text " + 2 * k + " ");
        }
        assertThat(Files.readAllLines(output.resolve("corpus.jsonl"))).hasSize(30)
                .allMatch(line -> line.startsWith("{\"id\":\"doc:"));
    }

    @Test
    void aDocumentWhoseNameIsNearTheFileSystemsLimitIsWritten(@TempDir Path dir) throws Exception {
        String stem = "a".repeat(248);
        Path input = Files.writeString(Files.createDirectory(dir.resolve("in")).resolve(stem + ".txt"),
                "The company said that the figures were likely to improve.");
        Path output = dir.resolve("out");
        int code = run("annotate", input.getParent().toString(), "-o", output.toString(), "-f", "xmi,jsoncas,json");
        assertThat(code).as(err.toString()).isZero();
        assertThat(output.resolve("xmi/" + stem + ".xmi")).isNotEmptyFile();
        assertThat(output.resolve("jsoncas/" + stem + ".json")).isNotEmptyFile();
        assertThat(output.resolve("json/" + stem + ".json")).isNotEmptyFile();
    }

    @Test
    void aDocumentLongerThanTheSectionLengthIsWrittenInPartsToCasFormatsAndWholeToFlatOnes(@TempDir Path dir)
            throws Exception {
        Path output = dir.resolve("out");
        int code = run("annotate", "../seeds", "-o", output.toString(), "-f", "xmi,jsonl", "--section-length", "3000");
        assertThat(code).as(err.toString()).isZero();
        assertThat(output.resolve("xmi/zoom-new-mistress-of-the-ccp.xmi")).doesNotExist();
        List<String> lines = Files.readAllLines(output.resolve("corpus.jsonl"));
        assertThat(lines).hasSize(1);
        String text = Files.readString(Path.of("../seeds/zoom-new-mistress-of-the-ccp.txt"));
        assertThat(new ObjectMapper().readTree(lines.get(0)).get("text").asText()).isEqualTo(text);

        StringBuilder joined = new StringBuilder();
        for (int part = 1; Files.exists(partFile(output, part)); part++) {
            JCas jcas = JCasFactory.createJCas();
            try (var in = Files.newInputStream(partFile(output, part))) {
                XmiCasDeserializer.deserialize(in, jcas.getCas());
            }
            assertThat(DocumentMetaData.get(jcas).getDocumentId())
                    .isEqualTo(String.format("zoom-new-mistress-of-the-ccp.part-%03d.txt", part));
            String offset = Integer.toString(joined.length());
            assertThat(JCasUtil.select(jcas, MetadataField.class))
                    .anyMatch(field -> field.getKey().equals("partOffset") && field.getValue().equals(offset));
            assertThat(JCasUtil.select(jcas, Token.class)).isNotEmpty();
            joined.append(jcas.getDocumentText());
        }
        assertThat(joined.length()).isPositive();
        assertThat(joined.toString()).isEqualTo(text);
    }

    private static Path partFile(Path output, int part) {
        return output.resolve(String.format("xmi/zoom-new-mistress-of-the-ccp.part-%03d.xmi", part));
    }

    @ParameterizedTest
    @ValueSource(ints = {SectionedAnnotation.SECTION_LENGTH, 3000})
    void byDefaultCasFilesHoldNoTagsAndWithPosAnnotationsTheMarkersAreTheSame(int sectionLength, @TempDir Path dir)
            throws Exception {
        Path tagged = dir.resolve("tagged");
        Path bare = dir.resolve("bare");
        String length = Integer.toString(sectionLength);
        assertThat(run("annotate", "../seeds", "-o", tagged.toString(), "-f", "xmi,jsonl", "--section-length", length,
                "--pos-annotations")).as(err.toString()).isZero();
        assertThat(run("annotate", "../seeds", "-o", bare.toString(), "-f", "xmi,jsonl", "--section-length", length))
                .as(err.toString()).isZero();

        assertThat(Files.readString(bare.resolve("corpus.jsonl"))).isEqualTo(Files.readString(tagged.resolve("corpus.jsonl")));
        assertThat(Files.size(firstXmi(bare))).isLessThan(Files.size(firstXmi(tagged)) / 2);
        JCas withTags = read(firstXmi(tagged));
        JCas withoutTags = read(firstXmi(bare));
        assertThat(JCasUtil.select(withTags, Token.class)).allSatisfy(token -> assertThat(token.getPos()).isNotNull());
        assertThat(JCasUtil.select(withoutTags, Token.class)).hasSameSizeAs(JCasUtil.select(withTags, Token.class))
                .allSatisfy(token -> assertThat(token.getPos()).isNull());
        assertThat(JCasUtil.select(withoutTags, POS.class)).isEmpty();
    }

    private static Path firstXmi(Path output) throws Exception {
        try (Stream<Path> files = Files.list(output.resolve("xmi"))) {
            return files.filter(name -> name.toString().endsWith(".xmi")).sorted().findFirst().orElseThrow();
        }
    }

    private static JCas read(Path xmi) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        try (var in = Files.newInputStream(xmi)) {
            XmiCasDeserializer.deserialize(in, jcas.getCas());
        }
        return jcas;
    }

    @Test
    void jsonCasIsCompactUnlessAskedToBePretty(@TempDir Path dir) throws Exception {
        Path input = Files.writeString(dir.resolve("a.txt"), "Critics say it may rain tomorrow.");
        Path compact = dir.resolve("compact");
        Path pretty = dir.resolve("pretty");
        assertThat(run("annotate", input.toString(), "-o", compact.toString(), "-f", "jsoncas")).as(err.toString()).isZero();
        assertThat(run("annotate", input.toString(), "-o", pretty.toString(), "-f", "jsoncas", "--pretty-jsoncas"))
                .as(err.toString()).isZero();
        String oneLine = Files.readString(compact.resolve("jsoncas/a.json"));
        String indented = Files.readString(pretty.resolve("jsoncas/a.json"));
        assertThat(oneLine).doesNotContain("\n");
        assertThat(indented).startsWith("{\n  \"%TYPES\" : {");
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(oneLine)).isEqualTo(json.readTree(indented));
    }

    @Test
    void anAnnotatedCasKeepsItsMarkersGetsOnlyTheLayersItLacksAndIsNotCutIntoParts(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first");
        assertThat(run("annotate", "../seeds", "-o", first.toString(), "-f", "xmi", "--layers", "speculation"))
                .as(err.toString()).isZero();
        Path again = dir.resolve("again");
        out.getBuffer().setLength(0);
        assertThat(run("annotate", first.resolve("xmi/zoom-new-mistress-of-the-ccp.xmi").toString(),
                "-o", again.toString(), "-f", "xmi", "--section-length", "3000")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("markers: speculation 17 stance 39 attribution 20");
        assertThat(again.resolve("xmi/zoom-new-mistress-of-the-ccp.xmi")).as("kept whole, not cut into parts").exists();
    }

    @Test
    void badDocumentsAreReportedCountedAndDoNotStopTheRun(@TempDir Path dir) throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("a-good.txt"), "It may rain tomorrow.");
        Files.write(input.resolve("b-latin1.txt"), "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(input.resolve("c-empty.txt"), "");
        Path jsonl = dir.resolve("more.jsonl");
        Files.writeString(jsonl, "{\"id\": \"x\", \"text\": \"Fine.\", \"lang\": \"en\"}\n{broken\n");
        Path output = dir.resolve("out");

        int code = run("annotate", input.toString(), jsonl.toString(), dir.resolve("nope").toString(),
                "-o", output.toString(), "-f", "json,jsonl");

        assertThat(code).isEqualTo(EvidentCommand.DOCUMENT_ERRORS);
        assertThat(err.toString()).contains(input.resolve("b-latin1.txt") + ": not valid UTF-8")
                .contains(jsonl + ":2: malformed JSON")
                .contains(dir.resolve("nope") + ": no such file or directory");
        assertThat(out.toString()).startsWith("3 documents, 3 failed;");
        assertThat(output.resolve("json/a-good.json")).exists();
        assertThat(output.resolve("json/c-empty.json")).exists();
        List<String> lines = Files.readAllLines(output.resolve("corpus.jsonl"));
        assertThat(lines).hasSize(3);
        assertThat(new ObjectMapper().readTree(lines.get(2)).get("metadata").get("lang").asText()).isEqualTo("en");
    }

    @Test
    void unwritableOutputAndBadLexiconStopTheRunWithAMessage(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "Text.");
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
        assertThat(run("annotate", file.toString(), "-o", blocker.resolve("out").toString()))
                .isEqualTo(EvidentCommand.FATAL);
        assertThat(err.toString()).contains("blocker");

        Path lexicon = Files.writeString(dir.resolve("bad.tsv"), "phrase\tcategory\texample\nmaybe\tepistemic\n");
        assertThat(run("annotate", file.toString(), "-o", dir.resolve("o").toString(),
                "--lexicon", "speculation:" + lexicon)).isEqualTo(EvidentCommand.FATAL);
        assertThat(err.toString()).contains(lexicon.toString());
    }

    @Test
    void unknownFormatIsAUsageError(@TempDir Path dir) {
        assertThat(run("annotate", "x.txt", "-o", dir.toString(), "-f", "docx")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown format 'docx'");
    }
}
