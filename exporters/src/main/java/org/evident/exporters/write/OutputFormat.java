package org.evident.exporters.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.evident.exporters.brat.BratWriter;
import org.evident.exporters.columns.ConllWriter;
import org.evident.exporters.columns.TokenClassificationWriter;
import org.evident.exporters.spans.OffsetMode;

/**
 * The output formats of {@code evident annotate} and {@code evident export}, each written to its
 * own sub-folder of the output folder (JSONL to {@code corpus.jsonl} at its top). docs/formats.md
 * describes each one, its offsets and what it loses.
 */
public enum OutputFormat {
    /** UIMA XMI with TypeSystem.xml, for INCEpTION and dkpro-cassis. */
    XMI("xmi"),
    /** UIMA JSON CAS, for INCEpTION and dkpro-cassis. */
    JSONCAS("jsoncas"),
    /** Evident's flat JSON, a file per document. */
    JSON("json"),
    /** Evident's flat JSON, one corpus.jsonl for the run. */
    JSONL(""),
    /** Multi-column CoNLL with IOB2 tags, a file per document. */
    CONLL("conll"),
    /** Token-classification JSONL (a sentence a line) with labels.json, for Hugging Face trainers. */
    HF("hf"),
    /** brat standoff (.txt and .ann per document) with annotation.conf and visual.conf. */
    BRAT("brat");

    private final String folder;

    OutputFormat(String folder) {
        this.folder = folder;
    }

    /** The name used with {@code -f}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format with the given {@link #id()}. */
    public static OutputFormat fromId(String id) {
        for (OutputFormat format : values()) {
            if (format.id().equalsIgnoreCase(id.trim())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + id + "' (expected " + ids() + ")");
    }

    /** Every format id, comma-separated, for messages. */
    public static String ids() {
        StringBuilder ids = new StringBuilder();
        for (OutputFormat format : values()) {
            ids.append(ids.length() == 0 ? "" : ", ").append(format.id());
        }
        return ids.toString();
    }

    /**
     * Options shared by the writers.
     *
     * @param offsets         how flat JSON and CoNLL count offsets
     * @param embedTypeSystem JSON CAS files embed the types they use
     * @param prettyJsonCas   JSON CAS files are indented rather than compact
     */
    public record Options(OffsetMode offsets, boolean embedTypeSystem, boolean prettyJsonCas) {
        /** Code-point offsets; JSON CAS files compact, each embedding its types. */
        public static Options defaults() {
            return new Options(OffsetMode.CODEPOINT, true, false);
        }
    }

    /**
     * Opens a writer of this format under the output folder; lossy formats record into
     * {@code losses}. The format's folder is created here, so that one that cannot be written stops
     * the run before any document, instead of failing every document.
     */
    public DocumentWriter open(Path output, Options options, LossReport losses) throws IOException {
        Path target = folder.isEmpty() ? output : output.resolve(folder);
        try {
            Files.createDirectories(target);
        } catch (IOException e) {
            throw new IOException(id() + " output folder: " + IoErrors.describe(e), e);
        }
        if (!Files.isWritable(target)) {
            throw new IOException(target + ": the " + id() + " output folder is not writable");
        }
        return switch (this) {
            case XMI -> new XmiWriter(target);
            case JSONCAS -> new JsonCasWriter(target, options.embedTypeSystem(), options.prettyJsonCas());
            case JSON -> new FlatJsonWriter(target, options.offsets());
            case JSONL -> new JsonlWriter(target, options.offsets());
            case CONLL -> new ConllWriter(target, options.offsets(), losses.recorder(id()));
            case HF -> new TokenClassificationWriter(target, losses.recorder(id()));
            case BRAT -> new BratWriter(target, losses.recorder(id()));
        };
    }
}
