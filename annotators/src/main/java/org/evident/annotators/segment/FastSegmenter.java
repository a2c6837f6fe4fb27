package org.evident.annotators.segment;

import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.LanguageCapability;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.dkpro.core.tokit.BreakIteratorSegmenter;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * DKPro's {@link BreakIteratorSegmenter} (about 60 times faster than OpenNLP with POS, no tags),
 * skipping documents that already carry tokens. Documents that carry sentences but no tokens
 * (gold standards whose sentence boundaries are given) are tokenised within those sentences, which
 * are kept as they are. Without tags, context rules that need parts of speech fall back to their
 * word lists.
 */
@ResourceMetaData(name = "Evident fast segmenter (BreakIterator, no POS)")
@LanguageCapability("en")
@TypeCapability(outputs = {
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token" })
public class FastSegmenter extends BreakIteratorSegmenter {
    private boolean sentencesGiven;

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        if (jcas.getDocumentText() == null || JCasUtil.exists(jcas, Token.class)) {
            return;
        }
        sentencesGiven = JCasUtil.exists(jcas, Sentence.class);
        if (!sentencesGiven) {
            super.process(jcas);
            return;
        }
        for (Sentence sentence : List.copyOf(JCasUtil.select(jcas, Sentence.class))) {
            process(jcas, sentence.getCoveredText(), sentence.getBegin());
        }
    }

    /** No new sentences while tokenising within given ones. */
    @Override
    public boolean isWriteSentence() {
        return super.isWriteSentence() && !sentencesGiven;
    }
}
