package org.evident.annotators.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** Marker spans (intensifier widening, guidelines §5, §7), negation (§6) and pseudo-cues (§3, §4). */
class SpansAndNegationTest {

    @Test
    void attitudeSpansStartAtTheFirstOfTheIntensifiersBeforeThem() {
        assertThat(Stance.texts("The report is deeply troubling.")).containsExactly("deeply troubling");
        assertThat(Stance.texts("The regulator was far too complacent.")).containsExactly("far too complacent");
        assertThat(Stance.texts("The rollout was a total disaster.")).containsExactly("total disaster");
        assertThat(Stance.texts("The conditions were very poor.")).containsExactly("very poor");
    }

    @Test
    void widenedSpansKeepTheHeadsCategoryPolarityAndRuleAndSwallowInnerCues() {
        Stance.Marker confusing = Stance.marker("The new timetable is really confusing.", "really confusing");
        assertThat(confusing.category()).isEqualTo("attitude");
        assertThat(confusing.polarity()).isEqualTo("negative");
        assertThat(confusing.rule()).isEqualTo(Stance.marker("The timetable is confusing.", "confusing").rule());
        assertThat(Stance.texts("The speech was rather dull.")).containsExactly("rather dull");
        assertThat(Stance.marker("The new rules are less harmful.", "less harmful").polarity()).isEqualTo("negative");
    }

    @Test
    void adjacentEvaluativeWordsThatAreNoIntensifiersStaySeparate() {
        assertThat(Stance.texts("Selling the land was a costly mistake.")).containsExactly("costly", "mistake");
    }

    @Test
    void boostersAndCountersAreNeverWidened() {
        assertThat(Stance.texts("The result was so surprising.")).containsExactly("surprising");
    }

    @Test
    void aNegatorIsNotPartOfTheSpanAndNegatesIt() {
        Stance.Marker convincing = Stance.marker("The plan is not very convincing.", "very convincing");
        assertThat(convincing.negated()).isTrue();
        assertThat(convincing.polarity()).isEqualTo("positive");
        Stance.Marker trustworthy = Stance.marker("The company is not trustworthy.", "trustworthy");
        assertThat(trustworthy.negated()).isTrue();
        assertThat(trustworthy.polarity()).isEqualTo("positive");
    }

    @Test
    void negatorsReachAcrossAtMostThreeTokensAndNoClauseBoundary() {
        assertThat(Stance.marker("There is no evidence of wrongdoing.", "wrongdoing").negated()).isTrue();
        assertThat(Stance.marker("The contract was awarded without proper scrutiny.", "proper").negated()).isTrue();
        assertThat(Stance.marker("The line is not going to be reliable.", "reliable").negated()).isTrue();
        assertThat(Stance.marker("Nobody in the whole town thought it reliable.", "reliable").negated()).isFalse();
        assertThat(Stance.marker("He had no experience and dubious connections.", "dubious").negated()).isFalse();
        assertThat(Stance.marker("The offer is not new, but it is generous.", "generous").negated()).isFalse();
    }

    @Test
    void twoNegatorsCancel() {
        assertThat(Stance.marker("The proposal is not without merit.", "merit").negated()).isFalse();
    }

    @Test
    void negatorsInsideAStanceCueBelongToIt() {
        Stance.Marker noDoubt = Stance.marker("The minister will no doubt defend the decision.", "no doubt");
        assertThat(noDoubt.category()).isEqualTo("booster");
        assertThat(noDoubt.negated()).isFalse();
        Stance.Marker surprise = Stance.marker("It should come as no surprise that the deal fell through.",
                "should come as no surprise");
        assertThat(surprise.category()).isEqualTo("booster");
        assertThat(surprise.negated()).isFalse();
        assertThat(Stance.texts("It should come as no surprise that the deal fell through."))
                .containsExactly("should come as no surprise");
    }

    @Test
    void aLongerNegatorBlocksTheCueItContains() {
        assertThat(Stance.markers("The statement was anything but reassuring.")).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("reassuring");
            assertThat(m.negated()).isTrue();
        });
    }

    @Test
    void countersAreNeverNegated() {
        Stance.Marker even = Stance.marker("The vote was not even close.", "even");
        assertThat(even.category()).isEqualTo("counter");
        assertThat(even.negated()).isFalse();
    }

    @Test
    void rhetoricalQuestionsAreNotNegation() {
        assertThat(Stance.marker("Then how trustworthy is this company?", "trustworthy").negated()).isFalse();
    }

    @Test
    void additiveNotOnlyButAlsoIsAPseudoCueThatAbsorbsItsNegator() {
        assertThat(Stance.texts("The bill would not only raise the minimum wage but also extend sick pay.")).isEmpty();
        assertThat(Stance.markers("The plan is not only reckless but also dishonest.")).extracting(Stance.Marker::text,
                Stance.Marker::negated).containsExactly(tuple("reckless", false),
                        tuple("dishonest", false));
    }

    @Test
    void classifyingSensesOfEvaluativeWordsAreNoMarkers() {
        assertThat(Stance.texts("The driver is in critical condition in hospital.")).isEmpty();
        assertThat(Stance.texts("The fund lends money to poor countries at low rates.")).isEmpty();
        assertThat(Stance.texts("Three players tested positive for the virus.")).isEmpty();
        assertThat(Stance.marker("Researchers found poor security in the app.", "poor").polarity())
                .isEqualTo("negative");
    }

    @Test
    void hyphenatedEntriesMatchWhateverTheTokenizerDidWithTheHyphen() {
        assertThat(Stance.texts("The police response was heavy-handed.")).containsExactly("heavy-handed");
        assertThat(Stance.texts("It was a well-deserved victory.")).containsExactly("well-deserved");
    }

    @Test
    void curlyQuotesAndApostrophesDoNotHideCues() {
        assertThat(Stance.texts("He would say \u2018of course they knew\u2019.")).containsExactly("of course");
        assertThat(Stance.marker("The plan isn\u2019t reliable.", "reliable").negated()).isTrue();
    }
}
