package org.evident.evaluation;

import static org.evident.evaluation.Spans.cue;
import static org.evident.evaluation.Spans.stance;

import java.util.List;
import java.util.Map;

import org.evident.exporters.read.annotated.AnnotatedDocument;
import org.evident.exporters.read.annotated.AnnotationScheme;
import org.evident.exporters.read.annotated.TextRange;
import org.evident.exporters.spans.DocumentSpans;
import org.evident.exporters.spans.Span;

/** Small gold/prediction pairs whose scores are worked out by hand in the tests that use them. */
final class SampleReports {
    /** What the Szeged corpus annotates. */
    static final AnnotationScheme SZEGED = AnnotationScheme.of(Map.of("speculation/cue",
            List.of("epistemic", "doxastic", "condition", "investigation")));

    // sentences [0,12) [13,29) [30,43): may[3,6) believe[18,25) If[30,32) so[33,35) maybe[37,42)
    private static final String TEXT = "It may rain. Some believe it. If so, maybe.";
    private static final List<TextRange> SENTENCES = List.of(new TextRange(0, 12), new TextRange(13, 29),
            new TextRange(30, 43));

    private SampleReports() {
    }

    static AnnotatedDocument document(String text, List<Span> spans, List<TextRange> sentences) {
        return new AnnotatedDocument(new DocumentSpans("d", text, spans, List.of(), Map.of()), sentences);
    }

    /**
     * Szeged-style gold (may epistemic, believe doxastic, If condition) against a prediction that
     * finds may, gives believe the wrong category, adds maybe, and adds a question cue and a
     * booster that Szeged does not annotate.
     */
    static EvaluationReport szegedReport() {
        AnnotatedDocument gold = document(TEXT, List.of(cue(1, 3, 6, "epistemic", null),
                cue(2, 18, 25, "doxastic", null), cue(3, 30, 32, "condition", null)), SENTENCES);
        AnnotatedDocument predicted = document(TEXT, List.of(
                stance(9, 0, 2, "booster", "neutral"),
                cue(1, 3, 6, "epistemic", null),
                cue(2, 18, 25, "epistemic", null),
                cue(3, 33, 35, "question", null),
                cue(4, 37, 42, "epistemic", null)), List.of());
        Scorer scorer = new Scorer(SZEGED);
        scorer.add(gold, predicted);
        return scorer.report();
    }

    /**
     * Full-scheme stance: gold attitude [0,4) positive, attitude [10,14) negative, booster [20,25);
     * predicted attitude [0,4) positive, attitude [10,15) positive, counter [20,25).
     */
    static EvaluationReport stanceReport() {
        String text = "x".repeat(30);
        AnnotatedDocument gold = document(text, List.of(stance(1, 0, 4, "attitude", "positive"),
                stance(2, 10, 14, "attitude", "negative"), stance(3, 20, 25, "booster", "neutral")), List.of());
        AnnotatedDocument predicted = document(text, List.of(stance(1, 0, 4, "attitude", "positive"),
                stance(2, 10, 15, "attitude", "positive"), stance(3, 20, 25, "counter", "neutral")), List.of());
        Scorer scorer = new Scorer(AnnotationScheme.full());
        scorer.add(gold, predicted);
        return scorer.report();
    }
}
