package org.evident.exporters.spans;

import java.util.Comparator;
import java.util.List;

import org.evident.model.Layer;

/**
 * One annotated span in the format-neutral view of a document that every flat writer, reader and
 * the evaluator share. Offsets are UTF-16 code units (the CAS's own); writers convert them.
 * Features that do not apply to the span's type are null.
 *
 * @param id         number of the span within its document, from 1
 * @param layer      {@code speculation}, {@code stance} or {@code attribution}
 * @param type       {@code cue}, {@code scope}, {@code marker}, {@code source} or {@code content}
 * @param begin      begin offset (UTF-16)
 * @param end        end offset (UTF-16, exclusive)
 * @param category   marker category
 * @param strength   speculation strength
 * @param polarity   stance polarity
 * @param rule       the lexicon entry or rule that produced a marker
 * @param confidence the marker's confidence
 * @param negated    whether the marker is negated
 * @param holder     id of the attribution in whose voice the marker speaks (null: the writer)
 * @param scope      for a speculation cue, id of its scope
 * @param cue        for a speculation scope, id of its cue
 */
public record Span(int id, String layer, String type, int begin, int end, String category, String strength,
        String polarity, String rule, Float confidence, Boolean negated, Integer holder, Integer scope,
        Integer cue) {

    /** Span types. */
    public static final String CUE = "cue";
    public static final String SCOPE = "scope";
    public static final String MARKER = "marker";
    public static final String SOURCE = "source";
    public static final String CONTENT = "content";

    /** The order of {@link DocumentSpans#spans()}: by begin, then longer first, then by id. */
    public static final Comparator<Span> TEXT_ORDER = Comparator.comparingInt(Span::begin)
            .thenComparing(Comparator.comparingInt(Span::end).reversed())
            .thenComparingInt(Span::id);

    /** A span with only layer, type and offsets (gold data often has no more). */
    public static Span plain(int id, String layer, String type, int begin, int end) {
        return new Span(id, layer, type, begin, end, null, null, null, null, null, null, null, null, null);
    }

    /** True when the span is a marker (has a category): cues and stance markers. */
    public boolean isMarker() {
        return CUE.equals(type) || MARKER.equals(type);
    }

    /** This span with another id. */
    public Span withId(int newId) {
        return new Span(newId, layer, type, begin, end, category, strength, polarity, rule, confidence, negated,
                holder, scope, cue);
    }

    /** This span with other offsets. */
    public Span withOffsets(int newBegin, int newEnd) {
        return new Span(id, layer, type, newBegin, newEnd, category, strength, polarity, rule, confidence, negated,
                holder, scope, cue);
    }

    /** Layer and type as one key, e.g. {@code speculation/cue}. */
    public String kind() {
        return layer + "/" + type;
    }

    /** The span types a layer has, in documentation order: what flat formats may write for it. */
    public static List<String> types(Layer layer) {
        return switch (layer) {
            case SPECULATION -> List.of(CUE, SCOPE);
            case STANCE -> List.of(MARKER);
            case ATTRIBUTION -> List.of(SOURCE, CUE, CONTENT);
        };
    }
}
