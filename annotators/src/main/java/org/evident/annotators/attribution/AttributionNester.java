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
        int[] begins = new int[all.size()];
        int[] ends = new int[all.size()];
        for (int i = 0; i < all.size(); i++) {
            begins[i] = all.get(i).content.begin();
            ends[i] = all.get(i).content.end();
        }
        SpanIndex contents = new SpanIndex(begins, ends);
        for (Candidate child : all) {
            if (child.parent == null) {
                child.parent = smallestContentAround(child, all, contents);
            }
        }
    }

    /**
     * The attribution with the smallest content that contains the child's cue (the earliest in
     * the list among equally small ones), other than the child, one with the child's own content
     * or one of the child's descendants; or null.
     */
    private static Candidate smallestContentAround(Candidate child, List<Candidate> all, SpanIndex contents) {
        int best = contents.shortestCovering(child.cueSpan.begin(), child.cueSpan.end(), i -> {
            Candidate other = all.get(i);
            return other != child && !other.content.equals(child.content) && !descendsFrom(other, child);
        });
        return best < 0 ? null : all.get(best);
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
