package org.evident.annotators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;
import org.evident.annotators.testing.Words;
import org.junit.jupiter.api.Test;

/** The parts of {@link Negation} that layers combine into their own negation conventions. */
class NegationReachTest {

    private static TokenSequence tokens(String text) {
        return Words.of(text);
    }

    @Test
    void negatorOccurrencesDoNotOverlap() {
        List<LexiconMatch> negators = Negation.negators(tokens("the bridge is no longer safe"));
        assertThat(negators).singleElement().satisfies(n -> assertThat(n.entry().phrase()).isEqualTo("no longer"));
    }

    @Test
    void negatorsInsideALongerPhraseAreLeftOut() {
        TokenSequence tokens = tokens("there is no doubt it is not safe");
        List<LexiconMatch> all = Negation.negators(tokens);
        LexiconMatch noDoubt = new LexiconMatch(all.get(0).entry(), 2, 3);
        assertThat(Negation.outside(all, List.of(noDoubt))).extracting(LexiconMatch::first).containsExactly(6);
    }

    @Test
    void theReachCountsTokensBetweenAndStopsAtBoundaries() {
        TokenSequence tokens = tokens("not going to be very safe , and not safe");
        Negation.Reach three = new Negation.Reach(3, (t, i) -> t.formIs(i, ",", "and"));
        List<LexiconMatch> negators = Negation.negators(tokens);
        assertThat(Negation.negatorsInReach(tokens, 4, 5, negators, three)).hasSize(1);
        assertThat(Negation.negatorsInReach(tokens, 5, 5, negators, three)).isEmpty();
        assertThat(Negation.negatorsInReach(tokens, 9, 9, negators, three)).extracting(LexiconMatch::first)
                .containsExactly(8);
        assertThat(Negation.negatorsInReach(tokens, 4, 5, negators, Negation.DEFAULT_REACH)).isEmpty();
    }
}
