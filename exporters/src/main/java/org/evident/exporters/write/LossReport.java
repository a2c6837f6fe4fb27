package org.evident.exporters.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLongArray;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the output formats of one run could not hold, counted by writer and kind. Every writer
 * records into its own {@link Recorder}; the totals go into the run's summary line and the whole
 * report into {@code loss-report.json} in the output folder. Safe to record from several threads.
 */
public final class LossReport {
    /** The file name of the report in the output folder. */
    public static final String FILE_NAME = "loss-report.json";

    /** The kinds of loss a format can cause. */
    public enum Kind {
        /** A span overlapped another of its column and went to an extra stacked column. */
        OVERLAP_STACKED,
        /** A span did not align with token boundaries and was moved to the covering tokens. */
        SPAN_WIDENED,
        /** A span crossed a sentence boundary and was cut into one piece per sentence. */
        SPAN_SPLIT,
        /** A span covered no token (or no character the format can mark) and was left out. */
        SPAN_DROPPED,
        /** A feature value (rule, confidence, strength, negated, kind, …) the format cannot hold. */
        FEATURE_DROPPED,
        /** A link between annotations (scope, holder, attribution role, parent) the format cannot hold. */
        LINK_DROPPED;

        /** The name used in the report, e.g. {@code overlap_stacked}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Records the losses of one writer. */
    public final class Recorder {
        private final AtomicLongArray counts = new AtomicLongArray(Kind.values().length);

        private Recorder() {
        }

        /** Adds {@code count} losses of a kind. */
        public void record(Kind kind, long count) {
            if (count > 0) {
                counts.addAndGet(kind.ordinal(), count);
            }
        }

        /** Adds one loss of a kind. */
        public void record(Kind kind) {
            record(kind, 1);
        }

        long count(Kind kind) {
            return counts.get(kind.ordinal());
        }
    }

    private final Map<String, Recorder> writers = new TreeMap<>();

    /** The recorder of a writer (by format name), created on first use so it appears in the report. */
    public synchronized Recorder recorder(String writer) {
        return writers.computeIfAbsent(writer, w -> new Recorder());
    }

    /** The count of one kind summed over all writers. */
    public synchronized long total(Kind kind) {
        return writers.values().stream().mapToLong(r -> r.count(kind)).sum();
    }

    /** The count of one kind for one writer (0 for a writer that recorded nothing). */
    public synchronized long count(String writer, Kind kind) {
        Recorder recorder = writers.get(writer);
        return recorder == null ? 0 : recorder.count(kind);
    }

    /** The report as JSON: {@code {"total": {kind: n}, "writers": {format: {kind: n}}}}. */
    public synchronized ObjectNode toJson() {
        ObjectNode root = FlatJson.MAPPER.createObjectNode();
        ObjectNode total = root.putObject("total");
        Map<Kind, Long> sums = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            sums.put(kind, total(kind));
            total.put(kind.id(), sums.get(kind));
        }
        ObjectNode byWriter = root.putObject("writers");
        writers.forEach((name, recorder) -> {
            ObjectNode node = byWriter.putObject(name);
            for (Kind kind : Kind.values()) {
                node.put(kind.id(), recorder.count(kind));
            }
        });
        return root;
    }

    /** Writes {@value #FILE_NAME} into a folder, atomically. */
    public void writeTo(Path folder) throws IOException {
        ObjectNode json = toJson();
        AtomicFiles.write(folder.resolve(FILE_NAME),
                out -> FlatJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, json));
    }

    /** The totals for the summary line: {@code losses: none} or {@code losses: span_widened 2, …}. */
    public String summary() {
        StringJoiner parts = new StringJoiner(", ", "losses: ", "");
        parts.setEmptyValue("losses: none");
        for (Kind kind : Kind.values()) {
            long count = total(kind);
            if (count > 0) {
                parts.add(kind.id() + " " + count);
            }
        }
        return parts.toString();
    }
}
