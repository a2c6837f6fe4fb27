package org.evident.cli.bench;

/**
 * The cost of one pass over a corpus.
 *
 * @param wallNanos  elapsed time
 * @param cpuNanos   CPU time of the measuring thread (less sensitive to other load on the machine)
 * @param bytes      UTF-8 bytes of text processed
 * @param documents  documents processed
 * @param heapBytes  heap in use after a full GC at the end of the pass
 */
public record Measurement(long wallNanos, long cpuNanos, long bytes, int documents, long heapBytes) {

    /** Megabytes of text per wall-clock second. */
    public double megabytesPerSecond() {
        return bytes / 1e6 / Math.max(wallNanos / 1e9, 1e-9);
    }

    /** Megabytes of text per CPU second. */
    public double megabytesPerCpuSecond() {
        return bytes / 1e6 / Math.max(cpuNanos / 1e9, 1e-9);
    }

    /** Documents per wall-clock second. */
    public double documentsPerSecond() {
        return documents / Math.max(wallNanos / 1e9, 1e-9);
    }
}
