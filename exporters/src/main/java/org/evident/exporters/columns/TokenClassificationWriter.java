package org.evident.exporters.columns;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.uima.jcas.JCas;
import org.evident.exporters.spans.DocumentSpans;
import org.evident.exporters.spans.IobTags;
import org.evident.exporters.write.AtomicFiles;
import org.evident.exporters.write.DocumentWriter;
import org.evident.exporters.write.FlatJson;
import org.evident.exporters.write.LossReport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes the run as token-classification JSONL ({@code corpus.jsonl}), a sentence a line:
 * {@code {"id", "tokens", "<column>_tags"…}} with the IOB2 tags of the {@link TokenGrid}, and
 * {@code labels.json} listing each tag list's tag set — what a Hugging Face token-classification
 * trainer loads directly. Every line has the same keys: when one document needs a stacked column
 * (nested spans), the lines of the others get that key too, all {@code O}. Lines go to a temporary
 * file that replaces {@code corpus.jsonl} on {@link #close()}.
 */
public final class TokenClassificationWriter implements DocumentWriter {
    /** The corpus file name. */
    public static final String CORPUS_FILE = "corpus.jsonl";
    /** The label file name. */
    public static final String LABELS_FILE = "labels.json";

    private final Path folder;
    private final Path temporary;
    private final BufferedWriter out;
    private final LossReport.Recorder losses;
    private final Map<ColumnGroup, Integer> levels = new EnumMap<>(ColumnGroup.class);
    private final Map<ColumnGroup, Set<String>> labels = new EnumMap<>(ColumnGroup.class);
    private boolean uneven;
    private boolean written;

    /**
     * @param folder the output folder
     * @param losses where the losses of the format are recorded
     */
    public TokenClassificationWriter(Path folder, LossReport.Recorder losses) throws IOException {
        this.folder = folder;
        this.temporary = AtomicFiles.createTemporaryBeside(folder.resolve(CORPUS_FILE));
        this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8));
        this.losses = losses;
        for (ColumnGroup group : ColumnGroup.values()) {
            levels.put(group, 1);
            labels.put(group, new TreeSet<>());
        }
    }

    @Override
    public boolean ordered() {
        return true;
    }

    @Override
    public String format() {
        return "hf";
    }

    @Override
    public synchronized void write(JCas jcas, DocumentSpans spans) throws IOException {
        TokenGrid grid = TokenGrid.build(jcas, spans, losses);
        trackColumns(grid);
        for (int s = 0; s < grid.sentenceCount(); s++) {
            ObjectNode line = FlatJson.MAPPER.createObjectNode();
            line.put("id", TokenGrid.sentenceId(spans.id(), s));
            ArrayNode tokens = line.putArray("tokens");
            grid.tokens(s).forEach(token -> tokens.add(token.form()));
            for (TokenGrid.Column column : grid.columns()) {
                ArrayNode tags = line.putArray(column.tagsKey());
                grid.tags(column, s).forEach(tags::add);
            }
            out.write(FlatJson.MAPPER.writeValueAsString(line));
            out.write('\n');
            written = true;
        }
    }

    private void trackColumns(TokenGrid grid) {
        Map<ColumnGroup, Integer> documentLevels = new EnumMap<>(ColumnGroup.class);
        for (TokenGrid.Column column : grid.columns()) {
            documentLevels.merge(column.group(), column.level(), Math::max);
            for (int s = 0; s < grid.sentenceCount(); s++) {
                for (String tag : grid.tags(column, s)) {
                    if (!IobTags.OUTSIDE.equals(tag)) {
                        labels.get(column.group()).add(tag.substring(2));
                    }
                }
            }
        }
        if (grid.sentenceCount() == 0) {
            return;
        }
        for (ColumnGroup group : ColumnGroup.values()) {
            int documentLevel = documentLevels.getOrDefault(group, 1);
            int corpusLevel = levels.get(group);
            if (documentLevel < corpusLevel || documentLevel > corpusLevel && written) {
                uneven = true;
            }
            levels.put(group, Math.max(corpusLevel, documentLevel));
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
        Path corpus = folder.resolve(CORPUS_FILE);
        if (uneven) {
            AtomicFiles.write(corpus, this::writePadded);
            AtomicFiles.discard(temporary);
        } else {
            AtomicFiles.moveIntoPlace(temporary, corpus);
        }
        ObjectNode labelFile = labelFile();
        AtomicFiles.write(folder.resolve(LABELS_FILE),
                target -> FlatJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(target, labelFile));
    }

    private void writePadded(OutputStream target) throws IOException {
        BufferedWriter padded = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8));
        try (BufferedReader lines = Files.newBufferedReader(temporary, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                JsonNode original = FlatJson.MAPPER.readTree(line);
                ObjectNode complete = FlatJson.MAPPER.createObjectNode();
                complete.set("id", original.get("id"));
                complete.set("tokens", original.get("tokens"));
                int size = original.get("tokens").size();
                for (String key : tagKeys()) {
                    JsonNode tags = original.get(key);
                    complete.set(key, tags != null ? tags : outside(size));
                }
                padded.write(FlatJson.MAPPER.writeValueAsString(complete));
                padded.write('\n');
            }
        }
        padded.flush();
    }

    private static ArrayNode outside(int size) {
        ArrayNode tags = FlatJson.MAPPER.createArrayNode();
        for (int i = 0; i < size; i++) {
            tags.add(IobTags.OUTSIDE);
        }
        return tags;
    }

    private List<String> tagKeys() {
        List<String> keys = new ArrayList<>();
        for (ColumnGroup group : ColumnGroup.values()) {
            for (int level = 1; level <= levels.get(group); level++) {
                keys.add(group.tagsKey(level));
            }
        }
        return keys;
    }

    private ObjectNode labelFile() {
        ObjectNode root = FlatJson.MAPPER.createObjectNode();
        for (ColumnGroup group : ColumnGroup.values()) {
            Set<String> groupLabels = new LinkedHashSet<>(group.vocabulary());
            groupLabels.addAll(labels.get(group));
            for (int level = 1; level <= levels.get(group); level++) {
                ArrayNode tags = root.putArray(group.tagsKey(level));
                tags.add(IobTags.OUTSIDE);
                for (String label : groupLabels) {
                    tags.add("B-" + label);
                    tags.add("I-" + label);
                }
            }
        }
        return root;
    }
}
