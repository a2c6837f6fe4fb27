package org.evident.exporters.read.annotated;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.evident.exporters.spans.DocumentSpans;
import org.evident.exporters.spans.Span;

/** Test fixtures under {@code src/test/resources/annotated/}, and a compact description of spans. */
final class Fixtures {
    private Fixtures() {
    }

    static Path file(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/annotated/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code kind begin-end [text] category} of a span. */
    static String describe(DocumentSpans document, Span span) {
        return span.kind() + " " + span.begin() + "-" + span.end() + " [" + document.textOf(span) + "]"
                + (span.category() == null ? "" : " " + span.category());
    }
}
