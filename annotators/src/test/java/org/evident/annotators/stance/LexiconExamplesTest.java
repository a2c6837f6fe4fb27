package org.evident.annotators.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of the built-in stance lexicon is a test: the bracketed cue of a stance entry is
 * found (inside a marker of the entry's category, which may be widened over intensifiers), and no
 * marker overlaps the bracketed phrase of a pseudo-cue.
 */
class LexiconExamplesTest {

    /**
     * One lexicon line.
     *
     * @param line     its line number
     * @param phrase   the entry's phrase
     * @param category its category, {@code -} for a pseudo-cue
     * @param example  the example sentence with the cue in brackets
     */
    record Example(int line, String phrase, String category, String example) {
        @Override
        public String toString() {
            return line + ": " + example;
        }
    }

    static List<Example> examples() throws IOException {
        List<Example> examples = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                LexiconExamplesTest.class.getResourceAsStream("/org/evident/lexicon/en/stance.tsv"),
                StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (header) {
                    header = false;
                    continue;
                }
                examples.add(new Example(number, fields[0], fields[1], fields[6]));
            }
        }
        return examples;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theExampleShowsTheEntry(Example example) {
        String marked = example.example();
        int open = marked.indexOf('[');
        int close = marked.indexOf(']', open);
        assertThat(open).as("brackets in " + marked).isNotNegative();
        assertThat(close).as("brackets in " + marked).isGreaterThan(open);
        String cue = marked.substring(open + 1, close);
        String text = marked.substring(0, open) + cue + marked.substring(close + 1);
        int begin = open;
        int end = close - 1;
        List<Stance.Marker> markers = Stance.markers(text);
        if ("-".equals(example.category())) {
            assertThat(Stance.markersWithOffsets(text)).as("markers overlapping pseudo-cue [" + cue + "]")
                    .noneMatch(m -> m.begin() < end && begin < m.end());
        } else {
            assertThat(Stance.markersWithOffsets(text)).as("markers of " + text + ": " + markers)
                    .anyMatch(m -> m.begin() <= begin && end <= m.end()
                            && m.marker().category().equals(example.category()));
        }
    }
}
