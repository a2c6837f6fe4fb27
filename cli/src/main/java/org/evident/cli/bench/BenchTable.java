package org.evident.cli.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The table printed by {@code evident bench}: a row per stage with wall and CPU throughput,
 * documents per second, CPU time relative to the reference stage (segmentation), and heap after GC.
 */
public final class BenchTable {
    private record Row(String name, Measurement measurement) {
    }

    private final String reference;
    private final List<Row> rows = new ArrayList<>();

    /** @param reference the name of the row the others' CPU time is compared with */
    public BenchTable(String reference) {
        this.reference = reference;
    }

    public void add(String name, Measurement measurement) {
        rows.add(new Row(name, measurement));
    }

    public void print(PrintWriter out) {
        Measurement base = rows.stream().filter(r -> r.name().equals(reference)).map(Row::measurement)
                .findFirst().orElse(null);
        out.printf(Locale.ROOT, "%-32s %9s %9s %9s %9s %9s%n", "stage", "MB/s", "CPU MB/s", "docs/s", "x seg", "heap MB");
        for (Row row : rows) {
            Measurement m = row.measurement();
            String ratio = base == null || row.name().startsWith("writer") ? "" :
                    String.format(Locale.ROOT, "%.2f", (double) m.cpuNanos() / base.cpuNanos());
            out.printf(Locale.ROOT, "%-32s %9.2f %9.2f %9.1f %9s %9d%n", row.name(), m.megabytesPerSecond(),
                    m.megabytesPerCpuSecond(), m.documentsPerSecond(), ratio, m.heapBytes() >> 20);
        }
    }
}
