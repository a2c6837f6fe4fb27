package org.evident.cli;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.evident.exporters.write.OutputPaths;

import com.carrotsearch.hppc.LongHashSet;

/**
 * The output names of one run's documents, claimed in input order, so that a document whose files
 * would replace those of an earlier document of the run is refused instead of overwriting them: the
 * same id given twice (two input folders holding {@code a.txt}, a JSONL id repeated), or ids that
 * {@link OutputPaths} maps to one file name ({@code a:b} and {@code a?b}, {@code c} and
 * {@code c.txt}). Which document keeps the name does not depend on the number of threads. Only a
 * 64-bit fingerprint of each name is kept (about 16 bytes a document), so memory stays small on
 * corpora of millions of documents.
 */
final class OutputNames {
    private final InOrder order = new InOrder();
    private final LongHashSet taken = new LongHashSet();
    /** Used only by the thread that holds the turn. */
    private final MessageDigest digest = sha256();

    /**
     * Waits until every earlier document has claimed its name, then claims this document's. Call
     * {@link #release} afterwards in every case, also when the document could not be read.
     *
     * @return null, or why the document is refused
     */
    String claim(long turn, String documentId) throws InterruptedException {
        order.await(turn);
        String name = OutputPaths.forDocument(Path.of(""), documentId, "").toString();
        if (taken.add(fingerprint(name))) {
            return null;
        }
        return "not written: an earlier document of this run has the same output name '" + name + "' (id '"
                + documentId + "'; ids must differ after characters unsafe in file names become '_' and "
                + ".txt, .json, .jsonl or .xmi is dropped)";
    }

    /** Ends this document's turn to claim, once the earlier documents have had theirs. */
    void release(long turn) throws InterruptedException {
        order.await(turn);
        order.done();
    }

    private long fingerprint(String name) {
        return ByteBuffer.wrap(digest.digest(name.getBytes(StandardCharsets.UTF_8))).getLong();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
