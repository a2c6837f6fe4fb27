package org.evident.exporters.columns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.evident.exporters.spans.CasSpans;
import org.evident.exporters.spans.DocumentSpans;
import org.evident.exporters.spans.OffsetMode;
import org.evident.exporters.testing.ConllValidator;
import org.evident.exporters.testing.LabelledSpan;
import org.evident.exporters.testing.Runs;
import org.evident.exporters.testing.Samples;
import org.evident.exporters.write.LossReport;
import org.evident.exporters.write.LossReport.Kind;
import org.evident.exporters.write.OutputFormat;
import org.evident.exporters.write.Outputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllWriterTest {
    @TempDir
    Path out;

    @Test
    void nestedLayersAreStackedValidAndReadBackUnchanged() throws Exception {
        JCas jcas = Samples.nested();
        Outputs outputs = Runs.write(out, OutputFormat.CONLL, jcas);

        Path file = out.resolve("conll/news/nested.conll");
        ConllValidator.Parsed parsed = ConllValidator.validate(file, Samples.NESTED_TEXT);
        assertThat(parsed.documentId()).isEqualTo("news/nested.txt");
        assertThat(parsed.offsets()).isEqualTo("codepoint");
        assertThat(parsed.columns()).containsExactly("FORM", "BEGIN", "END", "POS", "SPECULATION_CUE",
                "SPECULATION_SCOPE", "SPECULATION_SCOPE_2", "STANCE", "ATTRIBUTION", "ATTRIBUTION_2");
        assertThat(parsed.sentences()).hasSize(2);

        DocumentSpans original = CasSpans.extract(jcas);
        Set<LabelledSpan> expected = original.spans().stream().map(s -> LabelledSpan.of(original, s))
                .collect(Collectors.toSet());
        assertThat(ConllValidator.spans(parsed)).isEqualTo(expected);

        LossReport losses = outputs.losses();
        assertThat(losses.count("conll", Kind.OVERLAP_STACKED)).isEqualTo(4);
        assertThat(losses.count("conll", Kind.SPAN_WIDENED)).isZero();
        assertThat(losses.count("conll", Kind.SPAN_SPLIT)).isZero();
        assertThat(losses.count("conll", Kind.SPAN_DROPPED)).isZero();
        // 3 cues x (strength, rule, confidence, negated) + 5 other markers x 3 + 3 attribution kinds
        assertThat(losses.count("conll", Kind.FEATURE_DROPPED)).isEqualTo(30);
        // 5 holders + 3 scopes + 3 x (source, cue, content) + 1 parent
        assertThat(losses.count("conll", Kind.LINK_DROPPED)).isEqualTo(18);
    }

    @Test
    void rowsCarryFormOffsetsPosAndTags() throws Exception {
        Runs.write(out, OutputFormat.CONLL, Samples.nested());
        List<String> lines = Files.readAllLines(out.resolve("conll/news/nested.conll"));
        assertThat(lines.subList(0, 5)).containsExactly(
                "# doc_id = news/nested.txt",
                "# columns = FORM BEGIN END POS SPECULATION_CUE SPECULATION_SCOPE SPECULATION_SCOPE_2 STANCE "
                        + "ATTRIBUTION ATTRIBUTION_2",
                "# offsets = codepoint",
                "# sent_id = news/nested.txt#1",
                "# text = The FBI alleges that the \uD83E\uDD8A leader may possibly have lied.");
        assertThat(lines).contains(
                "\uD83E\uDD8A\t25\t26\t_\tO\tO\tO\tO\tI-ATTR_content\tO",
                "leader\t27\t33\tX\tO\tO\tO\tO\tI-ATTR_content\tO",
                "may\t34\t37\tX\tB-SPEC_epistemic\tB-SPEC_scope\tO\tO\tI-ATTR_content\tO",
                "possibly\t38\t46\tX\tB-SPEC_epistemic\tI-SPEC_scope\tB-SPEC_scope\tO\tI-ATTR_content\tO",
                "cafe\u0301\t77\t82\tX\tO\tO\tO\tO\tI-ATTR_content\tO",
                "critics\t97\t104\tX\tO\tO\tO\tO\tI-ATTR_content\tB-ATTR_source",
                "flawed\t122\t128\tX\tO\tO\tO\tB-STANCE_attitude_negative\tI-ATTR_content\tI-ATTR_content");
        assertThat(lines).contains("# text = Officials said the cafe\u0301 report, which critics claim is clearly flawed, "
                + "might be wrong.");
        assertThat(lines.get(lines.size() - 1)).isEmpty();
    }

    @Test
    void utf16OffsetsCountSurrogatePairsTwice() throws Exception {
        Runs.write(out, Set.of(OutputFormat.CONLL), new OutputFormat.Options(OffsetMode.UTF16, true, false),
                List.of(Samples.nested()));
        Path file = out.resolve("conll/news/nested.conll");
        ConllValidator.Parsed parsed = ConllValidator.validate(file, Samples.NESTED_TEXT);
        assertThat(parsed.offsets()).isEqualTo("utf16");
        assertThat(Files.readAllLines(file)).contains("leader\t28\t34\tX\tO\tO\tO\tO\tI-ATTR_content\tO");
    }

    @Test
    void misalignedSpansAreWidenedSplitOrDroppedAndCounted() throws Exception {
        JCas jcas = Samples.misaligned();
        Outputs outputs = Runs.write(out, OutputFormat.CONLL, jcas);

        ConllValidator.Parsed parsed = ConllValidator.validate(out.resolve("conll/misaligned.conll"),
                jcas.getDocumentText());
        assertThat(outputs.losses().count("conll", Kind.SPAN_WIDENED)).isEqualTo(1);
        assertThat(outputs.losses().count("conll", Kind.SPAN_SPLIT)).isEqualTo(1);
        assertThat(outputs.losses().count("conll", Kind.SPAN_DROPPED)).isEqualTo(1);

        Set<LabelledSpan> read = ConllValidator.spans(parsed);
        assertThat(read).contains(
                new LabelledSpan("stance", "marker", "counter", "neutral", 0, 7),
                new LabelledSpan("attribution", "content", null, null, 12, 31),
                new LabelledSpan("attribution", "content", null, null, 32, 38),
                new LabelledSpan("speculation", "cue", "epistemic", null, 18, 25),
                new LabelledSpan("speculation", "scope", null, null, 18, 30));
        assertThat(read).noneMatch(s -> s.category() != null && s.category().equals("booster"));
        Set<String> sentenceStarts = new HashSet<>();
        parsed.sentences().forEach(sentence -> sentenceStarts.add(sentence.get(0)[7]));
        assertThat(sentenceStarts).containsExactlyInAnyOrder("B-ATTR_source", "B-ATTR_content");
    }

    @Test
    void aTextWithWordsButNoTokensFails() throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText("No tokens here.");
        ConllWriter writer = new ConllWriter(out, OffsetMode.CODEPOINT, new LossReport().recorder("conll"));
        DocumentSpans spans = CasSpans.extract(jcas);
        assertThatThrownBy(() -> writer.write(jcas, spans)).isInstanceOf(IOException.class)
                .hasMessageContaining("no tokens");
    }

    @Test
    void anEmptyDocumentHasOnlyTheHeader() throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText("");
        new ConllWriter(out, OffsetMode.CODEPOINT, new LossReport().recorder("conll")).write(jcas,
                CasSpans.extract(jcas));
        assertThat(Files.readAllLines(out.resolve("document.conll"))).hasSize(3)
                .allMatch(line -> line.startsWith("# "));
    }
}
