package org.evident.evaluation;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.evident.annotators.EvidentPipeline;
import org.evident.exporters.read.InputException;
import org.evident.exporters.read.annotated.AnnotatedCorpus;
import org.evident.exporters.read.annotated.AnnotatedDocument;
import org.evident.exporters.read.annotated.AnnotatedDocuments;

/**
 * The two ways to evaluate: score predictions read from files against a gold standard, or let a
 * pipeline annotate the gold documents' own text and score that. The second, with Evident's
 * default pipeline, is one call for regression tests: {@code Evaluation.ofDefaultPipeline(goldFile)}.
 */
public final class Evaluation {
    private Evaluation() {
    }

    /**
     * Scores predicted documents against the gold documents of the same ids.
     *
     * @throws InputException when a gold document has no prediction or a different text
     */
    public static EvaluationReport compare(AnnotatedCorpus gold, AnnotatedCorpus predicted) throws InputException {
        Scorer scorer = new Scorer(gold.scheme());
        for (DocumentPairs.Pair pair : DocumentPairs.pair(gold, predicted)) {
            scorer.add(pair.gold(), pair.predicted());
        }
        return scorer.report();
    }

    /**
     * Annotates every gold document's text with the pipeline and scores the result.
     *
     * @param progress called after each document
     */
    public static EvaluationReport annotateAndScore(AnnotatedCorpus gold, AnalysisEngineDescription pipeline,
            Consumer<AnnotatedDocument> progress) throws InputException, UIMAException {
        Scorer scorer = new Scorer(gold.scheme());
        try (PipelineAnnotator annotator = new PipelineAnnotator(pipeline)) {
            for (AnnotatedDocument document : gold.documents()) {
                scorer.add(document, annotator.annotate(document));
                progress.accept(document);
            }
        }
        return scorer.report();
    }

    /** Reads a gold file or folder in any annotated format and scores Evident's default pipeline on it. */
    public static EvaluationReport ofDefaultPipeline(Path gold) throws InputException, UIMAException {
        return annotateAndScore(AnnotatedDocuments.read(gold), EvidentPipeline.builder().build(), document -> { });
    }
}
