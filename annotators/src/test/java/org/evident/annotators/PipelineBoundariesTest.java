package org.evident.annotators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.evident.annotators.speculation.SpeculationAnnotator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A CAS that holds no document text at all goes through every pipeline and gets nothing; a
 * minimum confidence outside 0..1 is refused when the pipeline is built or the engine made.
 */
class PipelineBoundariesTest {

    @ParameterizedTest
    @ValueSource(floats = {-0.1f, 1.5f, Float.NaN})
    void aMinimumConfidenceOutsideZeroToOneIsRefused(float value) {
        assertThatThrownBy(() -> EvidentPipeline.builder().minConfidence(value))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnalysisEngineFactory.createEngine(
                SpeculationAnnotator.class, LexiconAnnotator.PARAM_MIN_CONFIDENCE, value))
                .isInstanceOf(ResourceInitializationException.class);
    }

    @ParameterizedTest
    @EnumSource(EvidentPipeline.Segmenter.class)
    void aCasWithoutTextGetsNoAnnotationAndNoError(EvidentPipeline.Segmenter segmenter) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        SimplePipeline.runPipeline(jcas,
                AnalysisEngineFactory.createEngineDescription(EvidentPipeline.builder().segmenter(segmenter).build()));
        assertThat(jcas.getDocumentText()).isNull();
        assertThat(jcas.getAnnotationIndex().size()).isZero();
    }
}
