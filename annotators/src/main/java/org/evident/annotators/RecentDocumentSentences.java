package org.evident.annotators;

import java.util.ArrayList;
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
 * Remembers, per thread, the sentence views of the documents (CASes) seen last, so that the layer
 * annotators that run on a document one after another (attribution, speculation, stance) build
 * them once, and a segmenter can hand over the views of the text it has just segmented, also when
 * it segments a batch of documents, each in a CAS of its own, before the layers annotate them. An
 * entry is reused only for the same CAS, the same document text object and the very same first
 * and last {@link Token} and {@link Sentence} objects, and POS objects of the first and last
 * token, in equally large indexes; a reset CAS, a new document, re-segmented or re-tagged text
 * gets new views. Part-of-speech tags changed inside the same POS objects by an engine running in
 * between are not seen. Holds one document per CAS and at most {@link #CAPACITY} CASes per thread,
 * forgetting the one used longest ago (and keeping that many CASes from being collected: a caller
 * that makes a new CAS for every document on one thread holds up to that many in memory).
 */
final class RecentDocumentSentences {
    /** How many CASes a thread remembers: twice {@link EvidentPipeline#MAX_BATCH_DOCUMENTS}. */
    static final int CAPACITY = 64;

    private static final ThreadLocal<List<Entry>> RECENT = ThreadLocal.withInitial(ArrayList::new);

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

    private RecentDocumentSentences() {
    }

    /** The remembered views of this document, or those {@code build} makes (then remembered). */
    static List<TokenSequence> get(JCas jcas, Function<JCas, List<TokenSequence>> build) {
        Object[] marks = marks(jcas);
        List<Entry> recent = RECENT.get();
        int known = indexOf(recent, jcas);
        if (known >= 0) {
            Entry entry = recent.get(known);
            if (entry.text == jcas.getDocumentText() && sameObjects(entry.marks, marks)) {
                return entry.sentences();
            }
        }
        Entry entry = new Entry(jcas, marks, () -> build.apply(jcas));
        remember(recent, known, entry);
        return entry.sentences();
    }

    /** Remembers views of the document as it is now, to be made by {@code make} when first asked for. */
    static void offer(JCas jcas, Supplier<List<TokenSequence>> make) {
        List<Entry> recent = RECENT.get();
        remember(recent, indexOf(recent, jcas), new Entry(jcas, marks(jcas), make));
    }

    /** The position of the CAS's entry, or -1. */
    private static int indexOf(List<Entry> recent, JCas jcas) {
        for (int i = recent.size() - 1; i >= 0; i--) {
            if (recent.get(i).jcas == jcas) {
                return i;
            }
        }
        return -1;
    }

    /** Puts the entry last, in place of the CAS's earlier entry or, when full, of the oldest. */
    private static void remember(List<Entry> recent, int known, Entry entry) {
        if (known >= 0) {
            recent.remove(known);
        } else if (recent.size() == CAPACITY) {
            recent.remove(0);
        }
        recent.add(entry);
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
