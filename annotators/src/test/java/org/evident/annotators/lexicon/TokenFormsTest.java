package org.evident.annotators.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenFormsTest {

    @Test
    void lowerCasesAndFoldsTypographicApostrophesAndDashes() {
        assertThat(TokenForms.normalise("Zoom")).isEqualTo("zoom");
        assertThat(TokenForms.normalise("FBI")).isEqualTo("fbi");
        assertThat(TokenForms.normalise("didn\u2019t")).isEqualTo("didn't");
        assertThat(TokenForms.normalise("\u2018of")).isEqualTo("'of");
        assertThat(TokenForms.normalise("1990\u20132000")).isEqualTo("1990-2000");
        assertThat(TokenForms.normalise("\u00C9COLE")).isEqualTo("\u00E9cole");
    }

    @Test
    void aTokenThatIsAlreadyItsFormIsReturnedItself() {
        String said = new String("said");
        String comma = new String(",");
        assertThat(TokenForms.normalise(said)).isSameAs(said);
        assertThat(TokenForms.normalise(comma)).isSameAs(comma);
        assertThat(TokenForms.normalise(new String("\u00e9cole"))).isEqualTo("\u00e9cole");
    }
}
