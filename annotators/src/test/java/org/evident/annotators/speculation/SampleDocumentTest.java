package org.evident.annotators.speculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance list of the speculation layer on the sample document
 * ({@code seeds/zoom-new-mistress-of-the-ccp.txt}, with no-break spaces and curly quotes), and the
 * worked examples of the guidelines (§11).
 */
class SampleDocumentTest {
    private static List<Speculation.Cue> cues;

    @BeforeAll
    static void annotateTheSample() throws IOException {
        String text = Files.readString(Path.of("../seeds/zoom-new-mistress-of-the-ccp.txt"), StandardCharsets.UTF_8);
        cues = Speculation.cues(text);
    }

    private static List<Speculation.Cue> cues(String text) {
        return cues.stream().filter(cue -> cue.text().equals(text)).toList();
    }

    @Test
    void marksTheAllegations() {
        assertThat(cues("allegedly")).singleElement().satisfies(cue -> {
            assertThat(cue.category()).isEqualTo("doxastic");
            assertThat(cue.scope()).startsWith("The leader of this effort was allegedly Xinjiang Jin");
        });
        assertThat(cues("alleged")).singleElement().extracting(Speculation.Cue::scope).isEqualTo("alleged criminal act");
    }

    @Test
    void marksLikelyWithItsRaisedSubject() {
        assertThat(cues("likely")).singleElement().extracting(Speculation.Cue::scope).asString()
                .startsWith("this is likely to gain intelligence").endsWith("Chinese Communist Party (CCP)");
    }

    @Test
    void marksTheConditionAndTheModal() {
        assertThat(cues("If")).singleElement().extracting(Speculation.Cue::scope).asString()
                .startsWith("If the facts described").endsWith("are correct");
        assertThat(cues("may")).singleElement().extracting(Speculation.Cue::scope).isEqualTo("may rest in the balance");
    }

    @Test
    void marksTheOpenQuestionsWithTheirInterrogativeClauses() {
        List<String> questions = cues("?").stream().map(Speculation.Cue::scope).toList();
        assertThat(questions).contains("Is this the case with Zoom?", "Zoom, New Mistress of the\u00a0CCP?");
        assertThat(questions).anySatisfy(scope -> assertThat(scope)
                .startsWith("then how trustworthy is this company").endsWith("intelligence services?"));
        assertThat(cues("?")).allSatisfy(cue -> assertThat(cue.category()).isEqualTo("question"));
    }

    @Test
    void leavesDeonticShouldReportingVerbsAndApproximatorsUnmarked() {
        assertThat(cues).extracting(Speculation.Cue::text)
                .doesNotContain("should", "can", "claims", "claimed", "alleges", "alleging", "approximately",
                        "roughly", "often", "Plausible", "believe");
    }

    @Test
    void marksTheComplementOfIndicateAcrossButThat() {
        assertThat(cues("indicate")).singleElement().extracting(Speculation.Cue::scope).asString()
                .startsWith("indicate Zoom had rules in place").endsWith("to support the MPS and MSS");
    }
}
