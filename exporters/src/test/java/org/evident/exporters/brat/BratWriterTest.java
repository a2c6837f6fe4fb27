package org.evident.exporters.brat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.evident.exporters.spans.CasSpans;
import org.evident.exporters.spans.DocumentSpans;
import org.evident.exporters.testing.BratValidator;
import org.evident.exporters.testing.Runs;
import org.evident.exporters.testing.SampleCas;
import org.evident.exporters.testing.Samples;
import org.evident.exporters.write.LossReport.Kind;
import org.evident.exporters.write.OutputFormat;
import org.evident.exporters.write.Outputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BratWriterTest {
    @TempDir
    Path out;

    @Test
    void everyDocumentPassesTheIndependentValidator() throws Exception {
        Runs.write(out, OutputFormat.BRAT, Samples.nested(), Samples.misaligned());
        assertThat(BratValidator.validate(out.resolve("brat"))).isEqualTo(2);
        assertThat(out.resolve("brat/news/nested.txt")).hasContent(Samples.NESTED_TEXT);
    }

    @Test
    void linesFollowPolNeArForAttributionsAndSplitSpansAtLineBreaks() throws Exception {
        Runs.write(out, OutputFormat.BRAT, Samples.nested());
        List<String> ann = Files.readAllLines(out.resolve("brat/news/nested.ann"), StandardCharsets.UTF_8);
        assertThat(ann).contains(
                "T1\tSource 0 7\tThe FBI",
                "T2\tCue 8 15\talleges",
                "A1\tCategory T2 distancing",
                "#1\tAnnotatorNotes T2\tconfidence=0.75 rule=en/test.tsv:8",
                "T3\tContent 21 56\tthe \uD83E\uDD8A leader may possibly have lied",
                "A5\tNegated T7",
                "T16\tSpeculationScope 130 138;139 144\tmight be wrong");
        assertThat(ann).anyMatch(line -> line.matches("E1\tAttribution:T\\d+ Source:T1 Cue:T2 Content:T3"));
        assertThat(ann).anyMatch(line -> line.matches("E3\tAttribution:T\\d+ Source:T\\d+ Cue:T\\d+ Content:T\\d+ "
                + "Parent:E2"));
        assertThat(ann).anyMatch(line -> line.matches("A\\d+\tKind E1 indirect"));
        assertThat(ann).anyMatch(line -> line.matches("R\\d+\tScope Arg1:T\\d+ Arg2:T16"));
        assertThat(ann).anyMatch(line -> line.matches("R\\d+\tHolder Arg1:T\\d+ Arg2:T3"));
    }

    @Test
    void readingTheOutputBackGivesTheSameSpansAndAttributions() throws Exception {
        JCas jcas = Samples.nested();
        Outputs outputs = Runs.write(out, OutputFormat.BRAT, jcas);
        List<DocumentSpans> read = BratReader.read(out.resolve("brat"));

        DocumentSpans original = CasSpans.extract(jcas);
        assertThat(read).hasSize(1);
        assertThat(read.get(0).id()).isEqualTo("news/nested.txt");
        assertThat(read.get(0).text()).isEqualTo(original.text());
        assertThat(read.get(0).spans()).isEqualTo(original.spans());
        assertThat(read.get(0).attributions()).isEqualTo(original.attributions());
        for (Kind kind : Kind.values()) {
            assertThat(outputs.losses().count("brat", kind)).as(kind.id()).isZero();
        }
    }

    @Test
    void anEmptySpanIsDroppedAndCounted() throws Exception {
        Outputs outputs = Runs.write(out, OutputFormat.BRAT, Samples.misaligned());
        assertThat(outputs.losses().count("brat", Kind.SPAN_DROPPED)).isEqualTo(1);
        assertThat(outputs.losses().count("brat", Kind.SPAN_WIDENED)).isZero();
    }

    @Test
    void theConfigurationDeclaresValuesOutsideTheVocabulary() throws Exception {
        SampleCas doc = SampleCas.of("d.txt", "What irony.", "What irony.");
        doc.stance("irony", "irony", "mixed");
        Runs.write(out, OutputFormat.BRAT, doc.jcas());
        assertThat(BratValidator.validate(out.resolve("brat"))).isEqualTo(1);
        assertThat(Files.readString(out.resolve("brat/annotation.conf")))
                .contains("Category\tArg:SpeculationCue|StanceMarker|Cue, Value:epistemic|", "|irony\n",
                        "Polarity\tArg:StanceMarker, Value:positive|negative|neutral|mixed\n");
    }

    @Test
    void valuesThatBratWouldCutAtACommaOrABarAreDroppedAndCounted() throws Exception {
        SampleCas doc = SampleCas.of("d.txt", "Poor and questionable and odd.", "Poor and questionable and odd.");
        doc.stance("Poor", "neutral,reported", "negative");
        doc.stance("questionable", "attitude|hedge", "negative");
        doc.stance("odd", "attitude", "negative");
        Outputs outputs = Runs.write(out, OutputFormat.BRAT, doc.jcas());
        assertThat(BratValidator.validate(out.resolve("brat"))).isEqualTo(1);
        assertThat(Files.readAllLines(out.resolve("brat/d.ann"))).filteredOn(line -> line.startsWith("A"))
                .extracting(line -> line.substring(line.indexOf('\t') + 1))
                .containsExactlyInAnyOrder("Category T3 attitude", "Polarity T1 negative", "Polarity T2 negative",
                        "Polarity T3 negative");
        assertThat(outputs.losses().count("brat", Kind.FEATURE_DROPPED)).isEqualTo(2);
    }

    @Test
    void anAttributionWithoutAnySpanIsADroppedLink() throws Exception {
        SampleCas doc = SampleCas.of("d.txt", "Nothing here.", "Nothing here.");
        org.evident.type.Attribution empty = new org.evident.type.Attribution(doc.jcas(), 0, 7);
        empty.setKind("direct");
        empty.addToIndexes();
        Outputs outputs = Runs.write(out, OutputFormat.BRAT, doc.jcas());
        assertThat(Files.readString(out.resolve("brat/d.ann"))).isEmpty();
        assertThat(outputs.losses().count("brat", Kind.LINK_DROPPED)).isZero();
        assertThat(outputs.losses().count("brat", Kind.FEATURE_DROPPED)).isEqualTo(1);
        assertThat(BratValidator.validate(out.resolve("brat"))).isEqualTo(1);
    }
}
