package org.evident.annotators.speculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.apache.uima.resource.ResourceInitializationException;
import org.evident.annotators.LexiconAnnotator;
import org.junit.jupiter.api.Test;

/** The annotator's parameters: user lexicon files, minimum confidence, user scope rules. */
class ParametersTest {
    private static final String EXTRA_LEXICON = resource("extra-speculation.tsv");
    private static final String SENTENCE = "National and economic security may rest in the balance.";

    private static String resource(String name) {
        return Path.of("src/test/resources/speculation", name).toString();
    }

    @Test
    void aUserLexiconExtendsTheBuiltInOneAndNamesItsLines() throws Exception {
        List<Speculation.Cue> cues = Speculation.cues("In my humble opinion the deal may fail.",
                LexiconAnnotator.PARAM_LEXICON_FILES, new String[] {EXTRA_LEXICON});
        assertThat(cues).extracting(Speculation.Cue::text).containsExactly("In my humble opinion", "may");
        assertThat(cues.get(0).rule()).isEqualTo(EXTRA_LEXICON + ":2");
    }

    @Test
    void aUserLexiconCanReplaceTheBuiltInOne() throws Exception {
        assertThat(Speculation.cues("In my humble opinion the deal may fail.",
                LexiconAnnotator.PARAM_LEXICON_FILES, new String[] {EXTRA_LEXICON},
                LexiconAnnotator.PARAM_REPLACE_BUILTIN_LEXICON, true))
                .extracting(Speculation.Cue::text).containsExactly("In my humble opinion");
    }

    @Test
    void theEpistemicModalRuleRejectsDeonticShouldFromAUserLexicon() throws Exception {
        assertThat(Speculation.cues("The report should be published soon.",
                LexiconAnnotator.PARAM_LEXICON_FILES, new String[] {EXTRA_LEXICON})).isEmpty();
    }

    @Test
    void cuesBelowTheMinimumConfidenceAreDropped() throws Exception {
        String sentence = "That would be a serious mistake, and it may happen.";
        assertThat(Speculation.cueTexts(sentence)).containsExactly("would", "may");
        assertThat(Speculation.cues(sentence, LexiconAnnotator.PARAM_MIN_CONFIDENCE, 0.5f))
                .extracting(Speculation.Cue::text).containsExactly("may");
    }

    @Test
    void aUserScopeRulesFileOverridesOneClassAndKeepsTheOthers() throws Exception {
        List<Speculation.Cue> cues = Speculation.cues(SENTENCE + " It is unclear how many users were affected.",
                SpeculationAnnotator.PARAM_SCOPE_RULES, resource("short-modal-scope.tsv"));
        assertThat(cues).extracting(Speculation.Cue::scope)
                .containsExactly("may rest", "unclear how many users were affected");
    }

    @Test
    void aMalformedScopeRulesFileStopsInitialisationWithItsLine() {
        String file = resource("bad-direction-scope.tsv");
        assertThatThrownBy(() -> Speculation.engine(SpeculationAnnotator.PARAM_SCOPE_RULES, file))
                .isInstanceOf(ResourceInitializationException.class)
                .hasStackTraceContaining(file + ":3: unknown direction 'sideways'");
    }
}
