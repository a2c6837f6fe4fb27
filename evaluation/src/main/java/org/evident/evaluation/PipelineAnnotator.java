package org.evident.evaluation;

import java.util.List;
import java.util.Map;

import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.evident.exporters.read.DocumentTexts;
import org.evident.exporters.read.InputException;
import org.evident.exporters.read.annotated.AnnotatedDocument;
import org.evident.exporters.read.annotated.TextRange;
import org.evident.exporters.spans.CasSpans;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;

/**
 * Runs an Evident pipeline over the text of gold documents, one reused CAS at a time. A gold
 * document's known sentences are put into the CAS first as DKPro {@link Sentence}s, so the
 * segmenter tokenises within them instead of splitting the text its own way; the prediction keeps
 * the CAS's sentences.
 */
public final class PipelineAnnotator implements AutoCloseable {
    private final AnalysisEngine engine;
    private final JCas jcas;

    /** Creates the engine of the pipeline description. */
    public PipelineAnnotator(AnalysisEngineDescription pipeline) throws UIMAException {
        this.engine = AnalysisEngineFactory.createEngine(pipeline);
        this.jcas = JCasFactory.createJCas();
    }

    /** The pipeline's annotation of the gold document's text. */
    public AnnotatedDocument annotate(AnnotatedDocument gold) throws InputException, AnalysisEngineProcessException {
        jcas.reset();
        DocumentTexts.load(jcas, gold.id(), null, gold.text(), Map.of(), gold.id());
        for (TextRange sentence : gold.sentences()) {
            new Sentence(jcas, sentence.begin(), sentence.end()).addToIndexes();
        }
        engine.process(jcas);
        List<TextRange> sentences = JCasUtil.select(jcas, Sentence.class).stream()
                .map(s -> new TextRange(s.getBegin(), s.getEnd())).toList();
        return new AnnotatedDocument(CasSpans.extract(jcas), sentences);
    }

    @Override
    public void close() {
        engine.destroy();
    }
}
