package org.evident.annotators.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.evident.annotators.testing.Words;
import org.junit.jupiter.api.Test;

class FormSetTest {

    @Test
    void testsATokensNormalisedFormAndAPlainForm() {
        FormSet negators = FormSet.of("not", "n't", "never");
        TokenSequence tokens = Words.of("Zoom", "NEVER", "said", "it", "did", "not");
        assertThat(negators.contains(tokens, 1)).isTrue();
        assertThat(negators.contains(tokens, 5)).isTrue();
        assertThat(negators.contains(tokens, 0)).isFalse();
        assertThat(negators.contains(tokens, 2)).isFalse();
        assertThat(negators.contains("n't")).isTrue();
        assertThat(negators.contains("NEVER")).isFalse();
        assertThat(negators.forms()).containsExactlyInAnyOrder("not", "n't", "never");
    }
}
