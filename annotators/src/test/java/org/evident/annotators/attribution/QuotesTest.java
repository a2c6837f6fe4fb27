package org.evident.annotators.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Looking up a document's quotations around a range and within a range. */
class QuotesTest {
    private static final String TEXT = "He said: \u201CThey told me \u2018never again\u2019 and left.\u201D "
            + "Later: \u201CNo.\u201D And \u201Cyes\u201D.";
    private static final Quotes QUOTES = QuotePairer.pair(TEXT);

    private static String around(String word) {
        int begin = TEXT.indexOf(word);
        Quote quote = QUOTES.around(begin, begin + word.length());
        return quote == null ? null : TEXT.substring(quote.begin(), quote.end());
    }

    private static List<String> within(int begin, int end) {
        return QUOTES.within(begin, end).stream().map(q -> TEXT.substring(q.begin(), q.end())).toList();
    }

    @Test
    void theSmallestQuotationAroundARangeWins() {
        assertThat(around("never")).isEqualTo("\u2018never again\u2019");
        assertThat(around("told")).isEqualTo("\u201CThey told me \u2018never again\u2019 and left.\u201D");
        assertThat(around("No")).isEqualTo("\u201CNo.\u201D");
        assertThat(around("said")).isNull();
        assertThat(around("Later")).isNull();
    }

    @Test
    void aRangeThatTouchesTheMarksIsNotInside() {
        int open = TEXT.indexOf('\u2018');
        int close = TEXT.indexOf('\u2019') + 1;
        assertThat(QUOTES.around(open, close)).isNotNull().extracting(Quote::begin).isEqualTo(TEXT.indexOf('\u201C'));
        assertThat(QUOTES.around(open, close + 1)).isNotNull();
        assertThat(QUOTES.around(0, TEXT.length())).isNull();
    }

    @Test
    void withinGivesTheOutermostQuotationsInTextOrder() {
        assertThat(within(0, TEXT.length())).containsExactly(
                "\u201CThey told me \u2018never again\u2019 and left.\u201D", "\u201CNo.\u201D", "\u201Cyes\u201D");
        assertThat(within(TEXT.indexOf("Later"), TEXT.length())).containsExactly("\u201CNo.\u201D", "\u201Cyes\u201D");
        assertThat(within(TEXT.indexOf("They"), TEXT.length())).containsExactly(
                "\u2018never again\u2019", "\u201CNo.\u201D", "\u201Cyes\u201D");
        assertThat(within(TEXT.indexOf("And"), TEXT.indexOf("yes"))).isEmpty();
    }
}
