package org.evident.exporters.write;

import java.io.IOException;

import org.apache.uima.jcas.JCas;
import org.evident.exporters.spans.DocumentSpans;

/**
 * Writes annotated documents in one format to an output folder. A writer never changes the CAS.
 * {@link #close()} finishes corpus-level files (a JSONL corpus, a type system, a loss report).
 */
public interface DocumentWriter extends AutoCloseable {

    /** The format's name as given to {@code -f}. */
    String format();

    /**
     * Writes one document.
     *
     * @param jcas  the annotated CAS
     * @param spans the shared span view of the same CAS
     */
    void write(JCas jcas, DocumentSpans spans) throws IOException;

    /**
     * True when the writer appends every document to one corpus-level file, so that documents must
     * reach it one at a time and in input order; writers of one file per document may be called
     * from several threads at once.
     */
    default boolean ordered() {
        return false;
    }

    /**
     * True when the writer reads the CAS itself (tokens, the whole type system), false when the span
     * view is all it needs; a long document whose writers need no CAS can be annotated in sections.
     */
    default boolean needsCas() {
        return true;
    }

    /** Finishes the corpus-level output. */
    @Override
    void close() throws IOException;
}
