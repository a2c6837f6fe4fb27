package org.evident.annotators.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Pairing quotation marks within paragraphs; apostrophes are not quotation marks. */
class QuotePairerTest {

    private static List<String> quotations(String text) {
        return QuotePairer.pair(text).all().stream().map(q -> text.substring(q.begin(), q.end())).toList();
    }

    @Test
    void curlyDoubleAndSingleMarksPairAndNest() {
        assertThat(quotations("He said: \u201CThey told me \u2018never again\u2019 and left.\u201D"))
                .containsExactly("\u201CThey told me \u2018never again\u2019 and left.\u201D", "\u2018never again\u2019");
    }

    @Test
    void apostrophesInsideWordsAndAfterPluralsAreNotMarks() {
        assertThat(quotations("It\u2019s the MPS\u2019 office and the teachers' union, she didn't say.")).isEmpty();
        assertThat(quotations("\u2018We let the fans down. It\u2019s simple.\u2019"))
                .containsExactly("\u2018We let the fans down. It\u2019s simple.\u2019");
    }

    @Test
    void straightMarksPairWithTheNextMark() {
        assertThat(quotations("\"We will rebuild,\" he said, calling it 'a new start'."))
                .containsExactly("\"We will rebuild,\"", "'a new start'");
    }

    @Test
    void quotationsDoNotCrossParagraphs() {
        assertThat(quotations("\u201CUnclosed quotation.\n\nA new paragraph with \u201Ca pair\u201D.")).containsExactly("\u201Ca pair\u201D");
    }

    @Test
    void quotationsOverSeveralSentencesPair() {
        assertThat(quotations("\u201CThe river is dying. We caught fish here every day.\u201D"))
                .containsExactly("\u201CThe river is dying. We caught fish here every day.\u201D");
    }
}
