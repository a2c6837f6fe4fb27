package org.evident.annotators.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.evident.annotators.LexiconAnnotator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users extend or replace the built-in stance lexicon with their own TSV files (docs/lexicons.md). */
class UserLexiconTest {
    private static final String HEADER = "phrase\tcategory\tpolarity\tconfidence\tpos\trules\texample\n";

    @Test
    void aUserFileExtendsTheBuiltInLexiconAndNamesItsOwnLines(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("house.tsv"), HEADER
                + "# house style\n"
                + "streets ahead\tattitude\tpositive\t0.9\t\t\tThe service was [streets ahead].\n"
                + "for what it 's worth\tbooster\tneutral\t0.6\t\t\t[For what it's worth], the plan works.\n");

        var markers = Stance.markers("The service was streets ahead, but the food was poor.",
                LexiconAnnotator.PARAM_LEXICON_FILES, new String[] {file.toString()});

        assertThat(markers).extracting(Stance.Marker::text).containsExactly("streets ahead", "but", "poor");
        assertThat(markers.get(0).rule()).isEqualTo(file + ":3");
        assertThat(markers.get(0).confidence()).isEqualTo(0.9f);
        assertThat(markers.get(2).rule()).startsWith("en/stance.tsv:");
        assertThat(Stance.markers("For what it\u2019s worth, the plan works.", LexiconAnnotator.PARAM_LEXICON_FILES,
                new String[] {file.toString()})).singleElement().satisfies(m -> {
                    assertThat(m.category()).isEqualTo("booster");
                    assertThat(m.rule()).isEqualTo(file + ":4");
                });
    }

    @Test
    void aUserFileCanReplaceTheBuiltInLexiconAndUseTheContextRules(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("only.tsv"), HEADER
                + "still\tcounter\tneutral\t0.9\t\tsentence_initial\t[Still], the bank held rates.\n");

        var markers = Stance.markers("Still, the food was poor and the bar is still open.",
                LexiconAnnotator.PARAM_LEXICON_FILES, new String[] {file.toString()},
                LexiconAnnotator.PARAM_REPLACE_BUILTIN_LEXICON, true);

        assertThat(markers).extracting(Stance.Marker::text).containsExactly("Still");
    }

    @Test
    void theMinimumConfidenceLeavesOutWeakEntries() throws Exception {
        var markers = Stance.markers("Turnout reached only 31 percent, a dismal result.",
                LexiconAnnotator.PARAM_MIN_CONFIDENCE, 0.6f);
        assertThat(markers).extracting(Stance.Marker::text).containsExactly("dismal");
    }

    @Test
    void anAttitudeEntryWithoutPolarityIsAnErrorNamingItsLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.tsv"), HEADER
                + "meh\tattitude\t\t0.5\t\t\tThe food was [meh].\n");

        assertThatThrownBy(() -> Stance.markers("The food was meh.", LexiconAnnotator.PARAM_LEXICON_FILES,
                new String[] {file.toString()}))
                .hasStackTraceContaining(file + ":2: an attitude entry needs polarity positive or negative");
    }
}
