package org.evident.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.ToLongFunction;

import org.evident.annotators.EvidentPipeline;

/**
 * Groups documents, in input order, into the batches that a thread takes through the pipeline's
 * stages together ({@link BatchedPipeline}): at most {@link #DOCUMENTS} documents, and a batch is
 * closed once its documents reach {@link #BYTES} bytes, so that a batch of long documents stays
 * small in memory.
 *
 * @param <T> a document, or what stands for one
 */
public final class Batches<T> implements Iterator<List<T>> {
    /** The most documents in a batch. */
    public static final int DOCUMENTS = Math.min(32, EvidentPipeline.MAX_BATCH_DOCUMENTS);
    /** A batch is closed once its documents reach this many bytes. */
    public static final long BYTES = 128 * 1024;

    private final Iterator<T> documents;
    private final ToLongFunction<T> bytes;

    /**
     * @param documents the documents, in input order
     * @param bytes     a document's size in bytes
     */
    public Batches(Iterator<T> documents, ToLongFunction<T> bytes) {
        this.documents = documents;
        this.bytes = bytes;
    }

    @Override
    public boolean hasNext() {
        return documents.hasNext();
    }

    @Override
    public List<T> next() {
        if (!documents.hasNext()) {
            throw new NoSuchElementException();
        }
        List<T> batch = new ArrayList<>();
        long size = 0;
        while (documents.hasNext() && batch.size() < DOCUMENTS && size < BYTES) {
            T document = documents.next();
            batch.add(document);
            size += bytes.applyAsLong(document);
        }
        return batch;
    }
}
