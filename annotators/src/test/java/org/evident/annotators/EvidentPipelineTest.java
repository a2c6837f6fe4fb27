package org.evident.annotators;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.evident.model.Layer;
import org.evident.type.Attribution;
import org.evident.type.Marker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The chain as one aggregate and cut into stages that take a batch of documents through together. */
class EvidentPipelineTest {

    private static List<String> paragraphs() throws Exception {
        String seed = Files.readString(Path.of("../seeds/zoom-new-mistress-of-the-ccp.txt"));
        return Arrays.stream(seed.split("\\n\\s*\\n")).filter(p -> !p.isBlank()).toList();
    }

    private static JCas document(String text) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        return jcas;
    }

    /** Every marker and attribution with its spans, features and holder. */
    private static List<String> describe(JCas jcas) {
        List<String> lines = new ArrayList<>();
        for (Marker marker : JCasUtil.select(jcas, Marker.class)) {
            lines.add(marker.getType().getShortName() + " " + marker.getBegin() + "-" + marker.getEnd() + " "
                    + marker.getCategory() + " " + marker.getRule() + " " + marker.getConfidence() + " "
                    + marker.getNegated() + " holder " + (marker.getHolder() == null ? "-" : marker.getHolder().getBegin()));
        }
        for (Attribution attribution : JCasUtil.select(jcas, Attribution.class)) {
            lines.add("attribution " + attribution.getBegin() + "-" + attribution.getEnd() + " "
                    + (attribution.getSource() == null ? "-" : attribution.getSource().getCoveredText()) + " | "
                    + attribution.getContent().getCoveredText() + " " + attribution.getKind());
        }
        return lines;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aBatchTakenThroughTheStagesGetsTheAggregatesAnnotations(boolean posAnnotations) throws Exception {
        EvidentPipeline pipeline = EvidentPipeline.builder().posAnnotations(posAnnotations);
        AnalysisEngine whole = createEngine(pipeline.build());
        List<AnalysisEngine> stages = new ArrayList<>();
        for (var description : pipeline.buildStages()) {
            stages.add(createEngine(description));
        }
        List<String> texts = paragraphs();
        List<String> expected = new ArrayList<>();
        for (String text : texts) {
            JCas jcas = document(text);
            whole.process(jcas);
            expected.addAll(describe(jcas));
        }
        List<String> actual = new ArrayList<>();
        for (int from = 0; from < texts.size(); from += EvidentPipeline.MAX_BATCH_DOCUMENTS) {
            List<JCas> batch = new ArrayList<>();
            for (String text : texts.subList(from, Math.min(texts.size(), from + EvidentPipeline.MAX_BATCH_DOCUMENTS))) {
                batch.add(document(text));
            }
            for (AnalysisEngine stage : stages) {
                for (JCas jcas : batch) {
                    stage.process(jcas);
                }
            }
            batch.forEach(jcas -> actual.addAll(describe(jcas)));
        }

        assertThat(stages).hasSize(2);
        assertThat(expected).hasSizeGreaterThan(20).anyMatch(line -> line.startsWith("attribution"));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void aChainWithoutSegmenterOrWithoutLayersIsOneStage() throws Exception {
        assertThat(EvidentPipeline.builder().segmenter(EvidentPipeline.Segmenter.NONE).buildStages()).hasSize(1);
        assertThat(EvidentPipeline.builder().layers(Set.of()).buildStages()).hasSize(1);
        assertThat(EvidentPipeline.builder().layers(Set.of(Layer.STANCE)).buildStages()).hasSize(2);
    }
}
