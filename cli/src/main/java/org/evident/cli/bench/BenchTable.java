package org.evident.cli.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The table printed by {@code evident bench}: a row per stage with wall and CPU throughput,
 * documents per second, CPU time relative to segmentation (pipeline stages only), and heap after GC.
 */
public final class BenchTable {
    private record Row(String name, Measurement measurement, Double ratio) {
    }

    private final List<Row> rows = new ArrayList<>();

    /** A pipeline stage's row, with its CPU time relative to segmentation. */
    public void add(String name, Measurement measurement, double ratio) {
        rows.add(new Row(name, measurement, ratio));
    }

    /** A writer's row (no ratio). */
    public void add(String name, Measurement measurement) {
        rows.add(new Row(name, measurement, null));
    }

    public void print(PrintWriter out) {
        out.printf(Locale.ROOT, "%-40s %9s %9s %9s %9s %9s%n", "stage", "MB/s", "CPU MB/s", "docs/s", "x seg", "heap MB");
        for (Row row : rows) {
            Measurement m = row.measurement();
            String ratio = row.ratio() == null ? "" : String.format(Locale.ROOT, "%.2f", row.ratio());
            out.printf(Locale.ROOT, "%-40s %9.2f %9.2f %9.1f %9s %9d%n", row.name(), m.megabytesPerSecond(),
                    m.megabytesPerCpuSecond(), m.documentsPerSecond(), ratio, m.heapBytes() >> 20);
        }
    }
}
