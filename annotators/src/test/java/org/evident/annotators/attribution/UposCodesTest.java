package org.evident.annotators.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.evident.annotators.lexicon.TokenSequence;
import org.junit.jupiter.api.Test;

class UposCodesTest {

    @Test
    void universalTagsFusedTagsAndOtherTagsGetTheirCodes() {
        assertThat(UposCodes.code("NOUN")).isEqualTo(UposCodes.NOUN);
        assertThat(UposCodes.code("PROPN+PART")).isEqualTo(UposCodes.PROPN);
        assertThat(UposCodes.code("NN")).isEqualTo(UposCodes.OTHER);
        assertThat(UposCodes.code(null)).isEqualTo(UposCodes.NONE);
    }

    @Test
    void namesGiveUniversalTagsBackAndKeepOtherTagsFirstPart() {
        TokenSequence tokens = new TokenSequence(new String[] {"Okonjo's", "staff", "said"},
                new String[] {"PROPN+PART", "NN+POS", "VERB"}, new int[] {0, 9, 15}, new int[] {8, 14, 19});
        byte[] codes = UposCodes.of(tokens);
        assertThat(codes).containsExactly(UposCodes.PROPN, UposCodes.OTHER, UposCodes.VERB);
        codes[2] = UposCodes.NOUN;
        assertThat(UposCodes.names(codes, tokens)).containsExactly("PROPN", "NN", "NOUN");
    }

    @Test
    void everyUniversalCodesNameHasThatCodeBack() {
        TokenSequence token = new TokenSequence(new String[] {"word"}, new String[] {"X"}, new int[] {0}, new int[] {4});
        for (byte code = UposCodes.ADJ; code <= UposCodes.X; code++) {
            String name = UposCodes.names(new byte[] {code}, token)[0];
            assertThat(UposCodes.code(name)).as(name).isEqualTo(code);
            assertThat(UposCodes.code(name + "+PART")).as(name + "+PART").isEqualTo(code);
        }
    }
}
