package org.evident.annotators.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.evident.annotators.lexicon.ContextRule;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;
import org.junit.jupiter.api.Test;

/** Each context rule of the attribution lexicon on a sentence where it accepts the cue and one where it does not. */
class ContextRuleTest {
    private static final AttributionWords WORDS = AttributionWords.builtin();

    private static boolean accepts(ContextRule rule, String sentence, String word) {
        TokenSequence tokens = AttributionFixture.tokens(sentence);
        LexiconMatch match = AttributionFixture.match(tokens, word);
        return rule.accepts(tokens, match);
    }

    @Test
    void needsContentAcceptsAClauseAQuotationAndAReportingClause() {
        NeedsContent rule = new NeedsContent(WORDS);
        assertThat(accepts(rule, "The minister said the talks would resume on Monday.", "said")).isTrue();
        assertThat(accepts(rule, "The airline confirmed: \u201CAll flights are cancelled.\u201D", "confirmed")).isTrue();
        assertThat(accepts(rule, "Prices will fall next year, the bank predicted.", "predicted")).isTrue();
        assertThat(accepts(rule, "Staff were told to stay at home.", "told")).isTrue();
    }

    @Test
    void needsContentRejectsNounPhraseObjectsMissingComplementsAndRaising() {
        NeedsContent rule = new NeedsContent(WORDS);
        assertThat(accepts(rule, "He told a story about the war.", "told")).isFalse();
        assertThat(accepts(rule, "The firm revealed its new logo in Paris.", "revealed")).isFalse();
        assertThat(accepts(rule, "The singer is said to be recording an album.", "said")).isFalse();
        assertThat(accepts(rule, "The reports that were leaked have not been verified.", "reports")).isFalse();
    }

    @Test
    void notNounCompoundKeepsSourceModifiersAndPossessors() {
        NotNounCompound rule = new NotNounCompound(WORDS);
        assertThat(accepts(rule, "Media reports that the coach had resigned were denied.", "reports")).isTrue();
        assertThat(accepts(rule, "The company's claim that no data was lost was false.", "claim")).isTrue();
    }

    @Test
    void notNounCompoundRejectsCompoundsAndClassifiedDocuments() {
        NotNounCompound rule = new NotNounCompound(WORDS);
        assertThat(accepts(rule, "The tax statement that arrived on Monday was wrong.", "statement")).isFalse();
        assertThat(accepts(rule, "The quarterly statement that arrived on Monday was wrong.", "statement")).isFalse();
    }

    @Test
    void notAdjectiveRejectsParticiplesBeforeNouns() {
        NotAdjective rule = new NotAdjective();
        assertThat(accepts(rule, "The alleged victim was released on Sunday.", "alleged")).isFalse();
        assertThat(accepts(rule, "Its stated purpose is to cut costs.", "stated")).isFalse();
    }

    @Test
    void notAdjectiveAcceptsVerbs() {
        NotAdjective rule = new NotAdjective();
        assertThat(accepts(rule, "Prosecutors alleged that the bank had lied.", "alleged")).isTrue();
        assertThat(accepts(rule, "The report said officials had been warned.", "said")).isTrue();
    }
}
