package org.evident.exporters.brat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.evident.exporters.spans.DocumentSpans;
import org.evident.exporters.write.AtomicFiles;
import org.evident.exporters.write.DocumentWriter;
import org.evident.exporters.write.LossReport;
import org.evident.exporters.write.OutputPaths;

/**
 * Writes each document as brat standoff: the text as {@code .txt} (UTF-8, unchanged) and its
 * annotations as {@code .ann} ({@link BratEncoder}); on {@link #close()}, {@code annotation.conf} and
 * {@code visual.conf} at the top of the folder, declaring everything the run wrote. Offsets are code
 * points, which is how brat counts.
 */
public final class BratWriter implements DocumentWriter {
    /** The annotation configuration file name. */
    public static final String ANNOTATION_CONF = "annotation.conf";
    /** The visual configuration file name. */
    public static final String VISUAL_CONF = "visual.conf";

    private final Path folder;
    private final LossReport.Recorder losses;
    private final BratConfiguration configuration = new BratConfiguration();

    /**
     * @param folder the output folder (a brat collection)
     * @param losses where the losses of the format are recorded
     */
    public BratWriter(Path folder, LossReport.Recorder losses) {
        this.folder = folder;
        this.losses = losses;
    }

    @Override
    public String format() {
        return "brat";
    }

    @Override
    public void write(JCas jcas, DocumentSpans spans) throws IOException {
        List<BratAnnotation> annotations = BratEncoder.encode(spans, losses, configuration);
        StringBuilder ann = new StringBuilder();
        annotations.forEach(a -> ann.append(a.line()).append('\n'));
        AtomicFiles.write(OutputPaths.forDocument(folder, spans.id(), ".txt"),
                out -> out.write(spans.text().getBytes(StandardCharsets.UTF_8)));
        AtomicFiles.write(OutputPaths.forDocument(folder, spans.id(), ".ann"),
                out -> out.write(ann.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void close() throws IOException {
        AtomicFiles.write(folder.resolve(ANNOTATION_CONF),
                out -> out.write(configuration.annotationConf().getBytes(StandardCharsets.UTF_8)));
        AtomicFiles.write(folder.resolve(VISUAL_CONF),
                out -> out.write(configuration.visualConf().getBytes(StandardCharsets.UTF_8)));
    }
}
