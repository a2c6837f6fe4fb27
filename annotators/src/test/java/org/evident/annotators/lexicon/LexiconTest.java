package org.evident.annotators.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.evident.model.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {
    private static final Set<String> RULES = Set.of("no_month");

    private static Lexicon lexicon(String resource) throws IOException {
        Path file = Path.of("src/test/resources/lexicon", resource);
        LexiconParser parser = new LexiconParser(Layer.SPECULATION.categories(), RULES, Inflector.english());
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            return new Lexicon(parser.parse(reader, resource), Map.of("no_month", (t, m) -> true));
        }
    }

    /** Tokens split on spaces; tags given in parallel (null for untagged). */
    private static TokenSequence tokens(String text, String... tags) {
        String[] words = text.split(" ");
        String[] pos = new String[words.length];
        int[] begins = new int[words.length];
        int[] ends = new int[words.length];
        int offset = 0;
        for (int i = 0; i < words.length; i++) {
            pos[i] = i < tags.length ? tags[i] : null;
            begins[i] = offset;
            ends[i] = offset + words[i].length();
            offset = ends[i] + 1;
        }
        return new TokenSequence(words, pos, begins, ends);
    }

    private static List<String> found(Lexicon lexicon, TokenSequence tokens) {
        return lexicon.find(tokens).stream()
                .map(m -> String.join(" ", java.util.stream.IntStream.rangeClosed(m.first(), m.last())
                        .mapToObj(tokens::text).toList()))
                .toList();
    }

    @Test
    void longestMultiWordEntryWinsOverTheSingleWordsItContains() throws IOException {
        Lexicon lexicon = lexicon("test-speculation.tsv");
        assertThat(found(lexicon, tokens("It may or may not rain"))).containsExactly("may or may not");
        assertThat(found(lexicon, tokens("It may rain", "PRON", "AUX", "VERB"))).containsExactly("may");
    }

    @Test
    void findAllKeepsOverlappingEntries() throws IOException {
        Lexicon lexicon = lexicon("test-speculation.tsv");
        assertThat(lexicon.findAll(tokens("It may or may not rain")))
                .extracting(m -> m.entry().phrase())
                .containsExactlyInAnyOrder("may", "may or may not", "may");
    }

    @Test
    void matchingIgnoresCaseAndTypographicApostrophes() throws IOException {
        Lexicon lexicon = lexicon("test-speculation.tsv");
        assertThat(found(lexicon, tokens("IT WAS POSSIBLE THAT it failed"))).containsExactly("IT WAS POSSIBLE THAT");
    }

    @Test
    void lemmaTokensMatchRegularAndIrregularInflections() throws IOException {
        Lexicon lexicon = lexicon("test-speculation.tsv");
        assertThat(found(lexicon, tokens("These data suggested that it works"))).containsExactly("suggested that");
        assertThat(found(lexicon, tokens("This raised the questions of cost"))).containsExactly("raised the questions");
        assertThat(found(lexicon, tokens("She said so"))).containsExactly("said");
    }

    @Test
    void partOfSpeechConstraintRejectsOtherTagsButAcceptsUntaggedTokens() throws IOException {
        Lexicon lexicon = lexicon("test-speculation.tsv");
        assertThat(found(lexicon, tokens("In May 2020", "ADP", "PROPN", "NUM"))).isEmpty();
        assertThat(found(lexicon, tokens("In May 2020"))).containsExactly("May");
    }

    @Test
    void pseudoCueSuppressesTheCueItContains() throws IOException {
        Lexicon lexicon = lexicon("test-speculation.tsv");
        assertThat(found(lexicon, tokens("Even if it rains"))).isEmpty();
        assertThat(found(lexicon, tokens("If it rains"))).containsExactly("If");
    }

    @Test
    void entriesRecordTheirFileAndLine() throws IOException {
        Lexicon lexicon = lexicon("test-speculation.tsv");
        assertThat(lexicon.find(tokens("If so")).get(0).entry().source()).isEqualTo("test-speculation.tsv:8");
    }

    @Test
    void userFilesExtendOrReplaceTheBuiltInLexicon() {
        String extra = "src/test/resources/lexicon/extra.tsv";
        Map<String, ContextRule> rules = new HashMap<>();
        for (String name : List.of("not_month", "epistemic_modal", "not_propose", "not_show_up", "complement_clause",
                "not_even_if", "embedded_question", "not_embedded_question", "open_question", "as_complement",
                "predicate_complement", "of_complement", "raising_passive", "attributive")) {
            rules.put(name, (t, m) -> true);
        }
        Lexicon replaced = LexiconLoader.load("en/speculation.tsv", List.of(extra), true,
                Layer.SPECULATION.categories(), rules);
        assertThat(replaced.entries()).extracting(LexiconEntry::phrase).containsExactly("perhaps");
        Lexicon extended = LexiconLoader.load("en/speculation.tsv", List.of(extra), false,
                Layer.SPECULATION.categories(), rules);
        assertThat(extended.entries().size()).isGreaterThan(100);
        assertThat(extended.entries()).extracting(LexiconEntry::source).contains(extra + ":2");
    }

    @Test
    void malformedLinesFailWithFileAndLine() {
        LexiconParser parser = new LexiconParser(Layer.SPECULATION.categories(), RULES, Inflector.english());
        assertThatThrownBy(() -> parser.parse(reader("phrase\tcategory\texample\nmay\tepistemic\n"), "x.tsv"))
                .isInstanceOf(LexiconFormatException.class)
                .hasMessage("x.tsv:2: expected 3 tab-separated fields, found 2");
        assertThatThrownBy(() -> parser.parse(reader("phrase\tcategory\texample\nmay\tepistemic\t\n"), "x.tsv"))
                .hasMessage("x.tsv:2: empty example");
        assertThatThrownBy(() -> parser.parse(reader("phrase\tcategory\tconfidence\texample\nmay\tepistemic\t1.5\te\n"), "x.tsv"))
                .hasMessage("x.tsv:2: confidence must lie between 0 and 1, not 1.5");
        assertThatThrownBy(() -> parser.parse(reader("phrase\tcategory\trules\texample\nmay\tepistemic\tnope\te\n"), "x.tsv"))
                .hasMessageStartingWith("x.tsv:2: unknown context rule 'nope'");
        assertThatThrownBy(() -> parser.parse(reader("phrase\tkind\texample\n"), "x.tsv"))
                .hasMessage("x.tsv:1: unknown column 'kind'");
        assertThatThrownBy(() -> LexiconLoader.load("en/speculation.tsv",
                List.of("src/test/resources/lexicon/bad-category.tsv"), true, Layer.SPECULATION.categories(), Map.of()))
                .hasMessageStartingWith("src/test/resources/lexicon/bad-category.tsv:3: unknown category 'booster'");
    }

    @Test
    void invalidUtf8InAUserFileIsReportedWithItsLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.tsv");
        byte[] header = "phrase\tcategory\texample\nvielleicht\tepistemic\tEs ist [vielleicht] so.\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'p', (byte) 0xE9, 'u', 't', '-', '\t', 'e', '\t', 'x', '\n'};
        byte[] all = new byte[header.length + bad.length];
        System.arraycopy(header, 0, all, 0, header.length);
        System.arraycopy(bad, 0, all, header.length, bad.length);
        Files.write(file, all);
        assertThatThrownBy(() -> LexiconLoader.load("en/speculation.tsv", List.of(file.toString()), true,
                Layer.SPECULATION.categories(), Map.of()))
                .hasMessage(file + ":3: not valid UTF-8");
    }

    @Test
    void layerIsDetectedFromTheCategoriesAFileUses() {
        assertThat(LexiconLayerDetector.detect(Path.of("src/test/resources/lexicon/extra.tsv"))).isEqualTo(Layer.SPECULATION);
        assertThatThrownBy(() -> LexiconLayerDetector.detect(Path.of("src/test/resources/lexicon/bad-category.tsv")))
                .hasMessageContaining("cannot tell its layer");
    }

    @Test
    void theExampleOfTheLexiconDocumentationIsASpeculationLexicon(@TempDir Path dir) throws Exception {
        String doc = Files.readString(Path.of("../docs/lexicons.md"));
        int start = doc.indexOf("```\n", doc.indexOf("## Example")) + 4;
        Path example = Files.writeString(dir.resolve("example.tsv"), doc.substring(start, doc.indexOf("```", start)));
        assertThat(LexiconLayerDetector.detect(example)).isEqualTo(Layer.SPECULATION);
    }

    @Test
    void aFileWhoseLayerCannotBeDetectedSaysWhichLineIsWrong(@TempDir Path dir) throws Exception {
        Path latin = Files.write(dir.resolve("latin.tsv"), "phrase\tcategory\texample\nsuppos\u00e9\tdoxastic\tIt is suppos\u00e9d.\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> LexiconLayerDetector.detect(latin)).hasMessage(latin + ":2: not valid UTF-8");
        Path empty = Files.writeString(dir.resolve("empty.tsv"), "");
        assertThatThrownBy(() -> LexiconLayerDetector.detect(empty)).hasMessage(empty + ": no header row (an empty lexicon)");
        Path mixed = Files.writeString(dir.resolve("mixed.tsv"),
                "phrase\tcategory\texample\nsurely\tbooster\tSurely.\nmaybe\tdoxastic\tMaybe.\n");
        assertThatThrownBy(() -> LexiconLayerDetector.detect(mixed)).hasMessageContaining("cannot tell its layer");
        Path pseudo = Files.writeString(dir.resolve("pseudo.tsv"),
                "phrase\tcategory\texample\nsurely\tbooster\tSurely.\nsurely not\t-\tSurely not.\n");
        assertThat(LexiconLayerDetector.detect(pseudo)).isEqualTo(Layer.STANCE);
        Path unknown = Files.writeString(dir.resolve("unknown.tsv"),
                "phrase\tcategory\texample\nsurely\tbooster\tSurely.\nodd\tnosuchcat\tOdd.\n");
        assertThatThrownBy(() -> LexiconLayerDetector.detect(unknown))
                .hasMessageStartingWith(unknown + ":3: unknown category 'nosuchcat' (the layers' categories are ");
    }

    @Test
    void regularInflectionHandlesSpellingChanges() {
        assertThat(Inflector.regularVerbForms("imply")).contains("implies", "implied", "implying");
        assertThat(Inflector.regularVerbForms("speculate")).contains("speculates", "speculated", "speculating");
        assertThat(Inflector.regularVerbForms("admit")).contains("admitted", "admitting");
        assertThat(Inflector.plural("hypothesis")).isEqualTo("hypothesises");
        assertThat(Inflector.english().forms("hypothesis", Set.of("NOUN"))).contains("hypotheses");
    }

    @Test
    void anEntryNamingAnUnknownRuleIsRefusedWhenTheLexiconIsBuilt() throws IOException {
        LexiconParser parser = new LexiconParser(Layer.SPECULATION.categories(), Set.of("no_month"), Inflector.english());
        List<LexiconParser.ParsedEntry> entries = parser.parse(
                reader("phrase\tcategory\trules\texample\nmay\tepistemic\tno_month\tIt may rain.\n"), "rules.tsv");
        assertThatThrownBy(() -> new Lexicon(entries, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown context rule 'no_month'");
    }

    private static BufferedReader reader(String text) {
        return new BufferedReader(new StringReader(text));
    }
}
