package org.evident.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.evident.evaluation.Spans.cue;

import java.util.List;

import org.evident.exporters.read.annotated.AnnotatedDocument;
import org.evident.exporters.read.annotated.TextRange;
import org.junit.jupiter.api.Test;

class ScorerTest {
    private static EvaluationReport szegedReport() {
        return SampleReports.szegedReport();
    }

    @Test
    void theCategoryBlindRowIgnoresCategoriesAndUncoveredPredictionsAreDropped() {
        KindResult cues = szegedReport().kind("speculation", "cue").orElseThrow();
        // found: may, believe; false positive: maybe ("so" is a question, which Szeged does not annotate)
        assertThat(cues.all()).isEqualTo(new MatchCounts(new Counts(2, 1, 1), new Counts(2, 1, 1)));
        assertThat(szegedReport().kinds()).hasSize(1);
    }

    @Test
    void categoryRowsMatchWithinOneCategory() {
        KindResult cues = szegedReport().kind("speculation", "cue").orElseThrow();
        assertThat(cues.categories().keySet()).containsExactly("epistemic", "doxastic", "condition", "investigation");
        assertThat(cues.categories().get("epistemic").exact()).isEqualTo(new Counts(1, 2, 0));
        assertThat(cues.categories().get("doxastic").exact()).isEqualTo(new Counts(0, 0, 1));
        assertThat(cues.categories().get("condition").exact()).isEqualTo(new Counts(0, 0, 1));
        assertThat(cues.categories().get("investigation").exact()).isEqualTo(Counts.ZERO);
    }

    @Test
    void microPoolsCategoryRowsAndMacroAveragesThem() {
        KindResult cues = szegedReport().kind("speculation", "cue").orElseThrow();
        assertThat(cues.micro(MatchMode.EXACT)).isEqualTo(new Counts(1, 2, 2));
        Averages.Macro macro = cues.macro(MatchMode.EXACT);
        // F1: epistemic 0.5, doxastic 0, condition 0, investigation undefined
        assertThat(macro.f1()).isCloseTo(1.0 / 6, within(1e-12));
        // P: only epistemic has predictions
        assertThat(macro.precision()).isCloseTo(1.0 / 3, within(1e-12));
        // R: epistemic 1, doxastic 0, condition 0
        assertThat(macro.recall()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void sentencesAreUncertainWhenTheyHoldACue() {
        assertThat(szegedReport().sentences()).isEqualTo(new Counts(3, 0, 0));
        assertThat(szegedReport().scope()).isNull();
        assertThat(szegedReport().polarity()).isNull();
    }

    @Test
    void errorsAreGroupedByLowerCasedTextWithAKeywordInContextLine() {
        KindErrors errors = szegedReport().errors().get("speculation/cue");
        assertThat(errors.falsePositives()).singleElement().satisfies(group -> {
            assertThat(group.text()).isEqualTo("maybe");
            assertThat(group.count()).isEqualTo(1);
            assertThat(group.example()).endsWith("It may rain. Some believe it. If so, [maybe].");
        });
        assertThat(errors.falseNegatives()).extracting(ErrorGroup::text).containsExactly("if");
    }

    @Test
    void errorGroupsCountRepeatsAndSortByFrequency() {
        String text = "may May maybe may";
        AnnotatedDocument gold = SampleReports.document(text, List.of(), List.of());
        AnnotatedDocument predicted = SampleReports.document(text, List.of(cue(1, 0, 3, "epistemic", null),
                cue(2, 4, 7, "epistemic", null), cue(3, 8, 13, "epistemic", null), cue(4, 14, 17, null, null)),
                List.of());
        Scorer scorer = new Scorer(SampleReports.SZEGED);
        scorer.add(gold, predicted);
        List<ErrorGroup> groups = scorer.report().withTopErrors(5).errors().get("speculation/cue").falsePositives();
        assertThat(groups).extracting(ErrorGroup::text, ErrorGroup::count)
                .containsExactly(tuple("may", 3), tuple("maybe", 1));
        assertThat(scorer.report().withTopErrors(1).errors().get("speculation/cue").falsePositives()).hasSize(1);
    }

    @Test
    void stanceCategoriesAndAttitudePolarity() {
        EvaluationReport report = SampleReports.stanceReport();

        KindResult stance = report.kind("stance", "marker").orElseThrow();
        assertThat(stance.all()).isEqualTo(new MatchCounts(new Counts(2, 1, 1), new Counts(3, 0, 0)));
        assertThat(stance.categories().get("attitude")).isEqualTo(new MatchCounts(new Counts(1, 1, 1), new Counts(2, 0, 0)));
        assertThat(stance.categories().get("booster").overlap()).isEqualTo(new Counts(0, 0, 1));
        assertThat(stance.categories().get("counter").overlap()).isEqualTo(new Counts(0, 1, 0));
        assertThat(report.polarity()).isEqualTo(new PolarityResult(2, 1));
        assertThat(report.kind("attribution", "content").orElseThrow().all()).isEqualTo(MatchCounts.ZERO);
        assertThat(report.scope()).isEqualTo(ScopeResult.ZERO);
    }

    @Test
    void documentsWithoutSentencesAreSplitForSentenceScores() {
        String text = "It may rain. Or not.";
        AnnotatedDocument gold = SampleReports.document(text, List.of(cue(1, 3, 6, "epistemic", null)), List.of());
        AnnotatedDocument predicted = SampleReports.document(text, List.of(cue(1, 16, 19, "epistemic", null)), List.of());
        Scorer scorer = new Scorer(SampleReports.SZEGED);
        scorer.add(gold, predicted);
        assertThat(scorer.report().sentences()).isEqualTo(new Counts(0, 1, 1));
        assertThat(SentenceBoundaries.split(text)).containsExactly(new TextRange(0, 12), new TextRange(13, 20));
    }

    @Test
    void thePredictionsSentencesServeWhenTheGoldHasNone() {
        AnnotatedDocument gold = SampleReports.document("a b", List.of(), List.of());
        AnnotatedDocument predicted = SampleReports.document("a b", List.of(), List.of(new TextRange(0, 1), new TextRange(2, 3)));
        assertThat(SentenceBoundaries.of(gold, predicted)).containsExactly(new TextRange(0, 1), new TextRange(2, 3));
    }

    @Test
    void emptyCorpusGivesZeroCounts() {
        EvaluationReport report = new Scorer(SampleReports.SZEGED).report();
        assertThat(report.documents()).isZero();
        assertThat(report.kind("speculation", "cue").orElseThrow().all()).isEqualTo(MatchCounts.ZERO);
    }

    @Test
    void differentTextsAreRejected() {
        Scorer scorer = new Scorer(SampleReports.SZEGED);
        assertThatThrownBy(() -> scorer.add(SampleReports.document("a", List.of(), List.of()), SampleReports.document("b", List.of(), List.of())))
                .hasMessage("document 'd': the predicted text differs from the gold text");
    }
}
