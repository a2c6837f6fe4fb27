package org.evident.annotators.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.evident.annotators.lexicon.TokenSequence;
import org.junit.jupiter.api.Test;

/** The closed-class and sequence repairs of {@link TagRepair}, on hand-tagged tokens. */
class TagRepairTest {

    private static TokenSequence repaired(String text, String tags) {
        String[] words = text.split(" ");
        String[] pos = tags.split(" ");
        int[] begins = new int[words.length];
        int[] ends = new int[words.length];
        for (int i = 0, offset = 0; i < words.length; offset = ends[i] + 1, i++) {
            begins[i] = offset;
            ends[i] = offset + words[i].length();
        }
        return new TagRepair(Set.of("told", "wrote"), Set.of("claims", "reports")).repair(new TokenSequence(words, pos, begins, ends));
    }

    private static String tags(TokenSequence t) {
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < t.size(); i++) {
            result.append(i > 0 ? " " : "").append(t.pos(i));
        }
        return result.toString();
    }

    @Test
    void closedClassesGetTheirTags() {
        assertThat(tags(repaired("The referee didn't explain", "DET NOUN PUNCT VERB"))).isEqualTo("DET NOUN AUX VERB");
        assertThat(tags(repaired("said Inspector Lund", "VERB ADP PROPN"))).isEqualTo("VERB PROPN PROPN");
        assertThat(tags(repaired("said 238 people", "VERB SCONJ NOUN"))).isEqualTo("VERB NUM NOUN");
        assertThat(tags(repaired("Okonjo's lawyers", "PROPN+PART NOUN"))).isEqualTo("PROPN NOUN");
    }

    @Test
    void impossibleSequencesAreRepaired() {
        assertThat(tags(repaired("its earlier promises never", "PRON ADV AUX ADV"))).isEqualTo("PRON ADV NOUN ADV");
        assertThat(tags(repaired("would close spread", "AUX ADJ NOUN"))).isEqualTo("AUX VERB NOUN");
        assertThat(tags(repaired("The contract states that either", "DET NOUN NOUN SCONJ DET")))
                .isEqualTo("DET NOUN VERB SCONJ DET");
        assertThat(tags(repaired("Friends recalled that", "VERB VERB SCONJ"))).isEqualTo("NOUN VERB SCONJ");
    }

    @Test
    void pastFormsOfReportingVerbsAreVerbsUnlessTheyModify() {
        assertThat(tags(repaired("its chief executive told shareholders", "PRON ADJ ADJ NOUN NOUN")))
                .isEqualTo("PRON ADJ ADJ VERB NOUN");
        assertThat(tags(repaired("the told story", "DET ADJ NOUN"))).isEqualTo("DET ADJ NOUN");
    }

    @Test
    void presentFormsEndingAPostposedReportingClauseAreVerbs() {
        assertThat(tags(repaired("prices fell , the retailer claims .", "NOUN VERB PUNCT DET NOUN NOUN PUNCT")))
                .isEqualTo("NOUN VERB PUNCT DET NOUN VERB PUNCT");
        assertThat(tags(repaired("she read the annual reports .", "PRON VERB DET ADJ NOUN PUNCT")))
                .isEqualTo("PRON VERB DET ADJ NOUN PUNCT");
        assertThat(tags(repaired("he read the teachers' union claims .", "PRON VERB DET NOUN NOUN NOUN PUNCT")))
                .isEqualTo("PRON VERB DET NOUN NOUN NOUN PUNCT");
        assertThat(tags(repaired("it denied fraud , insurance claims and annual reports .",
                "PRON VERB NOUN PUNCT NOUN NOUN CCONJ ADJ NOUN PUNCT")))
                .isEqualTo("PRON VERB NOUN PUNCT NOUN NOUN CCONJ ADJ NOUN PUNCT");
        assertThat(tags(repaired("prices , the retailer claims , fell", "NOUN PUNCT DET NOUN NOUN PUNCT VERB")))
                .isEqualTo("NOUN PUNCT DET NOUN VERB PUNCT VERB");
        assertThat(tags(repaired("loans , insurance claims , mortgages", "NOUN PUNCT NOUN NOUN PUNCT NOUN")))
                .isEqualTo("NOUN PUNCT NOUN NOUN PUNCT NOUN");
    }

    @Test
    void namesAreNeitherVerbsNorRetaggedAsVerbs() {
        assertThat(tags(repaired("the Security Department that Zoom", "DET NOUN VERB PRON PROPN")))
                .isEqualTo("DET NOUN PROPN PRON PROPN");
    }
}
