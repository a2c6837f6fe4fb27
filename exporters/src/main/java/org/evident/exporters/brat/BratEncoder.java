package org.evident.exporters.brat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
import org.evident.exporters.write.LossReport;
import org.evident.exporters.write.LossReport.Kind;

/**
 * Turns a document's spans into brat annotations: a {@code T} line per span (split into fragments
 * at line breaks, which an {@code .ann} line cannot hold), {@code A} lines for category, polarity,
 * strength and negation, a {@code #} note for rule and confidence, an {@code Attribution} event per
 * attribution as PolNeAR writes them (trigger on the cue, {@code Source}/{@code Cue}/{@code Content}
 * roles, plus {@code Parent} for nesting and a {@code Kind} attribute), and {@code Scope} and
 * {@code Holder} relations. What cannot be written is recorded in the loss report.
 */
final class BratEncoder {
    private final DocumentSpans document;
    private final OffsetConverter codePoints;
    private final LossReport.Recorder losses;
    private final BratConfiguration configuration;
    private final List<BratAnnotation> lines = new ArrayList<>();
    private final Map<Integer, String> spanIds = new HashMap<>();
    private final Map<Integer, String> eventIds = new HashMap<>();
    private int nextText = 1;
    private int nextAttribute = 1;
    private int nextRelation = 1;
    private int nextNote = 1;

    private BratEncoder(DocumentSpans document, LossReport.Recorder losses, BratConfiguration configuration) {
        this.document = document;
        this.codePoints = new OffsetConverter(document.text(), OffsetMode.CODEPOINT);
        this.losses = losses;
        this.configuration = configuration;
    }

    /** The annotations of a document, in the order they are written. */
    static List<BratAnnotation> encode(DocumentSpans document, LossReport.Recorder losses,
            BratConfiguration configuration) {
        BratEncoder encoder = new BratEncoder(document, losses, configuration);
        document.spans().forEach(encoder::span);
        encoder.attributions();
        encoder.scopes();
        encoder.holders();
        return encoder.lines;
    }

    private void span(Span span) {
        Optional<String> type = BratSchema.entityType(span);
        Optional<TextBound> textBound = type.flatMap(t -> textBound(t, span.begin(), span.end()));
        if (textBound.isEmpty()) {
            losses.record(Kind.SPAN_DROPPED);
            return;
        }
        String id = textBound.get().id();
        spanIds.put(span.id(), id);
        lines.add(textBound.get());
        if (span.isMarker()) {
            attribute(id, BratSchema.CATEGORY, span.category());
            if (Boolean.TRUE.equals(span.negated())) {
                lines.add(new Attribute("A" + nextAttribute++, BratSchema.NEGATED, id, null));
            }
        }
        attribute(id, BratSchema.POLARITY, span.polarity());
        attribute(id, BratSchema.STRENGTH, span.strength());
        note(id, span);
    }

    private Optional<TextBound> textBound(String type, int begin, int end) {
        List<Fragment> fragments = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        String text = document.text();
        int start = begin;
        for (int i = begin; i <= end; i++) {
            if (i == end || isLineBreak(text.charAt(i))) {
                if (i > start) {
                    fragments.add(new Fragment(codePoints.fromUtf16(start), codePoints.fromUtf16(i)));
                    texts.add(text.substring(start, i));
                }
                start = i + 1;
            }
        }
        if (fragments.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TextBound("T" + nextText++, type, fragments, String.join(" ", texts)));
    }

    /** The characters at which brat (reading .ann files line by line) would cut a line. */
    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c >= '\u001C' && c <= '\u001E'
                || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private void attribute(String target, String name, String value) {
        if (value == null) {
            return;
        }
        if (value.isEmpty() || value.chars().anyMatch(c -> Character.isWhitespace(c) || c == ',' || c == '|')) {
            losses.record(Kind.FEATURE_DROPPED);
            return;
        }
        configuration.use(name, value);
        lines.add(new Attribute("A" + nextAttribute++, name, target, value));
    }

