package org.evident.exporters.read.annotated;

import java.util.List;

import org.evident.exporters.spans.DocumentSpans;

/**
 * One annotated document as read from a gold or predicted file: its span view, and its sentence
 * boundaries when the format records them (BioScope/Szeged sentences, IOB blank lines, DKPro
 * sentences in a CAS). Sentence-level scores need them; formats without sentences give an empty
 * list and the evaluator segments the text itself.
 *
 * @param spans     the document's text, spans and attribution relations (UTF-16 offsets)
 * @param sentences sentence boundaries in text order, or empty when the format has none
 */
public record AnnotatedDocument(DocumentSpans spans, List<TextRange> sentences) {

    public AnnotatedDocument {
        sentences = List.copyOf(sentences);
    }

    /** The document id. */
    public String id() {
        return spans.id();
    }

    /** The document text. */
    public String text() {
        return spans.text();
    }
}
