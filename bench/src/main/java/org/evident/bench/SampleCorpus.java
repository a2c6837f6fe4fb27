package org.evident.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.evident.annotators.EvidentPipeline;

/**
 * The benchmark text: the file named by the system property {@code evident.bench.text}, or the
 * sample document from {@code seeds/} when run from the project root.
 */
final class SampleCorpus {
    private SampleCorpus() {
    }

    static String text() throws IOException {
        String configured = System.getProperty("evident.bench.text");
        Path file = Path.of(configured != null ? configured : "seeds/zoom-new-mistress-of-the-ccp.txt");
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": benchmark text not found (run from the project root, or set "
                    + "-Devident.bench.text=FILE)");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A CAS holding the text, processed by the given pipeline. */
    static JCas processed(String text, AnalysisEngineDescription pipeline) throws UIMAException {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(pipeline);
        engine.process(jcas);
        engine.destroy();
        return jcas;
    }

    /** The default pipeline's segmentation only. */
    static AnalysisEngineDescription segmentation() throws UIMAException {
        return EvidentPipeline.builder().layers(java.util.Set.of()).build();
    }
}
