package org.evident.exporters.spans;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The format-neutral view of one annotated document: its text, spans and attribution relations,
 * plus metadata fields carried from the input (values as JSON text).
 *
 * @param id           the document id (path relative to the input root, or the JSONL id)
 * @param text         the document text
 * @param spans        spans ordered by begin, then longer first
 * @param attributions attribution relations
 * @param metadata     input fields other than id and text, as JSON text by name, in input order
 */
public record DocumentSpans(String id, String text, List<Span> spans, List<AttributionRelation> attributions,
        Map<String, String> metadata) {

    public DocumentSpans {
        spans = List.copyOf(spans);
        attributions = List.copyOf(attributions);
        // not Map.copyOf, whose order changes from one JVM to the next
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** The span with the given id. */
    public Optional<Span> span(Integer spanId) {
        if (spanId == null) {
            return Optional.empty();
        }
        return spans.stream().filter(s -> s.id() == spanId).findFirst();
    }

    /** The covered text of a span. */
    public String textOf(Span span) {
        return text.substring(span.begin(), span.end());
    }
}
