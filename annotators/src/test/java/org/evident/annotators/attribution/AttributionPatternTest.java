package org.evident.annotators.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.evident.annotators.attribution.AttributionFixture.Found;
import org.junit.jupiter.api.Test;

/**
 * The patterns of docs/guidelines/attribution.md §4 on sentences written for these tests (not
 * taken from the development set): each role span, the kind, negation and nesting.
 */
class AttributionPatternTest {

    private static Found only(String text) {
        List<Found> found = AttributionFixture.annotate(text);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static void assertRoles(Found f, String source, String cue, String content, String kind) {
        assertThat(f.source()).isEqualTo(source);
        assertThat(f.cue()).isEqualTo(cue);
        assertThat(f.content()).isEqualTo(content);
        assertThat(f.kind()).isEqualTo(kind);
    }

    @Test
    void sourceCueContentWithAuxiliaryAndComplementiser() {
        Found f = only("The harbour authority has confirmed that the pier will close in October.");
        assertRoles(f, "The harbour authority", "has confirmed", "the pier will close in October", "indirect");
        assertThat(f.category()).isEqualTo("factive");
        assertThat(f.negated()).isFalse();
    }

    @Test
    void postposedSourceAndCue() {
        assertRoles(only("The bridge will reopen on Saturday, the transport department said."),
                "the transport department", "said", "The bridge will reopen on Saturday", "indirect");
    }

    @Test
    void invertedCueBeforeSourceWithApposition() {
        assertRoles(only("Ticket prices will rise by a fifth next season, said Jonas Berg, the club's finance director."),
                "Jonas Berg, the club's finance director", "said", "Ticket prices will rise by a fifth next season",
                "indirect");
    }

    @Test
    void accordingToBeforeAndAfterTheContent() {
        assertRoles(only("According to the fire service, the blaze started in a kitchen."),
                "the fire service", "According to", "the blaze started in a kitchen", "indirect");
        assertRoles(only("The dam is safe, according to engineers who inspected it last week."),
                "engineers who inspected it last week", "according to", "The dam is safe", "indirect");
    }

    @Test
    void directQuotationWithTheCueAfterItBeforeItOrInverted() {
        assertRoles(only("\u201CWe will rebuild the school,\u201D the mayor said."),
                "the mayor", "said", "\u201CWe will rebuild the school,\u201D", "direct");
        assertRoles(only("\u201CNobody should travel tonight,\u201D warned Inspector Dana Ruiz of the highway patrol."),
                "Inspector Dana Ruiz of the highway patrol", "warned", "\u201CNobody should travel tonight,\u201D", "direct");
        assertRoles(only("The mayor told reporters: \u201CWe have done everything we could.\u201D"),
                "The mayor", "told reporters", "\u201CWe have done everything we could.\u201D", "direct");
    }

    @Test
    void quotationOverSeveralSentencesBeforeAnInvertedCue() {
        assertRoles(only("\u201CThe harvest is lost. Farmers will need help. The region cannot wait,\u201D said Omar Haddad,"
                + " who runs the growers' cooperative."),
                "Omar Haddad, who runs the growers' cooperative", "said",
                "\u201CThe harvest is lost. Farmers will need help. The region cannot wait,\u201D", "direct");
    }

    @Test
    void interruptedQuotationIsOneHull() {
        assertRoles(only("\u201CThe vote was a mistake,\u201D Ms. Lindqvist said, \u201Cand we will say so in parliament.\u201D"),
                "Ms. Lindqvist", "said",
                "\u201CThe vote was a mistake,\u201D Ms. Lindqvist said, \u201Cand we will say so in parliament.\u201D",
                "direct");
    }

    @Test
    void quotationInTheNextSentenceContinuesTheAttribution() {
        assertRoles(only("\u201CWe will appeal,\u201D the lawyer said. \u201CThe evidence was never tested in court.\u201D"),
                "the lawyer", "said",
                "\u201CWe will appeal,\u201D the lawyer said. \u201CThe evidence was never tested in court.\u201D", "direct");
    }

    @Test
    void cueInTheSentenceAfterTheQuotation() {
        Found f = only("\u201COur doors remain open.\u201D So said the hospital's chief executive, Mara Oyelaran, on Monday.");
        assertRoles(f, "the hospital's chief executive, Mara Oyelaran", "said", "\u201COur doors remain open.\u201D", "direct");
        assertThat(f.confidence()).isLessThan(1.0f);
    }

    @Test
    void confidenceIsTheEntrysScaledByThePatternToTwoDecimals() {
        Found zeroThat = only("The retailer claims its prices fell by a tenth.");
        assertRoles(zeroThat, "The retailer", "claims", "its prices fell by a tenth", "indirect");
        assertThat(zeroThat.confidence()).isEqualTo(0.81f);
        Found postposed = only("Its prices fell by a tenth, the retailer claims.");
        assertRoles(postposed, "the retailer", "claims", "Its prices fell by a tenth", "indirect");
        assertThat(postposed.confidence()).isEqualTo(0.81f);
        Found parenthetical = only("Its prices, the retailer claims, fell by a tenth.");
        assertRoles(parenthetical, "the retailer", "claims", "Its prices, the retailer claims, fell by a tenth", "indirect");
        assertThat(parenthetical.confidence()).isEqualTo(0.72f);
    }

    @Test
    void quotedFragmentInReportedSpeechIsMixed() {
        assertRoles(only("The union said the offer was \u201Can insult to every nurse.\u201D"),
                "The union", "said", "the offer was \u201Can insult to every nurse.\u201D", "mixed");
    }

    @Test
    void negatedCuesKeepTheirContent() {
        Found didNot = only("The company did not say when the factory would reopen.");
        assertRoles(didNot, "The company", "did not say", "when the factory would reopen", "indirect");
        assertThat(didNot.negated()).isTrue();
        Found declined = only("The ministry has declined to confirm that the envoy was recalled.");
        assertRoles(declined, "The ministry", "has declined to confirm", "the envoy was recalled", "indirect");
        assertThat(declined.negated()).isTrue();
        assertThat(declined.category()).isEqualTo("factive");
    }

    @Test
    void bareAddresseeOfTellBelongsToTheCueAndAFullNounPhraseDoesNot() {
        assertRoles(only("The coach told me that the team was ready."), "The coach", "told me", "the team was ready",
                "indirect");
        assertRoles(only("Kestrel Air told passengers the flight was cancelled."), "Kestrel Air", "told passengers",
                "the flight was cancelled", "indirect");
        assertRoles(only("The regulator told the court that the bank had destroyed records."), "The regulator", "told",
                "the bank had destroyed records", "indirect");
    }

    @Test
    void nounCueWithPossessorSource() {
        assertRoles(only("The governor's claim that the budget is balanced was challenged by auditors."),
                "The governor", "claim", "the budget is balanced", "indirect");
    }

    @Test
    void citingNamesTheOriginAndIsTheChild() {
        List<Found> found = AttributionFixture.annotate(
                "Reuters reported that the two firms had agreed a merger, citing three people familiar with the deal.");
        Found reported = AttributionFixture.withCue(found, "reported");
        Found citing = AttributionFixture.withCue(found, "citing");
        assertRoles(reported, "Reuters", "reported", "the two firms had agreed a merger", "indirect");
        assertThat(citing.source()).isEqualTo("three people familiar with the deal");
        assertThat(citing.content()).isEqualTo(reported.content());
        assertThat(citing.parentCue()).isEqualTo("reported");
    }

    @Test
    void parentheticalReportingClauseTakesTheHull() {
        assertRoles(only("The minister, the report said, had ignored repeated warnings."), "the report", "said",
                "The minister, the report said, had ignored repeated warnings", "indirect");
    }

    @Test
    void coordinatedCuesShareTheSource() {
        List<Found> found = AttributionFixture.annotate(
                "The airline said fares would rise and warned that some routes could close.");
        assertRoles(AttributionFixture.withCue(found, "said"), "The airline", "said", "fares would rise", "indirect");
        assertRoles(AttributionFixture.withCue(found, "warned"), "The airline", "warned", "some routes could close",
                "indirect");
        List<Found> withComma = AttributionFixture.annotate(
                "The bank said profits would fall, and warned that branches could close.");
        assertRoles(AttributionFixture.withCue(withComma, "warned"), "The bank", "warned", "branches could close",
                "indirect");
    }

    @Test
    void passivesHaveNoSourceUnlessABySourceIsGiven() {
        assertRoles(only("It is alleged that the manager hid the losses."), null, "is alleged",
                "the manager hid the losses", "indirect");
        assertRoles(only("Residents were told to leave their homes by midnight."), null, "were told",
                "to leave their homes by midnight", "indirect");
    }

    @Test
    void nestedAttributionHasTheOuterAsParent() {
        List<Found> found = AttributionFixture.annotate(
                "The inquiry found that the doctor was not to blame, the health ministry said.");
        Found said = AttributionFixture.withCue(found, "said");
        Found inner = AttributionFixture.withCue(found, "found");
        assertRoles(said, "the health ministry", "said", "The inquiry found that the doctor was not to blame", "indirect");
        assertRoles(inner, "The inquiry", "found", "the doctor was not to blame", "indirect");
        assertThat(inner.parentCue()).isEqualTo("said");
        assertThat(said.parentCue()).isNull();
    }

    @Test
    void datelineIsNotPartOfThePostposedContent() {
        assertRoles(only("MADRID (Reuters) - The strike will end on Friday, union leaders said."), "union leaders", "said",
                "The strike will end on Friday", "indirect");
    }

    @Test
    void pronounAndQuantifiedSourcesStayWhole() {
        assertRoles(only("Nobody in the party has claimed that the election was stolen."), "Nobody in the party",
                "has claimed", "the election was stolen", "indirect");
        assertRoles(only("She said the results would be published in May."), "She", "said",
                "the results would be published in May", "indirect");
    }

    @Test
    void bareAddresseeStaysInTheCueBeforeAnAdjunct() {
        assertRoles(only("The governor told voters in Ohio that the plant would stay open."), "The governor", "told voters",
                "the plant would stay open", "indirect");
    }

    @Test
    void clauseWithoutThatAfterAFullAddressee() {
        assertRoles(only("Witnesses told local television they had seen two men running from the bank."), "Witnesses",
                "told", "they had seen two men running from the bank", "indirect");
    }

    @Test
    void directiveObjectWithARelativeClause() {
        assertRoles(only("We would ask everyone who was at the station on Friday night to call the police."), "We",
                "would ask", "everyone who was at the station on Friday night to call the police", "indirect");
    }

    @Test
    void nounCueChargesWithImplicitSource() {
        assertRoles(only("The bank paid $5 million to settle charges that it had overcharged customers."), null, "charges",
                "it had overcharged customers", "indirect");
    }

    @Test
    void aNounInTheVerbsAdjunctDoesNotTakeTheContent() {
        assertRoles(only("The club said in a statement that the coach had resigned."), "The club", "said",
                "the coach had resigned", "indirect");
    }

    @Test
    void postposedAccordingToReportsTheWholeAttribution() {
        List<Found> found = AttributionFixture.annotate(
                "\u201CWe will not sell the club,\u201D the owner told fans at a meeting, according to two people who attended.");
        Found told = AttributionFixture.withCue(found, "told fans");
        Found according = AttributionFixture.withCue(found, "according to");
        assertRoles(told, "the owner", "told fans", "\u201CWe will not sell the club,\u201D", "direct");
        assertRoles(according, "two people who attended", "according to", told.content(), "direct");
        assertThat(told.parentCue()).isEqualTo("according to");
    }

    @Test
    void sourcesDoNotReachOverClausePrepositionsAndAcronymsAreNames() {
        assertRoles(only("Prices fell sharply on Monday after the ministry said the tax would be scrapped."), "the ministry",
                "said", "the tax would be scrapped", "indirect");
        assertRoles(only("The company's shares rose after ING said the deal was good value."), "ING", "said",
                "the deal was good value", "indirect");
    }

    @Test
    void passiveWithATimePhraseBeforeThat() {
        assertRoles(only("It was reported last month that the talks had stalled."), null, "was reported",
                "the talks had stalled", "indirect");
    }

    @Test
    void adverbialLongInsideTheVerbGroup() {
        assertRoles(only("The contractor has long maintained that the bridge was safe."), "The contractor",
                "has long maintained", "the bridge was safe", "indirect");
    }

    @Test
    void contentOfACueInAFrontedSubordinateClauseEndsBeforeTheMainClause() {
        assertRoles(only("If the court rules that the contract is void, the company will appeal."), "the court", "rules",
                "the contract is void", "indirect");
    }

    @Test
    void titlesAndAppositionsWithRelativeClausesBelongToTheSource() {
        assertRoles(only("\u201CThe numbers speak for themselves,\u201D lead researcher Anna Berg said."),
                "lead researcher Anna Berg", "said", "\u201CThe numbers speak for themselves,\u201D", "direct");
        assertRoles(only("\u201CWe had nowhere to go,\u201D said Jonas Eriksen, a farmer who lost his barn in the flood."),
                "Jonas Eriksen, a farmer who lost his barn in the flood", "said", "\u201CWe had nowhere to go,\u201D",
                "direct");
    }

    @Test
    void sentenceInitialAskedTakesTheQuestionUpToTheComma() {
        List<Found> found = AttributionFixture.annotate(
                "Asked whether the mayor would resign, the spokesman said no decision had been made.");
        assertRoles(AttributionFixture.withCue(found, "Asked"), null, "Asked", "whether the mayor would resign", "indirect");
        assertRoles(AttributionFixture.withCue(found, "said"), "the spokesman", "said", "no decision had been made",
                "indirect");
        assertThat(AttributionFixture.withCue(found, "Asked").category()).isEqualTo("directive");
    }

    @Test
    void noClauseAcrossAClausePreposition() {
        assertRoles(only("The judge ordered the release of the documents after a review found that they posed no risk."),
                "a review", "found", "they posed no risk", "indirect");
    }

    @Test
    void adverbsBeforeAWhWordBelongToTheContent() {
        assertRoles(only("The minister told us exactly why the plan failed."), "The minister", "told us",
                "exactly why the plan failed", "indirect");
        assertRoles(only("The spokesman did not say exactly when the plant would reopen."), "The spokesman",
                "did not say", "exactly when the plant would reopen", "indirect");
    }

    @Test
    void relativeClauseWhoseGapIsTheContentSubject() {
        assertRoles(only("It was a decision that analysts said would cost thousands of jobs."), "analysts", "said",
                "would cost thousands of jobs", "indirect");
    }

    @Test
    void directiveObjectsWithAnIndefiniteArticle() {
        assertRoles(only("The company has asked a federal court to dismiss the case."), "The company", "has asked",
                "a federal court to dismiss the case", "indirect");
        assertRoles(only("The mayor told reporters on a conference call that the bridge was safe."), "The mayor",
                "told reporters", "the bridge was safe", "indirect");
    }

    @Test
    void participleAdjunctTakesTheMainClauseSourceNotANestedOne() {
        List<Found> found = AttributionFixture.annotate(
                "The bank has asked a judge to dismiss a lawsuit accusing it of fraud, saying the claims were baseless.");
        assertRoles(AttributionFixture.withCue(found, "saying"), "The bank", "saying", "the claims were baseless",
                "indirect");
    }

    @Test
    void aModalClauseInsideAQuotationIsNoReportingClause() {
        assertRoles(only("\u201CWhen there is news, you will know,\u201D the coach said."), "the coach", "said",
                "\u201CWhen there is news, you will know,\u201D", "direct");
    }
}
