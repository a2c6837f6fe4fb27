package org.evident.annotators.stance;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.evident.annotators.EvidentPipeline;
import org.evident.model.Layer;
import org.evident.type.Attribution;
import org.evident.type.StanceMarker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance list of the stance layer on the sample document
 * ({@code seeds/zoom-new-mistress-of-the-ccp.txt}: no-break spaces, curly quotes), run through the
 * whole default chain so that the holder resolver sees whatever attributions the build can find.
 */
class SampleDocumentTest {
    private static List<StanceMarker> markers;

    @BeforeAll
    static void annotateTheSample() throws Exception {
        String text = Files.readString(Path.of("../seeds/zoom-new-mistress-of-the-ccp.txt"), StandardCharsets.UTF_8);
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        createEngine(EvidentPipeline.builder().build()).process(jcas);
        markers = List.copyOf(JCasUtil.select(jcas, StanceMarker.class));
    }

    private static List<StanceMarker> markers(String text) {
        return markers.stream().filter(m -> m.getCoveredText().equals(text)).toList();
    }

    private static StanceMarker marker(String text) {
        assertThat(markers(text)).as("markers '" + text + "'").hasSize(1);
        return markers(text).get(0);
    }

    @Test
    void theOfficersThreeClaimsAreBoosters() {
        for (String booster : List.of("of course", "should come as no surprise", "The evidence is all there")) {
            StanceMarker marker = marker(booster);
            assertThat(marker.getCategory()).as(booster).isEqualTo("booster");
            assertThat(marker.getPolarity()).as(booster).isEqualTo("neutral");
            assertThat(marker.getNegated()).as(booster).isFalse();
        }
    }

    @Test
    void poorSecurityAndQuestionablePracticesAreNegativeAttitudeInTheWritersVoice() {
        for (String attitude : List.of("poor", "questionable", "inaccurate", "failings")) {
            StanceMarker marker = marker(attitude);
            assertThat(marker.getCategory()).as(attitude).isEqualTo("attitude");
            assertThat(marker.getPolarity()).as(attitude).isEqualTo("negative");
            assertThat(marker.getNegated()).as(attitude).isFalse();
            assertThat(marker.getHolder()).as(attitude).isNull();
        }
        String text = marker("poor").getCAS().getDocumentText();
        assertThat(text.substring(marker("poor").getBegin())).startsWith("poor security and encryption");
        assertThat(text.substring(marker("questionable").getBegin())).startsWith("questionable practices");
    }

    @Test
    void theRhetoricalQuestionDoesNotNegateTrustworthy() {
        StanceMarker trustworthy = marker("trustworthy");
        assertThat(trustworthy.getPolarity()).isEqualTo("positive");
        assertThat(trustworthy.getNegated()).isFalse();
    }

    @Test
    void countersOfTheSample() {
        for (String counter : List.of("But", "only", "however", "even as", "Even if", "regardless of")) {
            assertThat(marker(counter).getCategory()).as(counter).isEqualTo("counter");
        }
    }

    @Test
    void classifyingUsesAndImportanceWordsAreNoMarkers() {
        assertThat(markers).extracting(StanceMarker::getCoveredText)
                .doesNotContain("criminal", "intense", "most important", "unprecedented", "significant", "key", "APT");
    }

    @Test
    void theOfficersMarkersSpeakInTheOfficersVoice() {
        assumeTrue(EvidentPipeline.availableLayers().contains(Layer.ATTRIBUTION),
                "needs an attribution annotator to find the officer's quotation");
        for (String text : List.of("of course", "knowingly", "at the behest of", "The evidence is all there")) {
            Attribution holder = marker(text).getHolder();
            assertThat(holder).as("holder of " + text).isNotNull();
            assertThat(holder.getSource().getCoveredText()).as("source of " + text)
                    .isEqualTo("A seasoned counterintelligence officer");
        }
    }

    @Test
    void whatZoomClaimsSpeaksInZoomsVoice() {
        assumeTrue(EvidentPipeline.availableLayers().contains(Layer.ATTRIBUTION),
                "needs an attribution annotator to find Zoom's claims");
        Attribution holder = marker("mistake").getHolder();
        assertThat(holder).isNotNull();
        assertThat(holder.getSource().getCoveredText()).isEqualTo("Zoom");
        assertThat(holder.getCue().getCoveredText()).isEqualTo("claimed");
    }
}