    private void note(String target, Span span) {
        String text = new BratNotes(span.confidence(), span.rule()).text();
        if (text != null) {
            lines.add(new Note("#" + nextNote++, BratSchema.NOTES, target, text));
        }
    }

    private void attributions() {
        Map<Integer, TextBound> triggers = new HashMap<>();
        int nextEvent = 1;
        for (AttributionRelation relation : document.attributions()) {
            Optional<Span> anchor = anchor(relation);
            Optional<TextBound> trigger = anchor.flatMap(s -> textBound(BratSchema.ATTRIBUTION, s.begin(), s.end()));
            if (trigger.isEmpty()) {
                losses.record(Kind.LINK_DROPPED, links(relation));
                losses.record(Kind.FEATURE_DROPPED, relation.kind() == null ? 0 : 1);
                continue;
            }
            triggers.put(relation.id(), trigger.get());
            eventIds.put(relation.id(), "E" + nextEvent++);
        }
        for (AttributionRelation relation : document.attributions()) {
            String eventId = eventIds.get(relation.id());
            if (eventId == null) {
                continue;
            }
            List<Argument> arguments = new ArrayList<>();
            role(arguments, BratSchema.SOURCE, spanIds, relation.source());
            role(arguments, BratSchema.CUE, spanIds, relation.cue());
            role(arguments, BratSchema.CONTENT, spanIds, relation.content());
            role(arguments, BratSchema.PARENT, eventIds, relation.parent());
            TextBound trigger = triggers.get(relation.id());
            lines.add(trigger);
            lines.add(new Event(eventId, BratSchema.ATTRIBUTION, trigger.id(), arguments));
            attribute(eventId, BratSchema.KIND, relation.kind());
        }
    }

    /** The span the trigger is placed on: the cue, as in PolNeAR, else the content, else the source. */
    private Optional<Span> anchor(AttributionRelation relation) {
        for (Integer candidate : new Integer[] {relation.cue(), relation.content(), relation.source()}) {
            if (candidate != null && spanIds.containsKey(candidate)) {
                return document.span(candidate);
            }
        }
        return Optional.empty();
    }

    private void role(List<Argument> arguments, String role, Map<Integer, String> ids, Integer target) {
        if (target == null) {
            return;
        }
        String id = ids.get(target);
        if (id == null) {
            losses.record(Kind.LINK_DROPPED);
        } else {
            arguments.add(new Argument(role, id));
        }
    }

    private static int links(AttributionRelation relation) {
        int links = 0;
        for (Integer target : new Integer[] {relation.source(), relation.cue(), relation.content(), relation.parent()}) {
            if (target != null) {
                links++;
            }
        }
        return links;
    }

    private void scopes() {
        Set<List<Integer>> pairs = new LinkedHashSet<>();
        for (Span span : document.spans()) {
            if (span.scope() != null) {
                pairs.add(List.of(span.id(), span.scope()));
            }
            if (span.cue() != null) {
                pairs.add(List.of(span.cue(), span.id()));
            }
        }
        for (List<Integer> pair : pairs) {
            relation(BratSchema.SCOPE_RELATION, spanIds.get(pair.get(0)), spanIds.get(pair.get(1)));
        }
    }

    private void holders() {
        Map<Integer, Integer> contentOf = new HashMap<>();
        for (AttributionRelation relation : document.attributions()) {
            if (relation.content() != null) {
                contentOf.put(relation.id(), relation.content());
            }
        }
        for (Span span : document.spans()) {
            if (span.holder() != null) {
                Integer content = contentOf.get(span.holder());
                relation(BratSchema.HOLDER_RELATION, spanIds.get(span.id()),
                        content == null ? null : spanIds.get(content));
            }
        }
    }

    private void relation(String type, String arg1, String arg2) {
        if (arg1 == null || arg2 == null) {
            losses.record(Kind.LINK_DROPPED);
            return;
        }
        lines.add(new Relation("R" + nextRelation++, type, arg1, arg2));
    }
}
