package org.evident.annotators.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenSequenceTest {

    @Test
    void aTextIsItsOwnFormWhetherTheFormWasComputedOrHandedOver() {
        String[] texts = {"Zoom", "said", "it", "didn\u2019t", "know"};
        TokenSequence computed = new TokenSequence(texts, new String[5], new int[] {0, 5, 10, 13, 20},
                new int[] {4, 9, 12, 19, 24});
        // the forms a tagger's word cache hands over: equal strings, but other objects than the texts
        String[] cached = {"zoom", new String("said"), new String("it"), "didn't", null};
        TokenSequence handedOver = new TokenSequence(texts, cached, new String[5], new int[] {0, 5, 10, 13, 20},
                new int[] {4, 9, 12, 19, 24});
        for (TokenSequence tokens : new TokenSequence[] {computed, handedOver}) {
            assertThat(tokens.textIsForm(0)).isFalse();
            assertThat(tokens.textIsForm(1)).isTrue();
            assertThat(tokens.textIsForm(2)).isTrue();
            assertThat(tokens.textIsForm(3)).isFalse();
            assertThat(tokens.textIsForm(4)).isTrue();
            assertThat(tokens.form(3)).isEqualTo("didn't");
            assertThat(tokens.formHash(1)).isEqualTo("said".hashCode());
        }
    }
}
