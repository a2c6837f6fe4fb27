package org.evident.annotators.attribution;

import java.util.List;

/**
 * Links nested attributions (guidelines §5): an attribution's parent is the attribution with the
 * smallest content that contains its cue. Second-hand cues set their links when they are found
 * (the reporter is the parent of the origin) and are left alone; two attributions that share one
 * content are never each other's parent through containment.
 */
final class AttributionNester {
    private AttributionNester() {
    }

    /** Sets {@link Candidate#parent} where it is not set yet. */
    static void nest(List<Candidate> all) {
        for (Candidate child : all) {
            if (child.parent != null) {
                continue;
            }
            Candidate best = null;
            for (Candidate other : all) {
                if (other == child || other.content.equals(child.content) || !other.content.contains(child.cueSpan)
                        || descendsFrom(other, child)) {
                    continue;
                }
                if (best == null || other.content.length() < best.content.length()) {
                    best = other;
                }
            }
            child.parent = best;
        }
    }

    private static boolean descendsFrom(Candidate candidate, Candidate ancestor) {
        for (Candidate c = candidate; c != null; c = c.parent) {
            if (c == ancestor) {
                return true;
            }
        }
        return false;
    }
}
