package org.evident.annotators;

import java.util.List;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.evident.annotators.lexicon.TokenSequence;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/** Builds the lexicon engine's view of a sentence from its DKPro tokens. */
public final class SentenceTokens {
    private SentenceTokens() {
    }

    /** The tokens of one sentence, in order. */
    public static TokenSequence of(JCas jcas, Sentence sentence) {
        return of(JCasUtil.selectCovered(jcas, Token.class, sentence));
    }

    /** A sequence over the given tokens, in the given order. */
    public static TokenSequence of(List<Token> tokens) {
        int n = tokens.size();
        String[] texts = new String[n];
        String[] pos = new String[n];
        int[] begins = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            Token token = tokens.get(i);
            texts[i] = token.getCoveredText();
            pos[i] = token.getPos() == null ? null : token.getPos().getCoarseValue();
            begins[i] = token.getBegin();
            ends[i] = token.getEnd();
        }
        return new TokenSequence(texts, pos, begins, ends);
    }
}
