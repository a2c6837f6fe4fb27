package org.evident.cli.bench;

import java.io.IOException;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.evident.exporters.spans.CasSpans;
import org.evident.exporters.spans.DocumentSpans;
import org.evident.exporters.write.DocumentWriter;

/**
 * One output format, measured on CASes already annotated: the time of extracting the span view and
 * writing every document, to files in a scratch folder.
 */
public final class WriterStage {
    private final String name;
    private final DocumentWriter writer;

    public WriterStage(String name, DocumentWriter writer) {
        this.name = name;
        this.writer = writer;
    }

    public String name() {
        return name;
    }

    public Measurement measure(List<JCas> annotated, long bytes) throws IOException {
        Clock clock = new Clock();
        for (JCas jcas : annotated) {
            DocumentSpans spans = CasSpans.extract(jcas);
            writer.write(jcas, spans);
        }
        long wall = clock.wallNanos();
        long cpu = clock.cpuNanos();
        return new Measurement(wall, cpu, bytes, annotated.size(), Clock.heapAfterGc());
    }

    public void close() throws IOException {
        writer.close();
    }
}
