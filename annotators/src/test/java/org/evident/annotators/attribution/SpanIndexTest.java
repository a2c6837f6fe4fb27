package org.evident.annotators.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.Test;

/** The shortest accepted span covering a range, and the count of spans before an offset, against a plain scan. */
class SpanIndexTest {

    @Test
    void findsTheShortestCoveringSpanThatIsAccepted() {
        // [0, 100) holds [10, 40) and [50, 90); [50, 90) holds [60, 70); [95, 120) crosses the end
        SpanIndex index = new SpanIndex(new int[] {50, 0, 60, 10, 95}, new int[] {90, 100, 70, 40, 120});
        assertThat(index.shortestCovering(62, 68, i -> true)).isEqualTo(2);
        assertThat(index.shortestCovering(60, 70, i -> true)).isEqualTo(2);
        assertThat(index.shortestCovering(62, 68, i -> i != 2)).isZero();
        assertThat(index.shortestCovering(62, 68, i -> i == 1)).isEqualTo(1);
        assertThat(index.shortestCovering(20, 30, i -> true)).isEqualTo(3);
        assertThat(index.shortestCovering(45, 48, i -> true)).isEqualTo(1);
        assertThat(index.shortestCovering(96, 110, i -> true)).isEqualTo(4);
        assertThat(index.shortestCovering(90, 110, i -> true)).isEqualTo(-1);
    }

    @Test
    void amongEquallyShortSpansTheLowestIndexWins() {
        SpanIndex index = new SpanIndex(new int[] {20, 10, 15, 10}, new int[] {40, 30, 35, 30});
        assertThat(index.shortestCovering(20, 30, i -> true)).isEqualTo(0);
        assertThat(index.shortestCovering(16, 30, i -> true)).isEqualTo(1);
        assertThat(index.shortestCovering(16, 30, i -> i != 1)).isEqualTo(2);
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
        IntPredicate odd = i -> i % 2 == 1;
        for (int q = 0; q < 2000; q++) {
            int begin = random.nextInt(5200);
            int end = begin + random.nextInt(30);
            int expected = -1;
            int before = 0;
            for (int i = 0; i < n; i++) {
                boolean covers = begins[i] <= begin && ends[i] >= end && odd.test(i);
                if (covers && (expected < 0 || ends[i] - begins[i] < ends[expected] - begins[expected])) {
                    expected = i;
                }
                if (begins[i] < begin) {
                    before++;
                }
            }
            assertThat(index.shortestCovering(begin, end, odd)).isEqualTo(expected);
            assertThat(index.countBeginningBefore(begin)).isEqualTo(before);
        }
    }

    @Test
    void anEmptyIndexFindsNothing() {
        SpanIndex index = new SpanIndex(new int[0], new int[0]);
        assertThat(index.shortestCovering(0, 10, i -> true)).isEqualTo(-1);
        assertThat(index.countBeginningBefore(5)).isZero();
    }

    @Test
    void arraysOfDifferentLengthsAreRefused() {
        assertThatThrownBy(() -> new SpanIndex(new int[] {1, 2}, new int[] {3}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
