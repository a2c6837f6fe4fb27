package org.evident.annotators.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.evident.annotators.lexicon.TokenSequence;
import org.junit.jupiter.api.Test;

class QuoteTrimmerTest {

    private static TokenSequence tokens(String... words) {
        int[] begins = new int[words.length];
        int[] ends = new int[words.length];
        for (int i = 0, offset = 0; i < words.length; offset = ends[i] + 1, i++) {
            begins[i] = offset;
            ends[i] = offset + words[i].length();
        }
        return new TokenSequence(words, new String[words.length], begins, ends);
    }

    @Test
    void quotationMarksAtWordEdgesAreLeftOutWithTheirOffsets() {
        TokenSequence trimmed = QuoteTrimmer.trim(tokens("say", "\u2018of", "course", "there\u2019", "\u201cfine\u201d"));
        assertThat(IntStream.range(0, trimmed.size()).mapToObj(trimmed::text))
                .containsExactly("say", "of", "course", "there", "fine");
        assertThat(trimmed.begin(1)).isEqualTo(5);
        assertThat(trimmed.end(3)).isEqualTo(20);
    }

    @Test
    void pluralPossessivesApostrophesInsideWordsAndLoneMarksStay() {
        TokenSequence tokens = tokens("employees\u2019", "didn\u2019t", "\u2018", "it\u2019s");
        assertThat(QuoteTrimmer.trim(tokens)).isSameAs(tokens);
    }
}
