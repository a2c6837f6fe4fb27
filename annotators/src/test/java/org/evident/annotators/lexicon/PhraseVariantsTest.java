package org.evident.annotators.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.evident.annotators.testing.Words;
import org.junit.jupiter.api.Test;

/** Lexicon phrases match whatever the tokenizer did with hyphens and clitics (guidelines §10.2–3). */
class PhraseVariantsTest {
    private static final String LEXICON = "phrase\tcategory\texample\n"
            + "ill-conceived\tattitude\tThe [ill-conceived] plan.\n"
            + "it 's no secret that\tbooster\t[It's no secret that] they disagree.\n"
            + "to everyone 's surprise\tcounter\t[To everyone's surprise], it passed.\n";

    private static Lexicon lexicon() {
        LexiconParser parser = new LexiconParser(List.of("attitude", "booster", "counter"), List.of(),
                Inflector.english());
        return new Lexicon(parser.parse(new BufferedReader(new StringReader(LEXICON)), "test.tsv"), Map.of());
    }

    private static List<String> found(String... words) {
        return lexicon().find(Words.of(words)).stream().map(m -> m.entry().phrase() + "@" + m.first() + "-" + m.last())
                .toList();
    }

    @Test
    void aHyphenatedTokenMatchesOneTokenOrItsSplitParts() {
        assertThat(found("an", "ill-conceived", "plan")).containsExactly("ill-conceived@1-1");
        assertThat(found("an", "ill", "-", "conceived", "plan")).containsExactly("ill-conceived@1-3");
        assertThat(found("an", "ill", "conceived", "plan")).isEmpty();
    }

    @Test
    void aCliticMatchesSplitOrGluedToItsHost() {
        assertThat(found("it", "'s", "no", "secret", "that")).containsExactly("it 's no secret that@0-4");
        assertThat(found("it's", "no", "secret", "that")).containsExactly("it 's no secret that@0-3");
        assertThat(found("it\u2019s", "no", "secret", "that")).containsExactly("it 's no secret that@0-3");
        assertThat(found("to", "everyone's", "surprise")).containsExactly("to everyone 's surprise@0-2");
    }
}
