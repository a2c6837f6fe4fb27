package org.evident.exporters.brat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evident.exporters.brat.BratAnnotation.Argument;
import org.evident.exporters.brat.BratAnnotation.Attribute;
import org.evident.exporters.brat.BratAnnotation.Event;
import org.evident.exporters.brat.BratAnnotation.Fragment;
import org.evident.exporters.brat.BratAnnotation.Note;
import org.evident.exporters.brat.BratAnnotation.Relation;
import org.evident.exporters.brat.BratAnnotation.TextBound;
import org.evident.exporters.spans.AttributionRelation;
import org.evident.exporters.spans.DocumentSpans;
import org.evident.exporters.spans.OffsetConverter;
import org.evident.exporters.spans.OffsetMode;
import org.evident.exporters.spans.Span;

/**
 * Turns the annotations of one brat document back into spans and attribution relations: Evident's
 * own types and PolNeAR's attribution events ({@code Attribution} and {@code Attribution-no-source}
 * with {@code Source}/{@code Cue}/{@code Content} roles). A discontinuous annotation becomes the
 * span from its fragments' first begin to their last end. Spans are numbered in text order
 * (begin, then longer first), relations after them, as {@code CasSpans} numbers a CAS. Types,
 * attributes and relations Evident does not know are ignored.
 */
final class BratDecoder {
    /** A span under construction: its brat id and the features read so far. */
    private static final class Draft {
        final String bratId;
        final String layer;
        final String type;
        final int begin;
        final int end;
        String category;
        String strength;
        String polarity;
        String rule;
        Float confidence;
        Boolean negated;
        String holderContent;
        String scope;
        String cue;
        int id;

        Draft(String bratId, String[] kind, int begin, int end) {
            this.bratId = bratId;
            this.layer = kind[0];
            this.type = kind[1];
            this.begin = begin;
            this.end = end;
        }
    }

    private final String text;
    private final OffsetConverter codePoints;
    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final Map<String, Event> events = new LinkedHashMap<>();
    private final Map<String, String> kinds = new HashMap<>();

    private BratDecoder(String text) {
        this.text = text;
        this.codePoints = new OffsetConverter(text, OffsetMode.CODEPOINT);
    }

    /**
     * The span view of a brat document.
     *
     * @throws IllegalArgumentException when an offset lies outside the text
     */
    static DocumentSpans decode(String id, String text, List<BratAnnotation> annotations) {
        BratDecoder decoder = new BratDecoder(text);
        for (BratAnnotation annotation : annotations) {
            if (annotation instanceof TextBound textBound) {
                decoder.textBound(textBound);
            } else if (annotation instanceof Event event && BratSchema.isAttribution(event.type())) {
                decoder.events.put(event.id(), event);
            }
        }
        for (BratAnnotation annotation : annotations) {
            if (annotation instanceof Attribute attribute) {
                decoder.attribute(attribute);
            } else if (annotation instanceof Note note) {
                decoder.note(note);
            } else if (annotation instanceof Relation relation) {
                decoder.relation(relation);
            }
        }
        return decoder.build(id);
    }

    private void textBound(TextBound textBound) {
        BratSchema.spanKind(textBound.type()).ifPresent(kind -> {
            int begin = codePoints.toUtf16(textBound.fragments().stream().mapToInt(Fragment::begin).min().orElseThrow());
            int end = codePoints.toUtf16(textBound.fragments().stream().mapToInt(Fragment::end).max().orElseThrow());
            Draft draft = new Draft(textBound.id(), kind, begin, end);
            if (BratSchema.MARKERS.contains(textBound.type())) {
                draft.negated = Boolean.FALSE;
            }
            drafts.put(textBound.id(), draft);
        });
    }

    private void attribute(Attribute attribute) {
        if (BratSchema.KIND.equals(attribute.name()) && events.containsKey(attribute.target())) {
            kinds.put(attribute.target(), attribute.value());
            return;
        }
        Draft draft = drafts.get(attribute.target());
        if (draft == null) {
            return;
        }
        switch (attribute.name()) {
            case BratSchema.CATEGORY -> draft.category = attribute.value();
            case BratSchema.POLARITY -> draft.polarity = attribute.value();
            case BratSchema.STRENGTH -> draft.strength = attribute.value();
            case BratSchema.NEGATED -> draft.negated = attribute.value() == null
                    || Boolean.parseBoolean(attribute.value());
            default -> { }
        }
    }

    private void note(Note note) {
        Draft draft = drafts.get(note.target());
        if (draft != null && BratSchema.NOTES.equals(note.type())) {
            BratNotes notes = BratNotes.parse(note.text());
            draft.confidence = notes.confidence();
            draft.rule = notes.rule();
        }
    }

    private void relation(Relation relation) {
        Draft from = drafts.get(relation.arg1());
        if (from == null) {
            return;
        }
        if (BratSchema.SCOPE_RELATION.equals(relation.type())) {
            Draft scope = drafts.get(relation.arg2());
            if (scope != null) {
                from.scope = scope.bratId;
                scope.cue = from.bratId;
            }
        } else if (BratSchema.HOLDER_RELATION.equals(relation.type())) {
            from.holderContent = relation.arg2();
        }
    }

    private DocumentSpans build(String id) {
        List<Draft> ordered = new ArrayList<>(drafts.values());
        ordered.sort(Comparator.<Draft>comparingInt(d -> d.begin)
                .thenComparing(Comparator.<Draft>comparingInt(d -> d.end).reversed())
                .thenComparing(d -> d.layer + "/" + d.type));
        int next = 1;
        for (Draft draft : ordered) {
            draft.id = next++;
        }
        Map<String, Integer> relationIds = new HashMap<>();
        Map<String, Integer> relationByContent = new HashMap<>();
        for (Event event : events.values()) {
            relationIds.put(event.id(), next);
            relationIds.put(event.trigger(), next);
            String content = role(event, BratSchema.CONTENT);
            if (content != null) {
                relationByContent.putIfAbsent(content, next);
            }
            next++;
        }
        List<Span> spans = new ArrayList<>();
        for (Draft d : ordered) {
            Integer holder = d.holderContent == null ? null
                    : relationByContent.getOrDefault(d.holderContent, relationIds.get(d.holderContent));
            spans.add(new Span(d.id, d.layer, d.type, d.begin, d.end, d.category, d.strength, d.polarity, d.rule,
                    d.confidence, d.negated, holder, spanId(d.scope), spanId(d.cue)));
        }
        List<AttributionRelation> relations = new ArrayList<>();
        for (Event event : events.values()) {
            relations.add(new AttributionRelation(relationIds.get(event.id()), kinds.get(event.id()),
                    spanId(role(event, BratSchema.SOURCE)), spanId(role(event, BratSchema.CUE)),
                    spanId(role(event, BratSchema.CONTENT)), relationIds.get(role(event, BratSchema.PARENT))));
        }
        return new DocumentSpans(id, text, spans, relations, Map.of());
    }

    private static String role(Event event, String role) {
        for (Argument argument : event.arguments()) {
            if (BratSchema.baseRole(argument.role()).equals(role)) {
                return argument.id();
            }
        }
        return null;
    }

    private Integer spanId(String bratId) {
        Draft draft = bratId == null ? null : drafts.get(bratId);
        return draft == null ? null : draft.id;
    }
}
