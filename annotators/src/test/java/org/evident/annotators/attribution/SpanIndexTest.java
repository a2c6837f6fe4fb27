package org.evident.annotators.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The spans covering a range, and the count of spans before an offset, against a plain scan. */
class SpanIndexTest {

    private static List<Integer> covering(SpanIndex index, int begin, int end) {
        List<Integer> found = new ArrayList<>();
        index.forEachCovering(begin, end, found::add);
        return found;
    }

    @Test
    void findsNestedAndTouchingSpansLatestBeginFirst() {
        // [0, 100) holds [10, 40) and [50, 90); [50, 90) holds [60, 70); [95, 120) crosses the end
        SpanIndex index = new SpanIndex(new int[] {50, 0, 60, 10, 95}, new int[] {90, 100, 70, 40, 120});
        assertThat(covering(index, 62, 68)).containsExactly(2, 0, 1);
        assertThat(covering(index, 60, 70)).containsExactly(2, 0, 1);
        assertThat(covering(index, 20, 30)).containsExactly(3, 1);
        assertThat(covering(index, 45, 48)).containsExactly(1);
        assertThat(covering(index, 96, 110)).containsExactly(4);
        assertThat(covering(index, 90, 110)).isEmpty();
    }

    @Test
    void agreesWithAScanOverEverySpan() {
        Random random = new Random(7);
        int n = 300;
        int[] begins = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            begins[i] = random.nextInt(5000);
            ends[i] = begins[i] + 1 + random.nextInt(i % 10 == 0 ? 800 : 40);
        }
        SpanIndex index = new SpanIndex(begins, ends);
        for (int q = 0; q < 2000; q++) {
            int begin = random.nextInt(5200);
            int end = begin + random.nextInt(30);
            List<Integer> expected = new ArrayList<>();
            int before = 0;
            for (int i = 0; i < n; i++) {
                if (begins[i] <= begin && ends[i] >= end) {
                    expected.add(i);
                }
                if (begins[i] < begin) {
                    before++;
                }
            }
            assertThat(covering(index, begin, end)).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(index.countBeginningBefore(begin)).isEqualTo(before);
        }
    }

    @Test
    void anEmptyIndexFindsNothing() {
        SpanIndex index = new SpanIndex(new int[0], new int[0]);
        assertThat(covering(index, 0, 10)).isEmpty();
        assertThat(index.countBeginningBefore(5)).isZero();
    }

    @Test
    void arraysOfDifferentLengthsAreRefused() {
        assertThatThrownBy(() -> new SpanIndex(new int[] {1, 2}, new int[] {3}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
