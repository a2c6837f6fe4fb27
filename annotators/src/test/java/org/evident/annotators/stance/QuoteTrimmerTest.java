package org.evident.annotators.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.evident.annotators.lexicon.TokenSequence;
import org.evident.annotators.testing.Words;
import org.junit.jupiter.api.Test;

class QuoteTrimmerTest {

    private static TokenSequence tokens(String... words) {
        return Words.of(words);
    }

    /** Trims the sequence of a document made of the words joined by spaces. */
    private static TokenSequence trim(TokenSequence tokens, String[] words) {
        String text = String.join(" ", words);
        return QuoteTrimmer.trim(tokens, text, QuoteTrimmer.curlyQuotes(text));
    }

    @Test
    void quotationMarksAtWordEdgesAreLeftOutWithTheirOffsets() {
        String[] words = {"say", "\u2018of", "course", "there\u2019", "\u201cfine\u201d"};
        TokenSequence trimmed = trim(tokens(words), words);
        assertThat(IntStream.range(0, trimmed.size()).mapToObj(trimmed::text))
                .containsExactly("say", "of", "course", "there", "fine");
        assertThat(trimmed.begin(1)).isEqualTo(5);
        assertThat(trimmed.end(3)).isEqualTo(20);
    }

    @Test
    void pluralPossessivesApostrophesInsideWordsAndLoneMarksStay() {
        String[] words = {"employees\u2019", "didn\u2019t", "\u2018", "it\u2019s"};
        TokenSequence tokens = tokens(words);
        assertThat(trim(tokens, words)).isSameAs(tokens);
    }

    @Test
    void marksInsideWordsDoNotHideTheEdgeMarksAfterThem() {
        String[] words = {"didn\u2019t", "say", "\u2018of", "course\u2019", "it\u2019s", "\u201cfine\u201d"};
        TokenSequence trimmed = trim(tokens(words), words);
        assertThat(IntStream.range(0, trimmed.size()).mapToObj(trimmed::text))
                .containsExactly("didn\u2019t", "say", "of", "course", "it\u2019s", "fine");
        assertThat(trimmed.begin(5)).isEqualTo(29);
        assertThat(trimmed.end(5)).isEqualTo(33);
    }

    @Test
    void aSentenceWithoutCurlyQuotesIsNotCopied() {
        String[] words = {"It", "is", "\"of", "course\"", "fine", "."};
        TokenSequence tokens = tokens(words);
        assertThat(trim(tokens, words)).isSameAs(tokens);
    }

    @Test
    void onlyTheSentencesThatHoldTheDocumentsQuotationMarksAreCopied() {
        String text = "It is fine . \u2018Of course\u2019 .";
        TokenSequence first = Words.of("It", "is", "fine", ".");
        assertThat(QuoteTrimmer.curlyQuotes(text)).containsExactly(13, 23);
        assertThat(QuoteTrimmer.trim(first, text, QuoteTrimmer.curlyQuotes(text))).isSameAs(first);
    }
}
