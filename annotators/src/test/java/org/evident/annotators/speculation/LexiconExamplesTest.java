package org.evident.annotators.speculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.evident.annotators.lexicon.LexiconLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every entry of the built-in speculation lexicon documents itself with an example sentence whose
 * cue is in [brackets]: run through segmenter and annotator, a cue entry must produce exactly that
 * cue (and name itself in {@code rule}), and a pseudo-cue must leave its bracketed words unmarked.
 */
class LexiconExamplesTest {
    private static final String LEXICON = "en/speculation.tsv";

    static Stream<Arguments> entries() throws IOException {
        List<Arguments> entries = new ArrayList<>();
        try (InputStream in = LexiconExamplesTest.class.getClassLoader()
                .getResourceAsStream(LexiconLoader.BUILTIN_FOLDER + LEXICON)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<String> header = null;
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank() || lines[i].startsWith("#")) {
                    continue;
                }
                List<String> fields = Arrays.asList(lines[i].split("\t", -1));
                if (header == null) {
                    header = fields;
                    continue;
                }
                entries.add(Arguments.of(LEXICON + ":" + (i + 1), fields.get(header.indexOf("phrase")),
                        fields.get(header.indexOf("category")), fields.get(header.indexOf("example"))));
            }
        }
        return entries.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("entries")
    void theExampleShowsTheEntryAtWork(String source, String phrase, String category, String example) {
        int open = example.indexOf('[');
        int close = example.indexOf(']', open);
        assertThat(open).as("example of %s has a [cue]", source).isNotNegative();
        String marked = example.substring(open + 1, close);
        String sentence = example.substring(0, open) + marked + example.substring(close + 1);
        List<Speculation.Cue> cues = Speculation.cues(sentence);
        if (category.equals("-")) {
            assertThat(cues).as("pseudo-cue %s in: %s", source, sentence)
                    .noneMatch(cue -> marked.contains(cue.text()) || cue.text().contains(marked));
        } else {
            assertThat(cues).as("cue %s in: %s", source, sentence)
                    .anyMatch(cue -> cue.text().equals(marked) && cue.rule().equals(source));
        }
    }
}
