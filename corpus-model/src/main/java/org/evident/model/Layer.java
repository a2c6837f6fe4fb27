package org.evident.model;

import java.util.List;
import java.util.Locale;

/**
 * The three annotation layers of Evident and the closed vocabulary of categories each one uses.
 */
public enum Layer {
    /** Hedge cues and their scopes (Szeged uncertainty categories). */
    SPECULATION(List.of(Categories.EPISTEMIC, Categories.DOXASTIC, Categories.CONDITION,
            Categories.INVESTIGATION, Categories.QUESTION)),
    /** Boosters, attitude markers and counter-expectation markers. */
    STANCE(List.of(Categories.BOOSTER, Categories.ATTITUDE, Categories.COUNTER)),
    /** Attribution cues, categorised by their stance toward the content. */
    ATTRIBUTION(List.of(Categories.NEUTRAL, Categories.DISTANCING, Categories.FACTIVE,
            Categories.HEDGED, Categories.DIRECTIVE));

    private final List<String> categories;

    Layer(List<String> categories) {
        this.categories = categories;
    }

    /** The categories a marker of this layer may carry, in documentation order. */
    public List<String> categories() {
        return categories;
    }

    /** The lower-case name used in files and on the command line ({@code speculation}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The layer with the given {@link #id()}, case-insensitively. */
    public static Layer fromId(String id) {
        for (Layer layer : values()) {
            if (layer.id().equalsIgnoreCase(id)) {
                return layer;
            }
        }
        throw new IllegalArgumentException("unknown layer '" + id + "' (expected speculation, stance or attribution)");
    }
}
