package org.evident.annotators.speculation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Negated cues (guidelines §4), strength and category from the lexicon (§2–3). */
class NegationAndStrengthTest {

    @Test
    void aNegatorBeforeTheCueNegatesItAndTheCueStays() {
        assertThat(Speculation.cue("The merger is not likely to be approved.", "likely"))
                .extracting(Speculation.Cue::negated, Speculation.Cue::strength).containsExactly(true, "low");
        assertThat(Speculation.cue("I don't think the plan will work.", "think").negated()).isTrue();
        assertThat(Speculation.cue("Officials do not believe the vote was rigged.", "believe").negated()).isTrue();
    }

    @Test
    void negationInsideTheScopeOrInsideTheCueDoesNotNegate() {
        assertThat(Speculation.cue("The data may not be accurate.", "may").negated()).isFalse();
        assertThat(Speculation.cue("The merger is unlikely to be approved.", "unlikely").negated()).isFalse();
        assertThat(Speculation.cue("Further attacks cannot be ruled out.", "cannot be ruled out").negated()).isFalse();
    }

    @Test
    void noDoubtIsABoosterNotAHedge() {
        assertThat(Speculation.cueTexts("There is no doubt that the company broke the law.")).isEmpty();
        assertThat(Speculation.cueTexts("There are growing doubts about the figures.")).containsExactly("doubts");
    }

    @Test
    void categoryAndStrengthComeFromTheEntry() {
        assertThat(Speculation.cue("The breach might have exposed the data.", "might"))
                .extracting(Speculation.Cue::category, Speculation.Cue::strength).containsExactly("epistemic", "high");
        assertThat(Speculation.cue("The app supposedly encrypts every call.", "supposedly"))
                .extracting(Speculation.Cue::category, Speculation.Cue::strength).containsExactly("doxastic", "high");
        assertThat(Speculation.cue("The strike will go ahead unless the company improves its offer.", "unless"))
                .extracting(Speculation.Cue::category, Speculation.Cue::strength).containsExactly("condition", "medium");
    }

    @Test
    void aQuestionIsNeverNegated() {
        assertThat(Speculation.cue("Why did nobody notice?", "?").negated()).isFalse();
    }
}
