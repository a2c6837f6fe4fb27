package org.evident.annotators.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.evident.annotators.attribution.AttributionFixture.Found;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The worked examples W1–W18 of docs/guidelines/attribution.md §10 on the sample document: every
 * role span exactly (offsets of the guideline table), kind, category, nesting, and the table of
 * spans that must not fire.
 */
class SampleDocumentTest {
    private static String text;
    private static List<Found> found;

    @BeforeAll
    static void annotateSample() throws IOException {
        text = Files.readString(Path.of("../seeds/zoom-new-mistress-of-the-ccp.txt"), StandardCharsets.UTF_8);
        found = AttributionFixture.annotate(text);
    }

    static Stream<Arguments> workedExamples() {
        return Stream.of(
                row("W1", "the US and other countries", 118, "claiming", 145, 154, 206, "indirect", "distancing"),
                row("W2", "a sealed criminal complaint", 896, "alleging", 924, 938, 1088, "indirect", "distancing"),
                row("W3", "the FBI", 1771, "alleges", 1783, 1796, 1884, "indirect", "distancing"),
                row("W4", "Zoom", 2523, "claims", 2528, 2535, 2610, "indirect", "distancing"),
                row("W5", "It", 2613, "claims", 2621, 2628, 2680, "indirect", "distancing"),
                row("W6", "Zoom", 3747, "agreed", 3757, 3764, 3854, "mixed", "neutral"),
                row("W7", "Zoom", 3860, "pledged", 3865, 3873, 4062, "mixed", "neutral"),
                row("W8", "Zoom", 4201, "claimed", 4206, 4214, 4265, "indirect", "distancing"),
                row("W9", "Jin", 4488, "explained", 4492, 4564, 4716, "mixed", "neutral"),
                row("W10", "MPS officials", 4723, "requested", 4750, 4760, 4877, "indirect", "directive"),
                row("W11", "The company", 5609, "pledged", 5652, 5660, 5675, "indirect", "neutral"),
                row("W12", "Internal emails from the Jin case", 5936, "indicate", 5988, 5997, 6164, "indirect", "hedged"),
                row("W13", "the FBI", 5980, "quoted by", 5970, 5997, 6164, "indirect", "neutral"),
                row("W14", "Zoom", 6833, "maintains", 6838, 6853, 6968, "indirect", "distancing"),
                row("W15", "They", 6970, "claim", 6980, 6991, 7148, "indirect", "distancing"),
                row("W16", "A seasoned counterintelligence officer", 8145, "would say", 8184, 8194, 8338, "direct", "neutral"),
                row("W17", "the emails circulated in Zoom", 8353, "According to", 8340, 8384, 8461, "indirect", "neutral"),
                row("W18", "its", 7286, "promises", 7298, 7307, 7331, "indirect", "neutral"));
    }

    private static Arguments row(String id, String source, int sourceBegin, String cue, int cueBegin, int contentBegin,
            int contentEnd, String kind, String category) {
        return Arguments.of(id, source, sourceBegin, cue, cueBegin, contentBegin, contentEnd, kind, category);
    }

    @ParameterizedTest(name = "{0}: {1} / {3}")
    @MethodSource("workedExamples")
    void everyRoleOfTheWorkedExampleIsExact(String id, String source, int sourceBegin, String cue, int cueBegin,
            int contentBegin, int contentEnd, String kind, String category) {
        Found attribution = found.stream().filter(f -> f.cueBegin() == cueBegin).findFirst()
                .orElseThrow(() -> new AssertionError(id + ": no attribution with its cue at " + cueBegin + " in " + found));
        assertThat(attribution.cue()).isEqualTo(cue);
        assertThat(attribution.source()).isEqualTo(source);
        assertThat(attribution.sourceBegin()).isEqualTo(sourceBegin);
        assertThat(attribution.contentBegin()).isEqualTo(contentBegin);
        assertThat(attribution.contentEnd()).isEqualTo(contentEnd);
        assertThat(attribution.kind()).isEqualTo(kind);
        assertThat(attribution.category()).isEqualTo(category);
        assertThat(attribution.negated()).isFalse();
        assertThat(attribution.rule()).startsWith("en/attribution.tsv:");
    }

