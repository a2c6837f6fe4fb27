package org.evident.model;

import java.util.List;

/**
 * The closed vocabularies of feature values in the Evident type system: marker categories,
 * speculation strength, stance polarity and attribution kind.
 */
public final class Categories {
    // speculation
    public static final String EPISTEMIC = "epistemic";
    public static final String DOXASTIC = "doxastic";
    public static final String CONDITION = "condition";
    public static final String INVESTIGATION = "investigation";
    public static final String QUESTION = "question";
    // stance
    public static final String BOOSTER = "booster";
    public static final String ATTITUDE = "attitude";
    public static final String COUNTER = "counter";
    // attribution cue stance
    public static final String NEUTRAL = "neutral";
    public static final String DISTANCING = "distancing";
    public static final String FACTIVE = "factive";
    public static final String HEDGED = "hedged";
    public static final String DIRECTIVE = "directive";

    /** Speculation strength: how much a cue weakens the writer's commitment. */
    public static final List<String> STRENGTHS = List.of("low", "medium", "high");
    /** Stance polarity. */
    public static final List<String> POLARITIES = List.of("positive", "negative", "neutral");

    /** Attribution kind: quoted speech. */
    public static final String DIRECT = "direct";
    /** Attribution kind: reported speech. */
    public static final String INDIRECT = "indirect";
    /** Attribution kind: reported speech with a quoted fragment. */
    public static final String MIXED = "mixed";
    /** All attribution kinds. */
    public static final List<String> KINDS = List.of(DIRECT, INDIRECT, MIXED);

    private Categories() {
    }
}
