package org.evident.exporters.brat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.evident.exporters.spans.Span;
import org.evident.model.Layer;

/**
 * The names Evident uses in brat: entity types per span kind (the attribution roles as PolNeAR
 * names them: {@code Source}, {@code Cue}, {@code Content}), the {@code Attribution} event, the
 * {@code Scope} and {@code Holder} relations and the attributes.
 */
final class BratSchema {
    static final String SPECULATION_CUE = "SpeculationCue";
    static final String SPECULATION_SCOPE = "SpeculationScope";
    static final String STANCE_MARKER = "StanceMarker";
    static final String SOURCE = "Source";
    static final String CUE = "Cue";
    static final String CONTENT = "Content";
    /** The event type (and its trigger's type) of an attribution. */
    static final String ATTRIBUTION = "Attribution";
    /** PolNeAR's event type for attributions without a source; read, never written. */
    static final String ATTRIBUTION_NO_SOURCE = "Attribution-no-source";
    /** The event role linking a nested attribution to the one whose content holds it. */
    static final String PARENT = "Parent";

    /** Relation from a speculation cue to its scope. */
    static final String SCOPE_RELATION = "Scope";
    /** Relation from a marker to the content of the attribution in whose voice it speaks. */
    static final String HOLDER_RELATION = "Holder";

    static final String CATEGORY = "Category";
    static final String POLARITY = "Polarity";
    static final String STRENGTH = "Strength";
    static final String NEGATED = "Negated";
    static final String KIND = "Kind";

    /** The note type brat shows as "Note". */
    static final String NOTES = "AnnotatorNotes";

    /** The entity types in declaration order. */
    static final List<String> ENTITIES = List.of(SPECULATION_CUE, SPECULATION_SCOPE, STANCE_MARKER, SOURCE, CUE,
            CONTENT);
    /** The entity types that are markers (carry category, negation, rule and confidence). */
    static final List<String> MARKERS = List.of(SPECULATION_CUE, STANCE_MARKER, CUE);

    private static final Map<String, String[]> KINDS = Map.of(
            SPECULATION_CUE, new String[] {Layer.SPECULATION.id(), Span.CUE},
            SPECULATION_SCOPE, new String[] {Layer.SPECULATION.id(), Span.SCOPE},
            STANCE_MARKER, new String[] {Layer.STANCE.id(), Span.MARKER},
            SOURCE, new String[] {Layer.ATTRIBUTION.id(), Span.SOURCE},
            CUE, new String[] {Layer.ATTRIBUTION.id(), Span.CUE},
            CONTENT, new String[] {Layer.ATTRIBUTION.id(), Span.CONTENT});

    private BratSchema() {
    }

    /** The entity type of a span, or empty for a span of an unknown layer or type. */
    static Optional<String> entityType(Span span) {
        return KINDS.entrySet().stream()
                .filter(e -> e.getValue()[0].equals(span.layer()) && e.getValue()[1].equals(span.type()))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** The layer and span type of an entity type ({@code {"speculation", "cue"}}), or empty. */
    static Optional<String[]> spanKind(String entityType) {
        return Optional.ofNullable(KINDS.get(entityType));
    }

    /** True for the event types of attributions (Evident's and PolNeAR's). */
    static boolean isAttribution(String eventType) {
        return ATTRIBUTION.equals(eventType) || ATTRIBUTION_NO_SOURCE.equals(eventType);
    }

    /** The role without brat's numeric suffix ({@code Source2} → {@code Source}). */
    static String baseRole(String role) {
        return role.replaceFirst("\\d+$", "");
    }
}
