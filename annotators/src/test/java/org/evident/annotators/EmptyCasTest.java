package org.evident.annotators;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A CAS that holds no document text at all goes through every pipeline and gets nothing. */
class EmptyCasTest {

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
