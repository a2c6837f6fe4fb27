package org.evident.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.evident.exporters.read.annotated.TextRange;
import org.evident.exporters.spans.Span;

/**
 * Scores speculation scopes given their cues: the percentage of correct scopes (PCS; a gold scope
 * is correct when a predicted cue has exactly the offsets of one of its cue parts and that cue's
 * scope has exactly the gold scope's offsets) and token-level scope counts.
 */
public final class ScopeScore {
    private ScopeScore() {
    }

    /**
     * The scope result of one document.
     *
     * @param gold      the gold speculation cues and scopes
     * @param predicted the predicted speculation cues and scopes
     * @param tokens    the document's tokens (see {@link TextTokens})
     */
    public static ScopeResult of(List<Span> gold, List<Span> predicted, List<TextRange> tokens) {
        Map<Integer, Span> predictedById = new HashMap<>();
        Map<String, List<Span>> predictedCues = new HashMap<>();
        for (Span span : predicted) {
            predictedById.put(span.id(), span);
            if (span.type().equals(Span.CUE)) {
                predictedCues.computeIfAbsent(offsets(span), k -> new ArrayList<>()).add(span);
            }
        }
        long goldScopes = 0;
        long cuesFound = 0;
        long correct = 0;
        for (Span scope : scopes(gold)) {
            List<Span> parts = gold.stream().filter(s -> s.type().equals(Span.CUE))
                    .filter(cue -> Objects.equals(cue.scope(), scope.id()) || Objects.equals(scope.cue(), cue.id()))
                    .toList();
            if (parts.isEmpty()) {
                continue;
            }
            goldScopes++;
            List<Span> found = parts.stream().flatMap(part -> predictedCues.getOrDefault(offsets(part), List.of()).stream())
                    .toList();
            if (!found.isEmpty()) {
                cuesFound++;
                boolean right = found.stream().map(cue -> predictedById.get(cue.scope())).filter(Objects::nonNull)
                        .anyMatch(predictedScope -> offsets(predictedScope).equals(offsets(scope)));
                if (right) {
                    correct++;
                }
            }
        }
        return new ScopeResult(goldScopes, cuesFound, correct, TokenScore.of(tokens, scopes(gold), scopes(predicted)));
    }

    private static List<Span> scopes(List<Span> spans) {
        return spans.stream().filter(s -> s.type().equals(Span.SCOPE)).toList();
    }

    private static String offsets(Span span) {
        return span.begin() + ":" + span.end();
    }
}
