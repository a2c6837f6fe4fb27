package org.evident.annotators;

import java.util.List;
import java.util.function.Function;

import org.apache.uima.cas.FSIterator;
import org.apache.uima.cas.text.AnnotationIndex;
import org.apache.uima.jcas.JCas;
import org.evident.annotators.lexicon.TokenSequence;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Remembers, per thread, the sentence views of the document last seen, so that the layer
 * annotators that run on a document one after another (attribution, speculation, stance) build
 * them once. An entry is reused only for the same CAS, the same document text object and the very
 * same first and last {@link Token} and {@link Sentence} objects in equally large indexes; a reset
 * CAS, a new document or re-segmented text gets new views. Part-of-speech tags changed on the
 * same tokens by an engine running between two Evident layers are not seen by the second. Holds
 * one document per thread.
 */
final class LastDocumentSentences {
    private static final ThreadLocal<Entry> LAST = new ThreadLocal<>();

    private record Entry(JCas jcas, String text, Object[] marks, List<TokenSequence> sentences) {
    }

    private LastDocumentSentences() {
    }

    /** The remembered views of this document, or those {@code build} makes (then remembered). */
    static List<TokenSequence> get(JCas jcas, Function<JCas, List<TokenSequence>> build) {
        Object[] marks = marks(jcas);
        Entry last = LAST.get();
        if (last != null && last.jcas() == jcas && last.text() == jcas.getDocumentText() && sameObjects(last.marks(), marks)) {
            return last.sentences();
        }
        List<TokenSequence> sentences = List.copyOf(build.apply(jcas));
        LAST.set(new Entry(jcas, jcas.getDocumentText(), marks, sentences));
        return sentences;
    }

    /** Index sizes and the first and last token and sentence: what changes when the segmentation does. */
    private static Object[] marks(JCas jcas) {
        AnnotationIndex<Token> tokens = jcas.getAnnotationIndex(Token.class);
        AnnotationIndex<Sentence> sentences = jcas.getAnnotationIndex(Sentence.class);
        return new Object[] {tokens.size(), sentences.size(), end(tokens, false), end(tokens, true),
                end(sentences, false), end(sentences, true)};
    }

    private static Object end(AnnotationIndex<?> index, boolean last) {
        FSIterator<?> iterator = index.iterator();
        if (last) {
            iterator.moveToLast();
        }
        return iterator.isValid() ? iterator.get() : null;
    }

    private static boolean sameObjects(Object[] a, Object[] b) {
        for (int i = 0; i < a.length; i++) {
            if (i < 2 ? !a[i].equals(b[i]) : a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }
}
