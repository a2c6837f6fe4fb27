package org.evident.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.evaluation.Spans.cue;
import static org.evident.evaluation.Spans.scope;

import java.util.List;

import org.junit.jupiter.api.Test;

class TokenLabelsTest {

    @Test
    void eachTokenTakesTheInnermostSpanOverlappingIt() {
        // We[0,2) may[3,6) go[7,9) if[10,12) it[13,15)
        String text = "We may go if it";
        List<String> labels = TokenLabels.of(TextTokens.of(text),
                List.of(scope(1, 3, 9, 2), cue(2, 3, 6, "epistemic", 1), cue(3, 10, 12, null, null)));
        assertThat(labels).containsExactly("O", "cue:epistemic", "scope", "cue", "O");
    }

    @Test
    void textTokensAreWordsAndSinglePunctuation() {
        String text = "It didn't rain, 3.5 mm.";
        assertThat(TextTokens.of(text)).extracting(t -> text.substring(t.begin(), t.end()))
                .containsExactly("It", "didn", "'", "t", "rain", ",", "3", ".", "5", "mm", ".");
    }
}
