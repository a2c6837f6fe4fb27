package org.evident.annotators;

import java.util.Arrays;

/**
 * Where given characters occur in a text, found with {@link String#indexOf(int, int)}, which the
 * JVM runs as a vectorised scan: the quotation marks of a document, for instance, which most texts
 * hold few of.
 */
public final class CharPositions {
    private CharPositions() {
    }

    /** The positions of all occurrences of any of {@code chars}, in text order. */
    public static int[] of(String text, char... chars) {
        int[] positions = new int[16];
        int count = 0;
        for (char c : chars) {
            for (int p = text.indexOf(c); p >= 0; p = text.indexOf(c, p + 1)) {
                if (count == positions.length) {
                    positions = Arrays.copyOf(positions, count * 2);
                }
                positions[count++] = p;
            }
        }
        positions = Arrays.copyOf(positions, count);
        Arrays.sort(positions);
        return positions;
    }
}
