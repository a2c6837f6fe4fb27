package org.evident.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.UIMAException;
import org.evident.exporters.read.InputException;
import org.evident.exporters.read.InputItem;
import org.evident.exporters.spans.CasSpans;
import org.evident.exporters.spans.DocumentSpans;
import org.evident.exporters.spans.OffsetConverter;
import org.evident.exporters.write.DocumentWriter;

/**
 * Streams a corpus through one CAS: load a document, run the analysis engine (if any), hand the
 * CAS and its span view to every writer. A document that fails is reported on stderr with its
 * origin and reason and counted; the run goes on.
 */
final class CorpusRunner {
    private final AnalysisEngine engine;
    private final List<DocumentWriter> writers;
    private final PrintWriter err;

    /**
     * @param engine  the analysis engine, or null to write documents as read (export)
     * @param writers the writers
     * @param err     where document errors are reported
     */
    CorpusRunner(AnalysisEngine engine, List<DocumentWriter> writers, PrintWriter err) {
        this.engine = engine;
        this.writers = writers;
        this.err = err;
    }

    RunSummary run(Iterator<InputItem> items, long totalBytes, String task) throws UIMAException {
        RunSummary summary = new RunSummary();
        JCas jcas = JCasFactory.createJCas();
        try (Progress progress = Progress.start(task, totalBytes)) {
            while (items.hasNext()) {
                InputItem item = items.next();
                jcas.reset();
                try {
                    DocumentSpans spans = process(item, jcas);
                    summary.succeeded(spans, OffsetConverter.utf8Bytes(spans.text()));
                } catch (InputException e) {
                    summary.failed();
                    err.println("error: " + e.getMessage());
                } catch (AnalysisEngineProcessException | IOException | RuntimeException e) {
                    summary.failed();
                    err.println("error: " + item.origin() + ": " + describe(e));
                }
                progress.advance(item.sizeInBytes(), summary.documents(), summary.failures());
            }
        }
        return summary;
    }

    private DocumentSpans process(InputItem item, JCas jcas)
            throws InputException, AnalysisEngineProcessException, IOException {
        item.loadInto(jcas);
        if (engine != null) {
            engine.process(jcas);
        }
        DocumentSpans spans = CasSpans.extract(jcas);
        for (DocumentWriter writer : writers) {
            try {
                writer.write(jcas, spans);
            } catch (IOException e) {
                throw new IOException(writer.format() + " output failed: " + describe(e), e);
            }
        }
        return spans;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root && root.getMessage() == null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /**
     * Creates the engine of a pipeline description, turning configuration errors into one message:
     * that of the innermost cause (a lexicon's {@code file:line: reason}), not UIMA's wrapper.
     */
    static AnalysisEngine engine(org.apache.uima.analysis_engine.AnalysisEngineDescription description)
            throws ResourceInitializationException {
        try {
            return org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine(description);
        } catch (ResourceInitializationException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            if (root == e || root.getMessage() == null) {
                throw e;
            }
            throw new IllegalArgumentException(root.getMessage(), e);
        }
    }
}
