package org.evident.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.evident.type.Attribution;
import org.evident.type.AttributionContent;
import org.evident.type.AttributionCue;
import org.evident.type.AttributionSource;
import org.evident.type.SpeculationCue;
import org.evident.type.SpeculationScope;
import org.evident.type.StanceMarker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class ExportCommandTest {
    private static final String TEXT = "The ministry said the \uD83E\uDD8A report may be flawed.\n"
            + "Critics claim it is clearly wrong.\n";

    @TempDir
    Path work;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void corpus() throws Exception {
        Files.createDirectories(work.resolve("corpus/news"));
        Files.writeString(work.resolve("corpus/news/a.txt"), TEXT);
        Files.writeString(work.resolve("corpus/b.txt"), "Short text without markers.");
    }

    @Test
    void exportingTheXmiOfAnnotateGivesTheSameFlatJsonAsAnnotate() throws Exception {
        assertThat(run("annotate", work.resolve("corpus").toString(), "-o", work.resolve("annotated").toString(),
                "-f", "xmi,json,jsoncas")).isZero();
        assertThat(run("export", work.resolve("annotated/xmi").toString(), "-o", work.resolve("exported").toString(),
                "-f", "json")).as(err.toString()).isZero();
        for (String file : new String[] {"news/a.json", "b.json"}) {
            assertThat(work.resolve("exported/json/" + file)).hasSameTextualContentAs(work.resolve("annotated/json/" + file));
        }
        assertThat(out.toString()).contains("2 documents, 0 failed").contains("losses: none");

        assertThat(run("export", work.resolve("annotated/jsoncas").toString(), "-o",
                work.resolve("from-jsoncas").toString(), "-f", "json")).as(err.toString()).isZero();
        assertThat(work.resolve("from-jsoncas/json/b.json")).hasSameTextualContentAs(work.resolve("annotated/json/b.json"));
    }

    @Test
    void aCorrectedXmiWithEveryLayerExportsToEveryFormatAndRoundTrips() throws Exception {
        assertThat(run("annotate", work.resolve("corpus/news/a.txt").toString(), "-o",
                work.resolve("annotated").toString(), "-f", "xmi")).isZero();
        Path corrected = Files.createDirectories(work.resolve("corrected"));
        Files.copy(work.resolve("annotated/xmi/TypeSystem.xml"), corrected.resolve("TypeSystem.xml"));
        addAnnotations(work.resolve("annotated/xmi/a.xmi"), corrected.resolve("a.xmi"));

        assertThat(run("export", corrected.toString(), "-o", work.resolve("first").toString(),
                "-f", "xmi,json,conll,hf,brat")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1 documents, 0 failed; markers: speculation 1 stance 1 attribution 2")
                .containsPattern("losses: feature_dropped \\d+, link_dropped \\d+");
        String json = Files.readString(work.resolve("first/json/a.json"));
        assertThat(json).contains("\"layer\" : \"speculation\"", "\"layer\" : \"stance\"", "\"type\" : \"scope\"")
                .containsPattern("\"parent\" : \\d+");
        assertThat(work.resolve("first/conll/a.conll")).exists();
        assertThat(work.resolve("first/hf/corpus.jsonl")).exists();
        assertThat(work.resolve("first/brat/a.ann")).exists();
        assertThat(work.resolve("first/loss-report.json")).exists();

        out.getBuffer().setLength(0);
        assertThat(run("export", work.resolve("first/xmi").toString(), "-o", work.resolve("second").toString(),
                "-f", "json")).isZero();
        assertThat(work.resolve("second/json/a.json")).hasContent(json);
    }

    @Test
    void inputsThatAreNotCasFilesAreAUsageError() throws Exception {
        assertThat(run("export", work.resolve("corpus/b.txt").toString(), "-o", work.resolve("x").toString()))
                .isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("b.txt: export reads XMI (.xmi) and UIMA JSON CAS (.json) files");
    }

    @Test
    void aCasWithoutEvidentTypesFailsNamingTheFileAndTheRunGoesOn() throws Exception {
        assertThat(run("annotate", work.resolve("corpus").toString(), "-o", work.resolve("annotated").toString(),
                "-f", "xmi")).isZero();
        Path mixed = Files.createDirectories(work.resolve("mixed"));
        Files.copy(work.resolve("annotated/xmi/b.xmi"), mixed.resolve("b.xmi"));
        Files.writeString(mixed.resolve("flat.json"), "{\"id\": \"flat\", \"text\": \"not a CAS\"}");
        err.getBuffer().setLength(0);
        assertThat(run("export", mixed.toString(), "-o", work.resolve("x").toString(), "-f", "json"))
                .isEqualTo(EvidentCommand.DOCUMENT_ERRORS);
        assertThat(err.toString()).contains(mixed.resolve("b.xmi") + ": the CAS's type system has no Evident types")
                .contains(mixed.resolve("flat.json") + ": cannot read as UIMA JSON CAS");
        assertThat(out.toString()).contains("0 documents, 2 failed");
    }

    private int run(String... args) {
        CommandLine command = EvidentCommand.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    /**
     * Replaces the annotators' markers, scopes and attributions with hand-made annotations of every
     * layer, with nested attributions, as a corrector would.
     */
    private static void addAnnotations(Path source, Path target) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        try (InputStream in = Files.newInputStream(source)) {
            XmiCasDeserializer.deserialize(in, jcas.getCas());
        }
        jcas.select(Annotation.class).filter(a -> a.getType().getName().startsWith("org.evident.type."))
                .toList().forEach(Annotation::removeFromIndexes);
        String text = jcas.getDocumentText();
        Attribution ministry = attribution(jcas, text, "The ministry", "said", "the \uD83E\uDD8A report may be flawed");
        Attribution critics = attribution(jcas, text, "Critics", "claim", "it is clearly wrong");
        critics.setParent(ministry);
        SpeculationCue may = new SpeculationCue(jcas, text.indexOf("may"), text.indexOf("may") + 3);
        may.setCategory("epistemic");
        may.setStrength("medium");
        may.setNegated(false);
        may.setHolder(ministry);
        SpeculationScope scope = new SpeculationScope(jcas, may.getBegin(), text.indexOf("flawed") + 6);
        scope.setCue(may);
        may.setScope(scope);
        may.addToIndexes();
        scope.addToIndexes();
        StanceMarker clearly = new StanceMarker(jcas, text.indexOf("clearly"), text.indexOf("clearly") + 7);
        clearly.setCategory("booster");
        clearly.setPolarity("neutral");
        clearly.setNegated(false);
        clearly.setHolder(critics);
        clearly.addToIndexes();
        try (OutputStream out = Files.newOutputStream(target)) {
            XmiCasSerializer.serialize(jcas.getCas(), out);
        }
    }

    private static Attribution attribution(JCas jcas, String text, String source, String cue, String content) {
        AttributionSource sourceSpan = new AttributionSource(jcas, text.indexOf(source), text.indexOf(source)
                + source.length());
        AttributionCue cueSpan = new AttributionCue(jcas, text.indexOf(cue), text.indexOf(cue) + cue.length());
        cueSpan.setCategory("neutral");
        cueSpan.setNegated(false);
        AttributionContent contentSpan = new AttributionContent(jcas, text.indexOf(content), text.indexOf(content)
                + content.length());
        Attribution attribution = new Attribution(jcas, sourceSpan.getBegin(), contentSpan.getEnd());
        attribution.setSource(sourceSpan);
        attribution.setCue(cueSpan);
        attribution.setContent(contentSpan);
        attribution.setKind("indirect");
        sourceSpan.addToIndexes();
        cueSpan.addToIndexes();
        contentSpan.addToIndexes();
        attribution.addToIndexes();
        return attribution;
    }
}
