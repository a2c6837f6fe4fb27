package org.evident.annotators;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.uima.cas.FSIterator;
import org.apache.uima.cas.text.AnnotationIndex;
import org.apache.uima.jcas.JCas;
import org.evident.annotators.lexicon.TokenSequence;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Remembers, per thread, the sentence views of the document last seen, so that the layer
 * annotators that run on a document one after another (attribution, speculation, stance) build
 * them once, and a segmenter can hand over the views of the text it has just segmented. An entry
 * is reused only for the same CAS, the same document text object and the very same first and last
 * {@link Token} and {@link Sentence} objects, and POS objects of the first and last token, in
 * equally large indexes; a reset CAS, a new document, re-segmented or re-tagged text gets new
 * views. Part-of-speech tags changed inside the same POS objects by an engine running in between
 * are not seen. Holds one document per thread.
 */
final class LastDocumentSentences {
    private static final ThreadLocal<Entry> LAST = new ThreadLocal<>();

    /** The views of one document, made on first use. */
    private static final class Entry {
        private final JCas jcas;
        private final String text;
        private final Object[] marks;
        private Supplier<List<TokenSequence>> make;
        private List<TokenSequence> sentences;

        private Entry(JCas jcas, Object[] marks, Supplier<List<TokenSequence>> make) {
            this.jcas = jcas;
            this.text = jcas.getDocumentText();
            this.marks = marks;
            this.make = make;
        }

        private List<TokenSequence> sentences() {
            if (sentences == null) {
                sentences = List.copyOf(make.get());
                make = null;
            }
            return sentences;
        }
    }

    private LastDocumentSentences() {
    }

    /** The remembered views of this document, or those {@code build} makes (then remembered). */
    static List<TokenSequence> get(JCas jcas, Function<JCas, List<TokenSequence>> build) {
        Object[] marks = marks(jcas);
        Entry last = LAST.get();
        if (last != null && last.jcas == jcas && last.text == jcas.getDocumentText() && sameObjects(last.marks, marks)) {
            return last.sentences();
        }
        Entry entry = new Entry(jcas, marks, () -> build.apply(jcas));
        LAST.set(entry);
        return entry.sentences();
    }

    /** Remembers views of the document as it is now, to be made by {@code make} when first asked for. */
    static void offer(JCas jcas, Supplier<List<TokenSequence>> make) {
        LAST.set(new Entry(jcas, marks(jcas), make));
    }

    /**
     * Index sizes, the first and last token and sentence, and the first and last token's POS: what
     * changes when the segmentation or tagging does.
     */
    private static Object[] marks(JCas jcas) {
        AnnotationIndex<Token> tokens = jcas.getAnnotationIndex(Token.class);
        AnnotationIndex<Sentence> sentences = jcas.getAnnotationIndex(Sentence.class);
        Token first = (Token) end(tokens, false);
        Token last = (Token) end(tokens, true);
        return new Object[] {tokens.size(), sentences.size(), first, last, end(sentences, false), end(sentences, true),
            first == null ? null : first.getPos(), last == null ? null : last.getPos()};
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
