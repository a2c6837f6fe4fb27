package org.evident.exporters.read.annotated;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evident.exporters.spans.Span;
import org.evident.model.Layer;

/**
 * What an annotated source covers: which span kinds ({@code layer/type}, e.g.
 * {@code speculation/cue}) its annotators marked, and for each marker kind which categories they
 * told apart. The evaluator scores only what the gold covers, so that a corpus annotated for
 * speculation alone does not count every stance marker as a false positive.
 * <ul>
 * <li>A kind that is absent was not annotated: spans of that kind are not scored.</li>
 * <li>A kind with an empty category list was annotated without categories (BioScope cues): it is
 * scored category-blind, whatever category a prediction carries.</li>
 * <li>A kind with categories was annotated with exactly those categories (Szeged: four speculation
 * categories; Engagement: booster and counter, not attitude): spans of other categories are not
 * scored. Spans without a category are always scored.</li>
 * </ul>
 */
public final class AnnotationScheme {
    private final Map<String, List<String>> kinds;

    private AnnotationScheme(Map<String, List<String>> kinds) {
        this.kinds = kinds;
    }

    /**
     * A scheme from kinds ({@code layer/type}) to the categories annotated for them, in the
     * canonical order of {@link #full()}.
     *
     * @throws IllegalArgumentException for an unknown kind or category
     */
    public static AnnotationScheme of(Map<String, List<String>> categoriesByKind) {
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> kind : full().kinds.entrySet()) {
            List<String> categories = categoriesByKind.get(kind.getKey());
            if (categories != null) {
                if (!kind.getValue().containsAll(categories)) {
                    throw new IllegalArgumentException("categories " + categories + " are not all " + kind.getKey()
                            + " categories");
                }
                ordered.put(kind.getKey(), List.copyOf(categories));
            }
        }
        for (String kind : categoriesByKind.keySet()) {
            if (!ordered.containsKey(kind)) {
                throw new IllegalArgumentException("unknown span kind '" + kind + "'");
            }
        }
        return new AnnotationScheme(ordered);
    }

    /** Every kind of every layer, markers with all their layer's categories (Evident's own formats). */
    public static AnnotationScheme full() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        for (Layer layer : List.of(Layer.SPECULATION, Layer.ATTRIBUTION, Layer.STANCE)) {
            for (String type : Span.types(layer)) {
                boolean marker = type.equals(Span.CUE) || type.equals(Span.MARKER);
                all.put(kind(layer.id(), type), marker ? layer.categories() : List.of());
            }
        }
        return new AnnotationScheme(all);
    }

    /** The kind key of a layer and span type, e.g. {@code speculation/cue}. */
    public static String kind(String layer, String type) {
        return layer + "/" + type;
    }

    /** The annotated kinds, in canonical order (speculation, attribution, stance). */
    public List<String> kinds() {
        return List.copyOf(kinds.keySet());
    }

    /** The layers with at least one annotated kind, in canonical order. */
    public List<String> layers() {
        return kinds.keySet().stream().map(kind -> kind.substring(0, kind.indexOf('/'))).distinct().toList();
    }

    /** True when spans of this layer and type were annotated. */
    public boolean annotates(String layer, String type) {
        return kinds.containsKey(kind(layer, type));
    }

    /** The categories annotated for a kind; empty when it was annotated without categories or not at all. */
    public List<String> categories(String layer, String type) {
        return kinds.getOrDefault(kind(layer, type), List.of());
    }

    /** True when a span of this kind and category (or without category) falls within what was annotated. */
    public boolean covers(Span span) {
        List<String> categories = kinds.get(span.kind());
        return categories != null
                && (categories.isEmpty() || span.category() == null || categories.contains(span.category()));
    }

    /**
     * What both schemes annotate: kinds in both, with the categories in both; a kind annotated
     * without categories on either side is compared without categories.
     */
    public AnnotationScheme intersect(AnnotationScheme other) {
        Map<String, List<String>> common = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> kind : kinds.entrySet()) {
            List<String> theirs = other.kinds.get(kind.getKey());
            if (theirs == null) {
                continue;
            }
            List<String> mine = kind.getValue();
            if (mine.isEmpty() || theirs.isEmpty()) {
                common.put(kind.getKey(), List.of());
            } else {
                List<String> both = new ArrayList<>(mine);
                both.retainAll(theirs);
                common.put(kind.getKey(), List.copyOf(both));
            }
        }
        return new AnnotationScheme(common);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AnnotationScheme scheme && scheme.kinds.equals(kinds);
    }

    @Override
    public int hashCode() {
        return kinds.hashCode();
    }

    @Override
    public String toString() {
        return kinds.toString();
    }
}
