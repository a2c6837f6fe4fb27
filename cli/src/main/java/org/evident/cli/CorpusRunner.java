package org.evident.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;

import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.evident.exporters.read.InputException;
import org.evident.exporters.read.InputItem;
import org.evident.exporters.spans.CasSpans;
import org.evident.exporters.spans.DocumentSpans;
import org.evident.exporters.write.DocumentWriter;
import org.evident.exporters.write.IoErrors;

/**
 * Streams a corpus through the analysis engine and the writers on several threads. Each thread
 * has its own engine instance and CAS (models and lexicons are shared by all); documents are
 * numbered as they are read, and everything that depends on order — corpus-level files such as
 * {@code corpus.jsonl}, error messages, the summary and the progress bar — happens in input order,
 * so the output of a run does not depend on the number of threads. At most two documents per
 * thread are in flight, so memory does not grow with the corpus; a document longer than the section
 * length is annotated in sections ({@link SectionedAnnotation}): writers that need a CAS write each
 * section as a part of its own, writers of the span view write the whole document. A document that
 * fails is reported on stderr with its origin and reason and counted; the run goes on.
 */
final class CorpusRunner implements AutoCloseable {
    /** One thread's engine and CAS. */
    private record Worker(AnalysisEngine engine, JCas jcas) {
    }

    /** What became of one document; a sectioned document's CAS writers have written its parts. */
    private record Outcome(DocumentSpans spans, String error, boolean sectioned) {
        static Outcome failed(String error) {
            return new Outcome(null, error, false);
        }
    }

    /** Waits until this document may write to the corpus-level files. */
    @FunctionalInterface
    private interface Turn {
        void await() throws InterruptedException;
    }

    private final BlockingQueue<Worker> workers;
    private final List<DocumentWriter> perDocument = new ArrayList<>();
    private final List<DocumentWriter> inOrder = new ArrayList<>();
    private final PrintWriter err;
    private final int threads;
    private final int sectionLength;

    /**
     * Creates one engine and CAS per thread, so that configuration errors (a bad lexicon) surface
     * before any output is written.
     *
     * @param pipeline the analysis engine description, or null to write documents as read (export)
     * @param err      where document errors are reported
     * @param threads  how many documents are processed at once
     */
    CorpusRunner(AnalysisEngineDescription pipeline, PrintWriter err, int threads) throws UIMAException {
        this(pipeline, err, threads, SectionedAnnotation.SECTION_LENGTH);
    }

