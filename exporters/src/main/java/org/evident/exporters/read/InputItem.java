package org.evident.exporters.read;

import org.apache.uima.jcas.JCas;

/**
 * One input document, found but not yet read: reading happens in {@link #loadInto}, so a corpus
 * streams through memory one document at a time and a bad document fails alone.
 */
public interface InputItem {

    /** Where the document comes from, for messages: a path, or {@code path:line} for JSONL. */
    String origin();

    /** The size of the document's source in bytes, for progress reporting. */
    long sizeInBytes();

    /** Loads the document (text, metadata, and any annotations it carries) into an empty CAS. */
    void loadInto(JCas jcas) throws InputException;
}
