package org.evident.annotators.speculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scope boundaries of the guidelines (§7): directions per cue class, terminators, nesting. */
class ScopeTest {

    private static String scope(String sentence, String cue) {
        Speculation.Cue found = Speculation.cue(sentence, cue);
        assertThat(found).as("cue '%s' in: %s", cue, sentence).isNotNull();
        return found.scope();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        // modal: forward to the end of the clause, final punctuation left out
        "National and economic security may rest in the balance.|may|may rest in the balance",
        // semicolon
        "The offer might lapse; the minister declined to comment.|might|might lapse",
        // contrastive conjunction opening a clause
        "The plan might work, but critics doubt it.|might|might work",
        // coordinated predicate of the cue's clause
        "Zoom is expected to reach $2.6 billion in 2021 and has offices in China.|expected|Zoom is expected to reach $2.6 billion in 2021",
        // raising: the subject is inside
        "The painting is thought to be the artist's last work.|thought|The painting is thought to be the artist's last work",
        // passive after a modal: the subject is inside
        "Officials said that the files may have been copied abroad.|may|the files may have been copied abroad",
        // verb over its complement, a coordinated "but that" clause included
        "Internal emails indicate Zoom had rules in place, but that employees ignored them.|indicate|indicate Zoom had rules in place, but that employees ignored them",
        // condition: the conditional clause only
        "If the figures are right, the deficit will double.|If|If the figures are right",
        // investigation: the embedded question
        "Prosecutors are examining whether the company broke export rules.|whether|whether the company broke export rules",
        // relative clause: ends with it
        "These findings, which may reflect chronic disease, include a persistent cough.|may|may reflect chronic disease",
        // noun: the noun phrase with its complement
        "Police are investigating the possibility of sabotage at the plant.|possibility|possibility of sabotage at the plant",
        // attributive adjective: its noun phrase
        "The case arises from the alleged criminal act.|alleged|alleged criminal act",
        // sentence adverb after "be": the whole clause
        "The leader of this effort was allegedly a senior engineer.|allegedly|The leader of this effort was allegedly a senior engineer",
        // a bracket opened before the cue ends the scope
        "The report (which may be incomplete) was published on Monday.|may|may be incomplete",
        // a quotation opened after the cue stays whole
        "A seasoned officer would say ‘of course they knew and they lied’ to anyone.|would|would say ‘of course they knew and they lied’ to anyone" })
    void scopeOfCue(String sentence, String cue, String expected) {
        assertThat(scope(sentence, cue)).isEqualTo(expected);
    }

    @Test
    void aQuestionScopesOverItsInterrogativeClause() {
        assertThat(scope("Is this the case with Zoom?", "?")).isEqualTo("Is this the case with Zoom?");
        assertThat(scope("Even if one were to believe the story; then how trustworthy is this company?", "?"))
                .isEqualTo("then how trustworthy is this company?");
    }

    @Test
    void withoutPartOfSpeechTagsCuesAndScopesDegradeGracefully() throws Exception {
        assertThat(Speculation.cuesWithoutTags("National and economic security may rest in the balance.  In May 2020 "
                + "the firm grew."))
                .extracting(Speculation.Cue::text, Speculation.Cue::scope)
                .containsExactly(tuple("may", "may rest in the balance"));
    }

    @Test
    void scopesNestAndEachIncludesItsCue() {
        String sentence = "The data may indicate a link to the earlier attack.";
        String outer = scope(sentence, "may");
        String inner = scope(sentence, "indicate");
        assertThat(outer).isEqualTo("may indicate a link to the earlier attack").contains(inner);
        assertThat(inner).startsWith("indicate");
    }
}
