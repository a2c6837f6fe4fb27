package org.evident.exporters.columns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.evident.exporters.spans.Span;
import org.evident.model.Categories;
import org.evident.model.Layer;

/**
 * The tag columns of the column formats (CoNLL, token-classification JSONL): one group per kind of
 * span, each with its label vocabulary. A group has one column, plus stacked columns when spans
 * of the group overlap in a document.
 */
public enum ColumnGroup {
    /** Speculation cues: {@code SPEC_<category>}. */
    SPECULATION_CUE,
    /** Speculation scopes: {@code SPEC_scope}. */
    SPECULATION_SCOPE,
    /** Stance markers: {@code STANCE_<category>_<polarity>}. */
    STANCE,
    /** Attribution roles: {@code ATTR_source}, {@code ATTR_cue_<category>}, {@code ATTR_content}. */
    ATTRIBUTION;

    /** The group a span belongs to, or empty for a span of an unknown layer or type. */
    public static Optional<ColumnGroup> of(Span span) {
        if (Layer.SPECULATION.id().equals(span.layer())) {
            return switch (span.type()) {
                case Span.CUE -> Optional.of(SPECULATION_CUE);
                case Span.SCOPE -> Optional.of(SPECULATION_SCOPE);
                default -> Optional.empty();
            };
        }
        if (Layer.STANCE.id().equals(span.layer())) {
            return Span.MARKER.equals(span.type()) ? Optional.of(STANCE) : Optional.empty();
        }
        if (Layer.ATTRIBUTION.id().equals(span.layer())) {
            return switch (span.type()) {
                case Span.SOURCE, Span.CUE, Span.CONTENT -> Optional.of(ATTRIBUTION);
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    /** The column header at a stacking level from 1: {@code STANCE}, {@code STANCE_2}, … */
    public String header(int level) {
        return level == 1 ? name() : name() + "_" + level;
    }

    /** The JSONL key of the column at a level: {@code stance_tags}, {@code stance_2_tags}, … */
    public String tagsKey(int level) {
        return header(level).toLowerCase(Locale.ROOT) + "_tags";
    }

    /** Every label the closed vocabulary allows in this group, in documentation order. */
    public List<String> vocabulary() {
        List<String> labels = new ArrayList<>();
        switch (this) {
            case SPECULATION_CUE -> Layer.SPECULATION.categories()
                    .forEach(c -> labels.add(SpanLabels.SPECULATION_PREFIX + c));
            case SPECULATION_SCOPE -> labels.add(SpanLabels.SCOPE);
            case STANCE -> Layer.STANCE.categories().forEach(c -> Categories.POLARITIES
                    .forEach(p -> labels.add(SpanLabels.STANCE_PREFIX + c + "_" + p)));
            case ATTRIBUTION -> {
                labels.add(SpanLabels.SOURCE);
                Layer.ATTRIBUTION.categories().forEach(c -> labels.add(SpanLabels.CUE_PREFIX + c));
                labels.add(SpanLabels.CONTENT);
            }
        }
        return labels;
    }
}
