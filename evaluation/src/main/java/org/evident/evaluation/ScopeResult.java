package org.evident.evaluation;

/**
 * Speculation scope figures beyond span matching.
 *
 * @param goldScopes gold scopes that have a cue
 * @param cuesFound  gold scopes one of whose cue parts a prediction found exactly
 * @param correct    gold scopes whose cue was found exactly with a predicted scope of exactly the
 *                   gold scope's offsets
 * @param tokens     token-level counts (see {@link TokenScore})
 */
public record ScopeResult(long goldScopes, long cuesFound, long correct, Counts tokens) {
    /** No scopes. */
    public static final ScopeResult ZERO = new ScopeResult(0, 0, 0, Counts.ZERO);

    /** Percentage of correct scopes: correct / all gold scopes (null without gold scopes). */
    public Double pcs() {
        return goldScopes == 0 ? null : (double) correct / goldScopes;
    }

    /** Correct scopes among the gold scopes whose cue was found (null when none was). */
    public Double pcsGivenCue() {
        return cuesFound == 0 ? null : (double) correct / cuesFound;
    }

    /** The sum of two results. */
    public ScopeResult plus(ScopeResult other) {
        return new ScopeResult(goldScopes + other.goldScopes, cuesFound + other.cuesFound, correct + other.correct,
                tokens.plus(other.tokens));
    }
}
