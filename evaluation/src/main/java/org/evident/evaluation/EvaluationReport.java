package org.evident.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.evident.exporters.read.annotated.AnnotationScheme;

/**
 * The scores of predictions against a gold standard. Only what the gold annotates is scored (its
 * {@link AnnotationScheme}); the figures that need a kind the gold lacks are null.
 *
 * @param documents the number of documents compared
 * @param scheme    what the gold annotates
 * @param kinds     span scores per annotated kind, in scheme order
 * @param scope     scope PCS and token counts; null when the gold has no scopes
 * @param sentences CoNLL-2010 Task 1 sentence counts; null when the gold has no speculation cues
 * @param polarity  attitude polarity accuracy; null when the gold has no attitude markers
 * @param errors    false positives and false negatives of marker kinds, by kind
 */
public record EvaluationReport(int documents, AnnotationScheme scheme, List<KindResult> kinds, ScopeResult scope,
        Counts sentences, PolarityResult polarity, Map<String, KindErrors> errors) {

    public EvaluationReport {
        kinds = List.copyOf(kinds);
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /** The scores of one kind, if the gold annotates it. */
    public Optional<KindResult> kind(String layer, String type) {
        return kinds.stream().filter(k -> k.layer().equals(layer) && k.type().equals(type)).findFirst();
    }

    /** This report with at most {@code n} error groups per list. */
    public EvaluationReport withTopErrors(int n) {
        Map<String, KindErrors> top = new LinkedHashMap<>();
        errors.forEach((kind, list) -> top.put(kind, list.top(n)));
        return new EvaluationReport(documents, scheme, kinds, scope, sentences, polarity, top);
    }
}
