package org.evident.annotators;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.evident.annotators.lexicon.TokenSequence;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
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

    /**
     * The tokens of every sentence of the document, in sentence order, in one pass over the tokens
     * (a token belongs to the sentence that covers it; tokens outside every sentence are left out).
     * Annotators that run on the same document one after another share one unmodifiable list
     * (see {@link LastDocumentSentences}).
     */
    public static List<TokenSequence> bySentence(JCas jcas) {
        return LastDocumentSentences.get(jcas, SentenceTokens::build);
    }

    /**
     * For a segmenter: the document has just been segmented into these sentences, as token texts,
     * look-up forms where the segmenter knows them, UD tags, begin and end offsets (one array set
     * per sentence, in text order, exactly the {@link Sentence} and {@link Token} annotations it
     * added, none left out). The layers that run
     * next take their views from these arrays instead of reading the CAS again; a change to the
     * tokens or tags in between makes them read the CAS after all.
     */
    public static void offer(JCas jcas, List<TokenArrays> sentences) {
        LastDocumentSentences.offer(jcas, () -> sentences.stream()
                .map(s -> new TokenSequence(s.texts(), s.forms(), s.pos(), s.begins(), s.ends())).toList());
    }

    /**
     * One sentence as a segmenter made it: token texts, their look-up forms
     * ({@link org.evident.annotators.lexicon.TokenForms#normalise}; nulls where the segmenter has
     * none at hand), UD tags (or nulls), begin and end offsets.
     */
    public record TokenArrays(String[] texts, String[] forms, String[] pos, int[] begins, int[] ends) {
        /** A sentence without tokens. */
        public static final TokenArrays NONE = new TokenArrays(new String[0], new String[0], new String[0],
                new int[0], new int[0]);
    }

    private static List<TokenSequence> build(JCas jcas) {
        String text = jcas.getDocumentText();
        List<TokenSequence> sequences = new ArrayList<>();
        for (List<Token> tokens : tokensBySentence(jcas)) {
            sequences.add(of(tokens, text));
        }
        return sequences;
    }

    /**
     * The tokens of every sentence, in sentence order, as {@link #bySentence} groups them: a token
     * belongs to the first sentence that covers it; tokens outside every sentence are left out.
     */
    public static List<List<Token>> tokensBySentence(JCas jcas) {
        List<Token> tokens = new ArrayList<>(JCasUtil.select(jcas, Token.class));
        List<List<Token>> groups = new ArrayList<>();
        int next = 0;
        for (Sentence sentence : JCasUtil.select(jcas, Sentence.class)) {
            while (next < tokens.size() && tokens.get(next).getBegin() < sentence.getBegin()) {
                next++;
            }
            int first = next;
            while (next < tokens.size() && tokens.get(next).getEnd() <= sentence.getEnd()) {
                next++;
            }
            groups.add(tokens.subList(first, next));
        }
        return groups;
    }

    /** A sequence over the given tokens, in the given order. */
    public static TokenSequence of(List<Token> tokens) {
        return of(tokens, tokens.isEmpty() ? "" : tokens.get(0).getCAS().getDocumentText());
    }

    /** A sequence over the given tokens of {@code text}, in the given order. */
    private static TokenSequence of(List<Token> tokens, String text) {
        int n = tokens.size();
        String[] texts = new String[n];
        String[] pos = new String[n];
        int[] begins = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            Token token = tokens.get(i);
            begins[i] = token.getBegin();
            ends[i] = token.getEnd();
            texts[i] = text.substring(begins[i], ends[i]);
            POS tag = token.getPos();
            pos[i] = tag == null ? null : tag.getCoarseValue();
        }
        return new TokenSequence(texts, pos, begins, ends);
    }
}
