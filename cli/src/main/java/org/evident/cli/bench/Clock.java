package org.evident.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;

/** Wall and CPU time of the current thread, and heap in use after a full collection. */
final class Clock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final long wallStart = System.nanoTime();
    private final long cpuStart = cpu();

    long wallNanos() {
        return System.nanoTime() - wallStart;
    }

    long cpuNanos() {
        return cpu() - cpuStart;
    }

    static long cpu() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** Heap in use after asking for a full GC (twice, so finalisable garbage goes too). */
    static long heapAfterGc() {
        System.gc();
        System.gc();
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
