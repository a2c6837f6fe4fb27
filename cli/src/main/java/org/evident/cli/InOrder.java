package org.evident.cli;

/**
 * Lets numbered tasks pass one at a time, in number order; awaiting the turn one already holds
 * returns at once.
 */
final class InOrder {
    private long next;

    /** Blocks until every task numbered below {@code turn} is done. */
    synchronized void await(long turn) throws InterruptedException {
        while (next != turn) {
            wait();
        }
    }

    /** Ends the current turn. */
    synchronized void done() {
        next++;
        notifyAll();
    }
}
