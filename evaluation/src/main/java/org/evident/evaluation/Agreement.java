package org.evident.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evident.exporters.read.InputException;
import org.evident.exporters.read.annotated.AnnotatedCorpus;
import org.evident.exporters.read.annotated.AnnotatedDocument;
import org.evident.exporters.read.annotated.AnnotationScheme;
import org.evident.exporters.read.annotated.TextRange;
import org.evident.exporters.spans.Span;

/**
 * Measures agreement between two annotations of the same texts, over what both annotate: span
 * scores with the first as reference (so its recall is the second's precision), and token-level
 * Cohen's kappa per layer over {@link TextTokens} labelled by {@link TokenLabels}.
 */
public final class Agreement {
    private Agreement() {
    }

    /**
     * Compares two annotated corpora document by document (paired by id).
     *
     * @throws InputException when a document of the first is missing from the second or has another text
     */
    public static AgreementReport measure(AnnotatedCorpus first, AnnotatedCorpus second) throws InputException {
        AnnotationScheme scheme = first.scheme().intersect(second.scheme());
        Scorer scorer = new Scorer(scheme);
        Map<String, CohenKappa> kappas = new LinkedHashMap<>();
        scheme.layers().forEach(layer -> kappas.put(layer, new CohenKappa()));
        // both ways: agreement covers the texts both annotators annotated, whichever is named first
        DocumentPairs.pair(second, first);
        for (DocumentPairs.Pair pair : DocumentPairs.pair(first, second)) {
            scorer.add(pair.gold(), pair.predicted());
            List<TextRange> tokens = TextTokens.of(pair.gold().text());
            kappas.forEach((layer, kappa) -> kappa.add(
                    TokenLabels.of(tokens, layerSpans(pair.gold(), layer, scheme)),
                    TokenLabels.of(tokens, layerSpans(pair.predicted(), layer, scheme))));
        }
        Map<String, Kappa> results = new LinkedHashMap<>();
        kappas.forEach((layer, kappa) -> results.put(layer, kappa.result()));
        return new AgreementReport(scorer.report(), results);
    }

    private static List<Span> layerSpans(AnnotatedDocument document, String layer, AnnotationScheme scheme) {
        return document.spans().spans().stream().filter(span -> span.layer().equals(layer)).filter(scheme::covers)
                .toList();
    }
}
