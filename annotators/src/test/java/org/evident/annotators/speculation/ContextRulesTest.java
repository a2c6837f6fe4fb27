package org.evident.annotators.speculation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each context rule of the guidelines (§8), run through segmenter and annotator: a sentence where
 * the cue is accepted and sentences where the rule must reject it.
 */
class ContextRulesTest {

    private static boolean marks(String sentence, String cue) {
        return Speculation.cueTexts(sentence).contains(cue);
    }

    @Nested
    class NotMonth {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Prices may rise again next year.|true",
            "May the regulator have missed the warnings?|true",
            "The law took effect in May 2021.|false",
            "On 20 May the board met in private.|false",
            "May Day marches were peaceful.|false",
            "Unions met in early May to plan the strike.|false" })
        void rejectsTheMonth(String sentence, boolean cue) {
            assertThat(marks(sentence, sentence.contains("May ") && !sentence.contains("may") ? "May" : "may"))
                    .as(sentence).isEqualTo(cue);
        }
    }

    @Nested
    class EpistemicModal {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "The leaked files could be part of a wider operation.|could|true",
            "The breach could have exposed millions of users.|could|true",
            "He could not attend the hearing.|could|false",
            "No relationship could be established between the two groups.|could|false",
            "She could swim across the lake.|could|false",
            "In 1990 the firm was small and could sell its products only at home.|could|false",
            "Without the leak the scheme would have gone unnoticed.|would|true",
            "If the bill passes, prices would rise.|would|true",
            "That would be a serious mistake.|would|true",
            "Zoom claimed that it would not happen again.|would|false",
            "She would later sell the house to her brother.|would|false",
            "The spokesman would not comment on the case.|would|false",
            "They believe that might makes right.|might|false",
            "Freedom is won through might because the strong rule.|might|false",
            "The breach might have exposed the data.|might|true" })
        void acceptsOnlyEpistemicUse(String sentence, String cue, boolean expected) {
            assertThat(marks(sentence, cue)).as(sentence).isEqualTo(expected);
        }
    }

    @Nested
    class NotPropose {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "These results suggest that the factor is not required.|suggest|true",
            "The data suggest a link between the two attacks.|suggest|true",
            "It has been suggested that the leak was deliberate.|suggested|true",
            "We propose a model in which both factors bind.|propose|true",
            "Internal emails indicate Zoom had rules in place.|indicate|true",
            "She suggested a compromise to the board.|suggested|false",
            "He suggested meeting on Monday.|suggested|false",
            "The minister proposed that the board should vote on Friday.|proposed|false",
            "She suggested that he resign.|suggested|false",
            "The proposed merger collapsed in March.|proposed|false",
            "He indicated the exit.|indicated|false",
            "Auditors found a rise in fraud indicated by the missing invoices.|indicated|false" })
        void rejectsPuttingForwardAPlan(String sentence, String cue, boolean expected) {
            assertThat(marks(sentence, cue)).as(sentence).isEqualTo(expected);
        }
    }

    @Nested
    class NotShowUp {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "The attack appears to have come from abroad.|appears|true",
            "The minister appeared nervous during the interview.|appeared|true",
            "The figures, it appears, were wrong.|appears|true",
            "He appeared in court on Monday.|appeared|false",
            "The singer appeared as a guest on the show.|appeared|false",
            "After a week a rash appeared.|appeared|false",
            "The column appears weekly in the local paper.|appears|false" })
        void rejectsShowingUp(String sentence, String cue, boolean expected) {
            assertThat(marks(sentence, cue)).as(sentence).isEqualTo(expected);
        }
    }

    @Nested
    class ComplementClause {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Investigators believe the group is based abroad.|believe|true",
            "The hackers are believed to be based abroad.|believed|true",
            "Zoom, I suspect, knew about the transfers.|suspect|true",
            "There is a widespread belief that the vote was rigged.|belief|true",
            "An acquired form of resistance was suspected.|suspected|true",
            "Many voters believe the story.|believe|false",
            "We expect visitors tomorrow.|expect|false",
            "She thought about the offer for a week.|thought|false",
            "The predicted sequence contains two domains.|predicted|false",
            "Her belief in the company never wavered.|belief|false" })
        void acceptsOnlyAPropositionalComplement(String sentence, String cue, boolean expected) {
            assertThat(marks(sentence, cue)).as(sentence).isEqualTo(expected);
        }
    }

    @Nested
    class NotEvenIf {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "If the figures are right, the deficit will double.|If|true",
            "Even if the figures are right, the plan still fails.|if|false",
            "The cells divide only if they are activated.|if|false",
            "He spoke as if nothing had happened.|if|false",
            "The paper was known for its if-it-bleeds-it-leads approach.|if|false" })
        void rejectsConcessiveComparativeAndRestrictiveIf(String sentence, String cue, boolean expected) {
            assertThat(marks(sentence, cue)).as(sentence).isEqualTo(expected);
        }
    }

    @Nested
    class EmbeddedQuestion {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Reporters asked if the minister would resign.|if|investigation",
            "It is unclear if the emails were ever read.|if|investigation",
            "Engineers ran tests to see if the dam was stable.|if|investigation",
            "If the talks fail, troops will remain.|If|condition" })
        void tellsTheEmbeddedQuestionFromTheCondition(String sentence, String cue, String category) {
            assertThat(Speculation.cue(sentence, cue)).as(sentence).isNotNull()
                    .extracting(Speculation.Cue::category).isEqualTo(category);
        }
    }

    @Nested
    class OpenQuestion {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Is this the case with Zoom?|true",
            "Then how trustworthy is this company?|true",
            "“Is it safe?” she asked.|false",
            "He asked: “Who knew?”|false" })
        void marksOnlyTheWritersQuestions(String sentence, boolean expected) {
            assertThat(marks(sentence, "?")).as(sentence).isEqualTo(expected);
        }
    }

    @Nested
    class AsComplement {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "The move is seen as a snub to the prime minister.|seen|true",
            "Critics view the deal as a mistake.|view|true",
            "The treaty is widely regarded by historians as a failure.|regarded|true",
            "I saw the minister on Monday.|saw|false",
            "The ship saw action in 1862 as the fleet attacked.|saw|false" })
        void acceptsOnlyTheAsPredicate(String sentence, String cue, boolean expected) {
            assertThat(marks(sentence, cue)).as(sentence).isEqualTo(expected);
        }
    }

    @Nested
    class PredicateComplement {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "The ship was considered unsinkable.|considered|true",
            "He is considered one of the best economists of his generation.|considered|true",
            "The director, widely considered a master of the genre, retired.|considered|true",
            "Some lawyers consider the ruling unconstitutional.|consider|true",
            "The committee will consider the proposal next week.|consider|false",
            "Other factors should be considered.|considered|false",
            "She is considering buying the house.|considering|false" })
        void acceptsOnlyAJudgement(String sentence, String cue, boolean expected) {
            assertThat(marks(sentence, cue)).as(sentence).isEqualTo(expected);
        }
    }

    @Nested
    class OfComplement {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Two officials were accused of taking bribes.|accused|true",
            "The pattern of transfers is suggestive of money laundering.|suggestive|true",
            "The accused denied every charge.|accused|false" })
        void needsTheOfPhrase(String sentence, String cue, boolean expected) {
            assertThat(marks(sentence, cue)).as(sentence).isEqualTo(expected);
        }
    }

    @Nested
    class RaisingPassive {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "The painting is said to be worth millions.|said|true",
            "It is said that the general never lost a battle.|said|true",
            "The minister is reported to have resigned.|reported|true",
            "The minister said the talks had failed.|said|false",
            "The agency reported a rise in fraud.|reported|false" })
        void acceptsOnlyTheSourcelessPassive(String sentence, String cue, boolean expected) {
            assertThat(marks(sentence, cue)).as(sentence).isEqualTo(expected);
        }
    }

    @Nested
    class Attributive {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Police arrested three suspected members of the gang.|suspected|true",
            "The case arises from the alleged criminal act.|alleged|true",
            "Police alleged fraud in the tender.|alleged|false",
            "Residents are supposed to recycle their waste.|supposed|false" })
        void acceptsOnlyBeforeTheNoun(String sentence, String cue, boolean expected) {
            assertThat(marks(sentence, cue)).as(sentence).isEqualTo(expected);
        }
    }

    @Nested
    class DisambiguationByPseudoCues {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Younger users are more likely than older ones to share passwords.|likely",
            "There is no doubt that the company broke the law.|doubt",
            "The agency promised to restore service as soon as possible.|possible",
            "Sales were stronger than expected in the third quarter.|expected",
            "Intelligence services prize plausible deniability above all.|plausible" })
        void aPseudoCueSuppressesTheCueItHolds(String sentence, String cue) {
            assertThat(marks(sentence, cue)).as(sentence).isFalse();
        }
    }
}
