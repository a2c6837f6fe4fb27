package org.evident.exporters.columns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Assigns overlapping token ranges of one column group to stacked levels: ranges are taken in text
 * order, outer before inner, and each goes to the lowest level where it overlaps nothing. Outer
 * spans stay in the first column, nested ones go to the next; no range is ever overwritten.
 */
final class StackedLevels {
    /** A labelled token range and the level it was given (from 1). */
    static final class Placement {
        final String label;
        final int first;
        final int last;
        int level;

        Placement(String label, int first, int last) {
            this.label = label;
            this.first = first;
            this.last = last;
        }
    }

    private StackedLevels() {
    }

    /** Sets the level of every placement and returns the number of levels used (at least 1). */
    static int assign(List<Placement> placements) {
        List<Placement> ordered = new ArrayList<>(placements);
        ordered.sort(Comparator.<Placement>comparingInt(p -> p.first)
                .thenComparing(Comparator.<Placement>comparingInt(p -> p.last).reversed()));
        List<Integer> levelEnds = new ArrayList<>();
        for (Placement placement : ordered) {
            int level = 0;
            while (level < levelEnds.size() && levelEnds.get(level) >= placement.first) {
                level++;
            }
            if (level == levelEnds.size()) {
                levelEnds.add(placement.last);
            } else {
                levelEnds.set(level, placement.last);
            }
            placement.level = level + 1;
        }
        return Math.max(1, levelEnds.size());
    }
}