    @Test
    void contentsKeepTheSampleTextVerbatim() {
        Found w2 = AttributionFixture.withCue(found, "alleging");
        assertThat(w2.content()).contains("participated in \u00A0China\u2019s espionage");
        Found w9 = AttributionFixture.withCue(found, "explained");
        assertThat(w9.content()).endsWith("on a regular basis.\u201D");
        Found w10 = AttributionFixture.withCue(found, "requested");
        assertThat(w10.content()).endsWith("fund-raising, etc.");
        Found w16 = AttributionFixture.withCue(found, "would say");
        assertThat(w16.content()).startsWith("\u2018of course").endsWith("all there\u2019");
    }

    @Test
    void theSecondHandEmailsAreNestedInTheFbiQuotation() {
        Found emails = AttributionFixture.withCue(found, "indicate");
        Found fbi = AttributionFixture.withCue(found, "quoted by");
        assertThat(emails.parentCue()).isEqualTo("quoted by");
        assertThat(fbi.parentCue()).isNull();
        assertThat(emails.contentBegin()).isEqualTo(fbi.contentBegin());
        assertThat(emails.contentEnd()).isEqualTo(fbi.contentEnd());
    }

    @Test
    void theTwoCoordinatedCommissivesShareTheirPronounSource() {
        List<Found> agreed = found.stream().filter(f -> f.cue().equals("agreed") && "They".equals(f.source())).toList();
        assertThat(agreed).hasSize(2);
        assertThat(agreed.get(0).content()).isEqualTo("to pass the data of a million more \u2018overseas Chinese\u2019");
        assertThat(agreed.get(0).kind()).isEqualTo("mixed");
        assertThat(agreed.get(1).content()).startsWith("to develop a plan").endsWith("within one minute of discovery");
        assertThat(agreed.get(0).sourceBegin()).isEqualTo(agreed.get(1).sourceBegin());
    }

    static Stream<Arguments> mustNotFire() {
        return Stream.of(
                Arguments.of("alleged criminal act", 5136, 5156),
                Arguments.of("The MSS stated its preference", 4271, 4300),
                Arguments.of("has proactively publicly disclosed this case", 7713, 7757),
                Arguments.of("reveal the following", 3111, 3131),
                Arguments.of("The MPS emphasized this policy", 6525, 6555),
                Arguments.of("admitted to these failings", 5621, 5647),
                Arguments.of("can deny any knowledge", 7535, 7557),
                Arguments.of("believe the story that", 8695, 8717),
                Arguments.of("issued a report identifying", 4133, 4160),
                Arguments.of("inaccurate claims about security standards", 5510, 5552),
                Arguments.of("public statements to the contrary", 9159, 9192),
                Arguments.of("\u201CSecurity Technical Leader\u201D", 2139, 2166),
                Arguments.of("\u2018plausible deniability\u2019", 7375, 7398),
                Arguments.of("\u201CCompany-1\u201D", 7852, 7863),
                Arguments.of("compels \u201CAny organization and citizen\u201D", 1304, 1342),
                Arguments.of("allegedly Xinjiang", 2091, 2109),
                Arguments.of("Zoom is expected to reach", 1091, 1116),
                Arguments.of("note this is likely", 4360, 4379));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mustNotFire")
    void noCueLiesInTheMustNotFireSpans(String span, int begin, int end) {
        assertThat(text.substring(begin, end)).isEqualTo(span);
        assertThat(found).noneMatch(f -> f.cueBegin() >= begin && f.cueBegin() < end);
    }

    @Test
    void theCensorQuotationWithoutACueIsNoAttribution() {
        assertThat(found).noneMatch(f -> f.contentBegin() == 1947 || f.cueBegin() >= 1886 && f.cueBegin() < 2058);
    }
}
