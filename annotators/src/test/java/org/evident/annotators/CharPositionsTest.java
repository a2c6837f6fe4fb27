package org.evident.annotators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharPositionsTest {

    @Test
    void findsEveryOccurrenceOfEveryCharacterInTextOrder() {
        String text = "\u201cIt\u2019s \"fine\",\u201d she said; 'so it is'.";
        assertThat(CharPositions.of(text, '"', '\'', '\u201c', '\u201d', '\u2019'))
                .containsExactly(0, 3, 6, 11, 13, 25, 34);
    }

    @Test
    void aTextWithoutThemGivesNoPositionsAndManyOccurrencesAreAllKept() {
        assertThat(CharPositions.of("no marks here", '"', '\u201c')).isEmpty();
        assertThat(CharPositions.of("\"".repeat(40), '"')).hasSize(40).startsWith(0, 1).endsWith(39);
    }
}
