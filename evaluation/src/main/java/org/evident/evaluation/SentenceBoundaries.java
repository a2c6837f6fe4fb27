package org.evident.evaluation;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.evident.exporters.read.annotated.AnnotatedDocument;
import org.evident.exporters.read.annotated.TextRange;

/**
 * The sentences sentence-level scores count, for a gold document and its prediction over the
 * same text: the gold's own sentences when its format has them (BioScope, Szeged, IOB, a CAS);
 * otherwise the prediction's (the sentences the pipeline made when Evident annotated the text);
 * otherwise the text split by the JDK's English sentence {@link BreakIterator}.
 */
final class SentenceBoundaries {
    private SentenceBoundaries() {
    }

    static List<TextRange> of(AnnotatedDocument gold, AnnotatedDocument predicted) {
        if (!gold.sentences().isEmpty()) {
            return gold.sentences();
        }
        if (!predicted.sentences().isEmpty()) {
            return predicted.sentences();
        }
        return split(gold.text());
    }

    /** The text's sentences by the JDK sentence iterator, trimmed, empty ones dropped. */
    static List<TextRange> split(String text) {
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        iterator.setText(text);
        List<TextRange> sentences = new ArrayList<>();
        int begin = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; begin = end, end = iterator.next()) {
            int b = begin;
            int e = end;
            while (b < e && Character.isWhitespace(text.charAt(b))) {
                b++;
            }
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (b < e) {
                sentences.add(new TextRange(b, e));
            }
        }
        return sentences;
    }
}
