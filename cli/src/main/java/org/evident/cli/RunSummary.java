package org.evident.cli;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.evident.exporters.spans.DocumentSpans;
import org.evident.exporters.spans.OffsetConverter;
import org.evident.exporters.spans.Span;
import org.evident.exporters.write.LossReport;
import org.evident.model.Layer;

/** Counts of a corpus run — documents, failures, markers per layer, text volume — and its summary line. */
final class RunSummary {
    private int documents;
    private int failures;
    private long bytes;
    private final Map<Layer, Integer> markers = new EnumMap<>(Layer.class);
    private final long started = System.nanoTime();

    RunSummary() {
        for (Layer layer : Layer.values()) {
            markers.put(layer, 0);
        }
    }

    void succeeded(DocumentSpans spans) {
        documents++;
        bytes += OffsetConverter.utf8Bytes(spans.text());
        for (Span span : spans.spans()) {
            if (span.isMarker()) {
                markers.merge(Layer.fromId(span.layer()), 1, Integer::sum);
            }
        }
    }

    void failed() {
        failures++;
    }

    int failures() {
        return failures;
    }

    int documents() {
        return documents;
    }

    int markers(Layer layer) {
        return markers.get(layer);
    }

    /** One line: documents, errors, markers per layer, megabytes, throughput and what the formats lost. */
    String line(LossReport losses) {
        double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-9);
        double megabytes = bytes / 1e6;
        StringBuilder line = new StringBuilder();
        line.append(String.format(Locale.ROOT, "%d documents, %d failed; markers:", documents, failures));
        for (Layer layer : Layer.values()) {
            line.append(' ').append(layer.id()).append(' ').append(markers.get(layer));
        }
        line.append(String.format(Locale.ROOT, "; %.2f MB in %.1f s (%.2f MB/s)", megabytes, seconds, megabytes / seconds));
        line.append("; ").append(losses.summary());
        return line.toString();
    }
}
