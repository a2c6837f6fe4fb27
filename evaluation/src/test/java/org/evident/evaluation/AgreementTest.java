package org.evident.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.evident.evaluation.Spans.cue;
import static org.evident.evaluation.Spans.scope;

import java.util.List;

import org.evident.exporters.read.InputException;
import org.evident.exporters.read.annotated.AnnotatedCorpus;
import org.evident.exporters.read.annotated.AnnotationScheme;
import org.evident.exporters.spans.Span;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class AgreementTest {
    // We[0,2) may[3,6) go[7,9) if[10,12) it[13,15)
    private static final String TEXT = "We may go if it";

    private static AnnotatedCorpus corpus(AnnotationScheme scheme, List<Span> spans) {
        return new AnnotatedCorpus("test", scheme, List.of(SampleReports.document(TEXT, spans, List.of())));
    }

    private static final List<Span> FIRST = List.of(scope(1, 3, 9, 2), cue(2, 3, 6, "epistemic", 1));
    private static final List<Span> SECOND = List.of(cue(1, 3, 6, "epistemic", null), cue(2, 10, 12, "condition", null));

    @Test
    void tokenKappaPerLayerIsHandComputed() throws InputException {
        AgreementReport report = Agreement.measure(corpus(AnnotationScheme.full(), FIRST),
                corpus(AnnotationScheme.full(), SECOND));
        // first:  O cue:epistemic scope O             O
        // second: O cue:epistemic O     cue:condition O
        Kappa speculation = report.kappa().get("speculation");
        assertThat(speculation.tokens()).isEqualTo(5);
        assertThat(speculation.observed()).isCloseTo(0.6, within(1e-12));
        // O 3/5 * 3/5 + cue:epistemic 1/5 * 1/5
        assertThat(speculation.expected()).isCloseTo(0.4, within(1e-12));
        assertThat(speculation.kappa()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(report.kappa().get("stance").observed()).isEqualTo(1.0);
        assertThat(report.kappa().get("stance").kappa()).isNull();
    }

    @Test
    void spanScoresTakeTheFirstAsReference() throws InputException {
        AgreementReport report = Agreement.measure(corpus(AnnotationScheme.full(), FIRST),
                corpus(AnnotationScheme.full(), SECOND));
        assertThat(report.spans().kind("speculation", "cue").orElseThrow().all().exact()).isEqualTo(new Counts(1, 1, 0));
        assertThat(report.spans().kind("speculation", "scope").orElseThrow().all().exact()).isEqualTo(new Counts(0, 0, 1));
    }

    @Test
    void onlyWhatBothAnnotateIsCompared() throws InputException {
        AgreementReport report = Agreement.measure(corpus(AnnotationScheme.full(), FIRST),
                corpus(SampleReports.SZEGED, SECOND));
        assertThat(report.kappa().keySet()).containsExactly("speculation");
        assertThat(report.spans().scheme().kinds()).containsExactly("speculation/cue");
        // without the scope, the first labels "go" O: O cue:epistemic O O O against O cue:epistemic O cue:condition O
        assertThat(report.kappa().get("speculation").observed()).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void formatsShowKappa() throws InputException {
        AgreementReport report = Agreement.measure(corpus(AnnotationScheme.full(), FIRST),
                corpus(AnnotationScheme.full(), SECOND));
        assertThat(AgreementFormat.table(report)).contains("Token-level agreement (Cohen's kappa):")
                .containsPattern("speculation +5 +0\\.600 +0\\.400 +0\\.333");
        JsonNode json = AgreementFormat.json(report);
        assertThat(json.get("kappa").get("speculation").get("kappa").doubleValue()).isEqualTo(0.3333);
        assertThat(json.get("layers").get("speculation").get("cue").get("exact").get("fp").intValue()).isEqualTo(1);
    }
}
