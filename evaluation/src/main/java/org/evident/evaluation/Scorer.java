package org.evident.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evident.exporters.read.annotated.AnnotatedDocument;
import org.evident.exporters.read.annotated.AnnotationScheme;
import org.evident.exporters.spans.Span;
import org.evident.model.Categories;
import org.evident.model.Layer;

/**
 * Compares predicted documents with gold documents, one pair at a time, and sums the scores into
 * an {@link EvaluationReport}. Spans of either side that the gold's {@link AnnotationScheme} does
 * not cover are left out, so that only what the gold annotates is scored. For every covered kind:
 * category-blind and per-category span counts with exact and overlap matching; for speculation:
 * CoNLL-2010 Task 1 sentence counts and, when the gold has scopes, PCS and token-level scope
 * counts; for stance: attitude polarity accuracy.
 */
public final class Scorer {
    private static final String SPECULATION = Layer.SPECULATION.id();
    private static final String STANCE = Layer.STANCE.id();

    private final AnnotationScheme scheme;
    private final Map<String, KindScore> kinds = new LinkedHashMap<>();
    private final ErrorCollector errors = new ErrorCollector();
    private final boolean scoresPolarity;
    private ScopeResult scope = ScopeResult.ZERO;
    private Counts sentences = Counts.ZERO;
    private PolarityResult polarity = PolarityResult.ZERO;
    private int documents;

    /** A scorer for a gold standard that annotates what the scheme says. */
    public Scorer(AnnotationScheme scheme) {
        this.scheme = scheme;
        for (String kind : scheme.kinds()) {
            String[] parts = kind.split("/");
            kinds.put(kind, new KindScore(parts[0], parts[1], scheme.categories(parts[0], parts[1])));
        }
        scoresPolarity = scheme.categories(STANCE, Span.MARKER).contains(Categories.ATTITUDE);
    }

    /**
     * Adds a document pair.
     *
     * @throws IllegalArgumentException when the two texts differ
     */
    public void add(AnnotatedDocument gold, AnnotatedDocument predicted) {
        if (!gold.text().equals(predicted.text())) {
            throw new IllegalArgumentException("document '" + gold.id() + "': the predicted text differs from the gold text");
        }
        documents++;
        List<Span> goldSpans = covered(gold);
        List<Span> predictedSpans = covered(predicted);
        for (Map.Entry<String, KindScore> kind : kinds.entrySet()) {
            Matching exact = kind.getValue().add(ofKind(goldSpans, kind.getKey()), ofKind(predictedSpans, kind.getKey()));
            if (kind.getKey().endsWith("/" + Span.CUE) || kind.getKey().endsWith("/" + Span.MARKER)) {
                errors.add(kind.getKey(), gold.spans(), exact);
            }
        }
        if (scheme.annotates(SPECULATION, Span.CUE)) {
            String cues = AnnotationScheme.kind(SPECULATION, Span.CUE);
            sentences = sentences.plus(SentenceScore.of(SentenceBoundaries.of(gold, predicted),
                    ofKind(goldSpans, cues), ofKind(predictedSpans, cues)));
        }
        if (scheme.annotates(SPECULATION, Span.SCOPE)) {
            scope = scope.plus(ScopeScore.of(ofLayer(goldSpans, SPECULATION), ofLayer(predictedSpans, SPECULATION),
                    TextTokens.of(gold.text())));
        }
        if (scoresPolarity) {
            polarity = polarity.plus(PolarityResult.of(attitude(goldSpans), attitude(predictedSpans)));
        }
    }

    /** The scores so far. */
    public EvaluationReport report() {
        List<KindResult> results = new ArrayList<>();
        kinds.values().forEach(kind -> results.add(kind.result()));
        return new EvaluationReport(documents, scheme, results,
                scheme.annotates(SPECULATION, Span.SCOPE) ? scope : null,
                scheme.annotates(SPECULATION, Span.CUE) ? sentences : null,
                scoresPolarity ? polarity : null, errors.result());
    }

    private List<Span> covered(AnnotatedDocument document) {
        return document.spans().spans().stream().filter(scheme::covers).toList();
    }

    private static List<Span> ofKind(List<Span> spans, String kind) {
        return spans.stream().filter(span -> span.kind().equals(kind)).toList();
    }

    private static List<Span> ofLayer(List<Span> spans, String layer) {
        return spans.stream().filter(span -> span.layer().equals(layer)).toList();
    }

    private static List<Span> attitude(List<Span> spans) {
        return spans.stream().filter(span -> span.layer().equals(STANCE) && Categories.ATTITUDE.equals(span.category()))
                .toList();
    }
}
