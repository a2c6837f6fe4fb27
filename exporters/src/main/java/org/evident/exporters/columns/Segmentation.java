package org.evident.exporters.columns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * The sentences and tokens of a CAS (DKPro {@link Sentence} and {@link Token}) as rows: tokens in
 * text order, each sentence a run of consecutive rows. A CAS with tokens but no sentences is one
 * sentence; empty tokens and tokens overlapping the previous one are skipped.
 */
final class Segmentation {
    private final List<GridToken> tokens;
    private final int[] sentenceStarts;

    private Segmentation(List<GridToken> tokens, int[] sentenceStarts) {
        this.tokens = tokens;
        this.sentenceStarts = sentenceStarts;
    }

    static Segmentation of(JCas jcas) {
        List<GridToken> tokens = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        Collection<Sentence> sentences = JCasUtil.select(jcas, Sentence.class);
        if (sentences.isEmpty()) {
            addSentence(JCasUtil.select(jcas, Token.class), tokens, starts);
        } else {
            for (Sentence sentence : sentences) {
                addSentence(JCasUtil.selectCovered(Token.class, sentence), tokens, starts);
            }
        }
        int[] bounds = new int[starts.size() + 1];
        for (int i = 0; i < starts.size(); i++) {
            bounds[i] = starts.get(i);
        }
        bounds[starts.size()] = tokens.size();
        return new Segmentation(tokens, bounds);
    }

    private static void addSentence(Collection<Token> sentenceTokens, List<GridToken> tokens, List<Integer> starts) {
        int first = tokens.size();
        for (Token token : sentenceTokens) {
            int previousEnd = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
            if (token.getEnd() > token.getBegin() && token.getBegin() >= previousEnd) {
                tokens.add(new GridToken(token.getBegin(), token.getEnd(), clean(token.getCoveredText()), pos(token)));
            }
        }
        if (tokens.size() > first) {
            starts.add(first);
        }
    }

    private static String pos(Token token) {
        POS pos = token.getPos();
        String value = pos == null ? null : pos.getPosValue() != null ? pos.getPosValue() : pos.getCoarseValue();
        return value == null || value.isBlank() ? "_" : value.strip().replaceAll("\\s", "_");
    }

    private static String clean(String form) {
        return form.replaceAll("[\\t\\n\\r]", " ");
    }

    List<GridToken> tokens() {
        return tokens;
    }

    int sentenceCount() {
        return sentenceStarts.length - 1;
    }

    /** Index of the first token of a sentence. */
    int start(int sentence) {
        return sentenceStarts[sentence];
    }

    /** Index after the last token of a sentence. */
    int end(int sentence) {
        return sentenceStarts[sentence + 1];
    }

    /** The sentence holding a token. */
    int sentenceOf(int token) {
        int found = Arrays.binarySearch(sentenceStarts, 0, sentenceStarts.length - 1, token);
        return found >= 0 ? found : -found - 2;
    }
}
