package org.evident.annotators;

import static org.assertj.core.api.Assertions.assertThat;

import org.evident.annotators.lexicon.TokenSequence;
import org.evident.annotators.testing.Words;
import org.junit.jupiter.api.Test;

class NegationTest {

    private static TokenSequence tokens(String text) {
        return Words.of(text);
    }

    private static boolean negated(String text, String cue) {
        TokenSequence tokens = tokens(text);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.text(i).equals(cue)) {
                return Negation.isNegated(tokens, i, i);
            }
        }
        throw new AssertionError(cue + " not in " + text);
    }

    @Test
    void aNegatorShortlyBeforeTheCueNegatesIt() {
        assertThat(negated("This is not likely to happen", "likely")).isTrue();
        assertThat(negated("The company is not very trustworthy", "trustworthy")).isTrue();
        assertThat(negated("Zoom did n't say so", "say")).isTrue();
        assertThat(negated("The inquiry showed a lack of transparency", "transparency")).isTrue();
    }

    @Test
    void distantOrSeparatedNegatorsDoNot() {
        assertThat(negated("This is likely to happen", "likely")).isFalse();
        assertThat(negated("It is not new , but it is likely", "likely")).isFalse();
        assertThat(negated("No one at the agency who was asked thought it likely", "likely")).isFalse();
    }
}