    /**
     * As {@link #CorpusRunner(AnalysisEngineDescription, PrintWriter, int)}, annotating documents
     * longer than {@code sectionLength} characters in sections.
     */
    CorpusRunner(AnalysisEngineDescription pipeline, PrintWriter err, int threads, int sectionLength)
            throws UIMAException {
        this.err = err;
        this.threads = Math.max(1, threads);
        this.sectionLength = sectionLength;
        this.workers = new ArrayBlockingQueue<>(this.threads);
        try {
            for (int i = 0; i < this.threads; i++) {
                workers.add(new Worker(pipeline == null ? null : AnalysisEngineFactory.createEngine(pipeline),
                        JCasFactory.createJCas()));
            }
        } catch (ResourceInitializationException e) {
            close();
            throw innermost(e);
        } catch (UIMAException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * A configuration error with the message of its innermost cause (a lexicon's {@code file:line:
     * reason}) instead of UIMA's "Initialization of annotator class … failed".
     */
    private static RuntimeException innermost(ResourceInitializationException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new IllegalArgumentException(root.getMessage() == null ? e.getMessage() : root.getMessage(), e);
    }

    /**
     * Runs every item through the engines into the writers.
     *
     * @param items      the documents, in input order
     * @param writers    the writers
     * @param totalBytes the input size, for the progress bar
     * @param task       the name shown on the progress bar
     */
    RunSummary run(Iterator<InputItem> items, List<DocumentWriter> writers, long totalBytes, String task)
            throws InterruptedException {
        perDocument.clear();
        inOrder.clear();
        for (DocumentWriter writer : writers) {
            (writer.ordered() ? inOrder : perDocument).add(writer);
        }
        RunSummary summary = new RunSummary();
        InOrder turns = new InOrder();
        OutputNames names = new OutputNames();
        Semaphore inFlight = new Semaphore(2 * threads);
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        List<Future<?>> pending = new ArrayList<>();
        try (Progress progress = Progress.start(task, totalBytes)) {
            long sequence = 0;
            while (items.hasNext()) {
                InputItem item = items.next();
                long turn = sequence++;
                inFlight.acquire();
                pending.add(executor.submit(() -> {
                    try {
                        handle(item, turn, turns, names, summary, progress);
                    } finally {
                        inFlight.release();
                    }
                    return null;
                }));
                pending.removeIf(Future::isDone);
            }
            for (Future<?> future : pending) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("document processing failed unexpectedly: " + describe(e.getCause()),
                    e.getCause());
        } finally {
            executor.shutdownNow();
        }
        return summary;
    }

    /** Destroys the engines. */
    @Override
    public void close() {
        for (Worker worker : workers) {
            if (worker.engine() != null) {
                worker.engine().destroy();
            }
        }
    }

    private void handle(InputItem item, long turn, InOrder turns, OutputNames names,
            RunSummary summary, Progress progress) throws InterruptedException {
        Worker worker = workers.take();
        try {
            worker.jcas().reset();
            Outcome outcome = process(item, worker, turn, names, () -> turns.await(turn));
            turns.await(turn);
            try {
                if (outcome.error() == null) {
                    outcome = writeInOrder(item, worker.jcas(), outcome.spans(), !outcome.sectioned());
                }
                if (outcome.error() == null) {
                    summary.succeeded(outcome.spans());
                } else {
                    summary.failed();
                    err.println("error: " + outcome.error());
                }
                progress.advance(item.sizeInBytes(), summary.documents(), summary.failures());
            } finally {
                turns.done();
            }
        } finally {
            workers.put(worker);
        }
    }

    /**
     * Loads the document, claims its output name, annotates it and writes the per-document files;
     * never throws for a bad document.
     */
    private Outcome process(InputItem item, Worker worker, long number, OutputNames names, Turn turn)
            throws InterruptedException {
        int length = -1;
        try {
            String refusal;
            try {
                item.loadInto(worker.jcas());
                refusal = names.claim(number, CasSpans.documentId(worker.jcas()));
            } finally {
                names.release(number);
            }
            if (refusal != null) {
                return Outcome.failed(item.origin() + ": " + refusal);
            }
            length = worker.jcas().getDocumentText().length();
            if (worker.engine() != null && length > sectionLength && holdsTextOnly(worker.jcas())) {
                return processInSections(worker, turn);
            }
            if (worker.engine() != null) {
                worker.engine().process(worker.jcas());
            }
            DocumentSpans spans = CasSpans.extract(worker.jcas());
            write(perDocument, worker.jcas(), spans);
            return new Outcome(spans, null, false);
        } catch (InputException e) {
            return Outcome.failed(e.getMessage());
        } catch (AnalysisEngineProcessException | IOException | RuntimeException e) {
            return Outcome.failed(item.origin() + ": " + describe(e));
        } catch (OutOfMemoryError e) {
            worker.jcas().reset();
            return outOfMemory(item, length);
        }
    }

    /**
     * Nothing but the text and its metadata: a document read from XMI or JSON CAS with annotations
     * of its own is kept whole, since sections would start from the bare text.
     */
    private static boolean holdsTextOnly(JCas jcas) {
        return jcas.getAnnotationIndex().size() <= 1;
    }

    /** A document that exhausted the heap, of {@code length} characters (-1 when not loaded). */
    private static Outcome outOfMemory(InputItem item, int length) {
        return Outcome.failed(item.origin() + ": out of memory"
                + (length < 0 ? "" : String.format(Locale.ROOT, " on a document of %.1f MB", length / 1e6))
                + " (give the JVM more heap: EVIDENT_HEAP=4g ./evident …)");
    }

    /**
     * A long document: CAS writers write each section as a part (corpus-level ones in turn, so the
     * document's turn is awaited first), span-view writers the whole document.
     */
    private Outcome processInSections(Worker worker, Turn turn)
            throws AnalysisEngineProcessException, IOException, InputException, InterruptedException {
        List<DocumentWriter> partWriters = perDocument.stream().filter(DocumentWriter::needsCas)
                .collect(Collectors.toCollection(ArrayList::new));
        List<DocumentWriter> orderedPartWriters = inOrder.stream().filter(DocumentWriter::needsCas).toList();
        if (!orderedPartWriters.isEmpty()) {
            turn.await();
            partWriters.addAll(orderedPartWriters);
        }
        DocumentSpans spans = SectionedAnnotation.annotate(worker.jcas(), worker.engine(), sectionLength,
                (part, partSpans) -> write(partWriters, part, partSpans));
        write(perDocument.stream().filter(writer -> !writer.needsCas()).toList(), worker.jcas(), spans);
        return new Outcome(spans, null, true);
    }

    /**
     * Writes the corpus-level files; {@code withCasWriters} false leaves out those that need a CAS
     * (a sectioned document's parts are already written).
     */
    private Outcome writeInOrder(InputItem item, JCas jcas, DocumentSpans spans, boolean withCasWriters) {
        try {
            write(withCasWriters ? inOrder : inOrder.stream().filter(writer -> !writer.needsCas()).toList(), jcas, spans);
            return new Outcome(spans, null, false);
        } catch (IOException | RuntimeException e) {
            return Outcome.failed(item.origin() + ": " + describe(e));
        } catch (OutOfMemoryError e) {
            jcas.reset();
            return outOfMemory(item, spans.text().length());
        }
    }

    private static void write(List<DocumentWriter> writers, JCas jcas, DocumentSpans spans) throws IOException {
        for (DocumentWriter writer : writers) {
            try {
                writer.write(jcas, spans);
            } catch (IOException e) {
                throw new IOException(writer.format() + " output failed: " + describe(e), e);
            }
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root && root.getMessage() == null) {
            root = root.getCause();
        }
        if (root instanceof IOException io) {
            return IoErrors.describe(io);
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
