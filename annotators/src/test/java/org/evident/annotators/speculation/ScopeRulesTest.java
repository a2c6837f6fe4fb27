package org.evident.annotators.speculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.evident.annotators.lexicon.LexiconFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Loading the scope rules: the built-in file covers every cue class; user files override rows and fail by line. */
class ScopeRulesTest {
    private static final String SCOPES = "[scopes]\nclass\tdirection\tmax_scope\tterminated_by\texample\n";
    private static final String TERMINATORS = "[terminators]\nname\ttokens\tcondition\texample\n";

    @TempDir
    Path dir;

    @Test
    void theBuiltInRulesCoverEveryCueClass() {
        ScopeRules rules = ScopeRules.load(null);
        for (CueClass cueClass : CueClass.values()) {
            assertThat(rules.rule(cueClass)).as(cueClass.name()).isNotNull();
        }
        assertThat(rules.rule(CueClass.QUESTION).direction()).isEqualTo(Direction.INTERROGATIVE);
        assertThat(rules.rule(CueClass.MODAL).terminators()).extracting(Terminator::name).contains("boundary", "contrast");
    }

    @Test
    void aUserFileReplacesRowsByClassAndTerminatorName() throws IOException {
        Path file = write(SCOPES + "verb\tforward\t12\tsemicolon\tThe data (suggest a link).\n"
                + TERMINATORS + "semicolon\t;\talways\tThe data (suggest a link); others disagree.\n");
        ScopeRules rules = ScopeRules.load(file.toString());
        assertThat(rules.rule(CueClass.VERB).maxScope()).isEqualTo(12);
        assertThat(rules.rule(CueClass.VERB).terminators()).extracting(Terminator::name).containsExactly("semicolon");
        assertThat(rules.rule(CueClass.MODAL).maxScope()).isEqualTo(40);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "modal\\tforward\\t40\\tnowhere\\tx|:3: unknown terminator 'nowhere'",
        "modal\\tforward\\tmany\\t-\\tx|:3: max_scope is not a whole number: 'many'",
        "modal\\tforward\\t0\\t-\\tx|:3: max_scope must be at least 1",
        "adjective\\tforward\\t40\\t-\\tx|:3: unknown cue class 'adjective'",
        "modal\\tforward\\t40\\t-|:3: expected 5 tab-separated fields, found 4",
        "modal\\tforward\\t40\\t-\\t|:3: empty example" })
    void aMalformedScopeRowNamesItsLine(String row, String message) throws IOException {
        Path file = write(SCOPES + row.replace("\\t", "\t") + "\n");
        assertThatThrownBy(() -> ScopeRules.load(file.toString()))
                .isInstanceOf(LexiconFormatException.class).hasMessageStartingWith(file + message);
    }

    @Test
    void sectionsAndHeadersAreChecked() throws IOException {
        Path noSection = write("class\tdirection\tmax_scope\tterminated_by\texample\n");
        assertThatThrownBy(() -> ScopeRules.load(noSection.toString()))
                .hasMessageStartingWith(noSection + ":1: expected a section line");
        Path badSection = write("[rules]\n");
        assertThatThrownBy(() -> ScopeRules.load(badSection.toString()))
                .hasMessageStartingWith(badSection + ":1: unknown section [rules]");
        Path badColumn = write("[terminators]\nname\ttokens\twhen\texample\n");
        assertThatThrownBy(() -> ScopeRules.load(badColumn.toString()))
                .hasMessageStartingWith(badColumn + ":2: unknown or repeated column 'when'");
        Path badCondition = write(TERMINATORS + "stop\t;\tsometimes\tx\n");
        assertThatThrownBy(() -> ScopeRules.load(badCondition.toString()))
                .hasMessageStartingWith(badCondition + ":3: unknown condition 'sometimes'");
        Path twice = write(TERMINATORS + "stop\t;\talways\tx\nstop\t:\talways\tx\n");
        assertThatThrownBy(() -> ScopeRules.load(twice.toString()))
                .hasMessageStartingWith(twice + ":4: 'stop' is defined twice");
        assertThatThrownBy(() -> ScopeRules.load(dir.resolve("missing.tsv").toString()))
                .hasMessageContaining("scope rules file not found");
    }

    private Path write(String content) throws IOException {
        Path file = Files.createTempFile(dir, "scope", ".tsv");
        Files.writeString(file, content);
        return file;
    }
}
