package org.evident.annotators.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every context rule of the stance lexicon (guidelines §8), where it fires and where it must not. */
class ContextRulesTest {

    @Nested
    class EvaluativeSense {
        @Test
        void acceptsPredicativeUses() {
            assertThat(Stance.marker("The auditors were critical of the board.", "critical").polarity())
                    .isEqualTo("negative");
            assertThat(Stance.texts("Leaving the tenants without heating all winter was criminal."))
                    .contains("criminal");
        }

        @Test
        void rejectsAttributiveClassifyingUses() {
            assertThat(Stance.texts("The agency filed a criminal complaint against the firm.")).isEmpty();
            assertThat(Stance.texts("The hospital opened a new critical ward.")).isEmpty();
            assertThat(Stance.texts("The fund invests in clean technology.")).isEmpty();
        }
    }

    @Nested
    class SentenceInitial {
        @Test
        void acceptsACueThatStartsASentenceOrClause() {
            assertThat(Stance.marker("Still, the bank kept interest rates unchanged.", "Still").category())
                    .isEqualTo("counter");
            assertThat(Stance.texts("And while it is true that prices rose, wages rose faster.")).contains("while");
            assertThat(Stance.texts("The fire was not arson; rather, it began in a fuse box.")).contains("rather");
            assertThat(Stance.texts("Officials said that while the plan is popular, it cannot be funded."))
                    .contains("while");
        }

        @Test
        void rejectsTheSameWordsInsideAClause() {
            assertThat(Stance.texts("The museum is still open on Sundays.")).isEmpty();
            assertThat(Stance.texts("Prices rose while wages fell.")).isEmpty();
            assertThat(Stance.texts("Most residents would rather keep the old market.")).isEmpty();
        }
    }

    @Nested
    class LimitingOnly {
        @Test
        void acceptsLimitingOnly() {
            assertThat(Stance.marker("The firm admitted the fault only after the regulator intervened.", "only")
                    .category()).isEqualTo("counter");
            assertThat(Stance.texts("Turnout reached only 31 percent.")).containsExactly("only");
        }

        @Test
        void rejectsOnlyAfterADeterminerOrPossessive() {
            assertThat(Stance.texts("The company's only plant closed last year.")).isEmpty();
            assertThat(Stance.texts("It is the only hospital on the island.")).isEmpty();
            assertThat(Stance.texts("Their only option was to sell.")).isEmpty();
        }
    }

    @Nested
    class EpistemicMust {
        @Test
        void acceptsAConfidentInference() {
            assertThat(Stance.marker("The pilots must have seen the warning light.", "must have").category())
                    .isEqualTo("booster");
            assertThat(Stance.texts("The minister must be aware of the shortfall by now.")).contains("must be");
        }

        @Test
        void rejectsObligation() {
            assertThat(Stance.texts("The proposal must be resisted.")).isEmpty();
            assertThat(Stance.texts("Drivers must have a valid licence.")).isEmpty();
            assertThat(Stance.texts("Applicants must be able to drive.")).isEmpty();
        }
    }

    @Nested
    class NotManner {
        @Test
        void acceptsSentenceAdverbs() {
            assertThat(Stance.texts("The ruling clearly favours the smaller parties.")).containsExactly("clearly");
            assertThat(Stance.texts("Frankly, the budget does not add up.")).containsExactly("Frankly");
        }

        @Test
        void rejectsMannerAdverbs() {
            assertThat(Stance.texts("The rules are clearly defined in the contract.")).isEmpty();
            assertThat(Stance.texts("She spoke frankly about her illness.")).isEmpty();
            assertThat(Stance.texts("The second report explains the costs more clearly.")).isEmpty();
        }
    }

    @Nested
    class NotDegree {
        @Test
        void acceptsEmphasisOnTheProposition() {
            assertThat(Stance.texts("The council has truly listened to residents.")).containsExactly("truly");
        }

        @Test
        void rejectsDegreeAndRealityReadings() {
            assertThat(Stance.texts("The queue was really long.")).isEmpty();
            assertThat(Stance.texts("Adverts make products seem bigger than they really are.")).isEmpty();
            assertThat(Stance.texts("We have absolutely no guarantee of funding.")).isEmpty();
        }
    }

    @Nested
    class NotComparative {
        @Test
        void acceptsScalarEven() {
            assertThat(Stance.marker("The storm damaged even the newest sea walls.", "even").category())
                    .isEqualTo("counter");
        }

        @Test
        void rejectsEvenBeforeAComparative() {
            assertThat(Stance.texts("The sequel is even longer than the original.")).isEmpty();
            assertThat(Stance.texts("Food security is even more important now.")).isEmpty();
        }
    }

    @Nested
    class EmphaticDo {
        @Test
        void acceptsEmphaticDoInAStatement() {
            assertThat(Stance.marker("The new figures do show a fall in waiting times.", "do").category())
                    .isEqualTo("booster");
            assertThat(Stance.texts("If price differences did exist, traders would profit.")).contains("did");
            assertThat(Stance.texts("The council does indeed owe the money.")).contains("does");
        }

        @Test
        void rejectsQuestionsNegationAndMainVerbDo() {
            assertThat(Stance.texts("Does the plan work?")).isEmpty();
            assertThat(Stance.texts("The figures did not show a fall.")).isEmpty();
            assertThat(Stance.texts("Why do people smoke?")).isEmpty();
            assertThat(Stance.texts("The students do their homework at school.")).isEmpty();
        }
    }

    @Nested
    class ParticipialAdjective {
        @Test
        void acceptsParticiplesUsedAsAdjectivesWhateverTheirTag() {
            assertThat(Stance.texts("The film is smart and deeply moving.")).contains("deeply moving");
            assertThat(Stance.texts("The debutant gave an assured, confident performance.")).contains("assured");
            assertThat(Stance.marker("The argument was convincing.", "convincing").polarity()).isEqualTo("positive");
        }

        @Test
        void rejectsVerbsWithAnObjectOrComplement() {
            assertThat(Stance.texts("The family is moving to London.")).isEmpty();
            assertThat(Stance.texts("The engineers measured the distance twice.")).isEmpty();
            assertThat(Stance.texts("The campaign is convincing voters to switch.")).isEmpty();
        }
    }

    @Nested
    class Adjective {
        @Test
        void acceptsAdjectivesTheTaggerCalledSomethingElse() {
            assertThat(Stance.texts("The council made a good decision on the bus lanes.")).containsExactly("good");
            assertThat(Stance.texts("The reform is a sound piece of legislation.")).containsExactly("sound");
            assertThat(Stance.texts("Midwives at the unit were kind, calm and reassuring.")).contains("kind");
        }

        @Test
        void rejectsTheOtherWordClasses() {
            assertThat(Stance.texts("Voters defended the right to protest.")).isEmpty();
            assertThat(Stance.texts("The sound of the engines kept residents awake.")).isEmpty();
            assertThat(Stance.texts("The firm just reported a loss of 5 percent.")).isEmpty();
        }
    }
}
