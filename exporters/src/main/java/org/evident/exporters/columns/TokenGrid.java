package org.evident.exporters.columns;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.uima.jcas.JCas;
import org.evident.exporters.columns.StackedLevels.Placement;
import org.evident.exporters.spans.DocumentSpans;
import org.evident.exporters.spans.IobTags;
import org.evident.exporters.spans.IobTags.TokenSpan;
import org.evident.exporters.spans.Span;
import org.evident.exporters.write.LossReport;
import org.evident.exporters.write.LossReport.Kind;

/**
 * The token/column model shared by the column formats: the document's sentences and tokens as rows
 * and one IOB2 tag column per {@link ColumnGroup}, plus stacked columns where spans of a group
 * overlap. Building the grid maps each span to the tokens covering it and records in the loss
 * report what the grid cannot hold: spans widened to token boundaries, cut at sentence boundaries,
 * stacked, or covering no token, and every feature and link ({@link ColumnLosses}).
 */
public final class TokenGrid {
    /**
     * One tag column: a group at a stacking level (1 is the group's first column).
     *
     * @param group the column group
     * @param level the stacking level, from 1
     */
    public record Column(ColumnGroup group, int level) {
        /** The header in CoNLL files, e.g. {@code ATTRIBUTION_2}. */
        public String header() {
            return group.header(level);
        }

        /** The key in token-classification JSONL, e.g. {@code attribution_2_tags}. */
        public String tagsKey() {
            return group.tagsKey(level);
        }
    }

    private final String text;
    private final Segmentation segmentation;
    private final Map<Column, String[]> tags;

    private TokenGrid(String text, Segmentation segmentation, Map<Column, String[]> tags) {
        this.text = text;
        this.segmentation = segmentation;
        this.tags = tags;
    }

    /**
     * Builds the grid of a document from the CAS's DKPro sentences and tokens and its span view.
     *
     * @throws IOException when the text has words but the CAS has no tokens
     */
    public static TokenGrid build(JCas jcas, DocumentSpans document, LossReport.Recorder losses) throws IOException {
        Segmentation segmentation = Segmentation.of(jcas);
        if (segmentation.tokens().isEmpty() && !document.text().isBlank()) {
            throw new IOException("the document has no tokens (DKPro Token annotations); "
                    + "column formats need a segmented CAS");
        }
        TokenAlignment alignment = new TokenAlignment(segmentation.tokens());
        Map<ColumnGroup, List<Placement>> placements = new EnumMap<>(ColumnGroup.class);
        for (ColumnGroup group : ColumnGroup.values()) {
            placements.put(group, new ArrayList<>());
        }
        for (Span span : document.spans()) {
            Optional<ColumnGroup> group = ColumnGroup.of(span);
            int[] range = group.isPresent() ? alignment.cover(span.begin(), span.end()) : null;
            if (range == null) {
                losses.record(Kind.SPAN_DROPPED);
                continue;
            }
            if (!alignment.isExact(span.begin(), span.end(), range)) {
                losses.record(Kind.SPAN_WIDENED);
            }
            if (segmentation.sentenceOf(range[0]) != segmentation.sentenceOf(range[1])) {
                losses.record(Kind.SPAN_SPLIT);
            }
            if (!SpanLabels.keepsValues(span)) {
                losses.record(Kind.FEATURE_DROPPED);
            }
            placements.get(group.get()).add(new Placement(SpanLabels.label(group.get(), span), range[0], range[1]));
        }
        ColumnLosses.record(document, losses);
        Map<Column, String[]> tags = new LinkedHashMap<>();
        for (ColumnGroup group : ColumnGroup.values()) {
            List<Placement> groupPlacements = placements.get(group);
            int levels = StackedLevels.assign(groupPlacements);
            for (int level = 1; level <= levels; level++) {
                tags.put(new Column(group, level), encode(segmentation, groupPlacements, level));
            }
            losses.record(Kind.OVERLAP_STACKED, groupPlacements.stream().filter(p -> p.level > 1).count());
        }
        return new TokenGrid(document.text(), segmentation, tags);
    }

    private static String[] encode(Segmentation segmentation, List<Placement> placements, int level) {
        List<List<TokenSpan>> bySentence = new ArrayList<>();
        for (int s = 0; s < segmentation.sentenceCount(); s++) {
            bySentence.add(new ArrayList<>());
        }
        for (Placement placement : placements) {
            if (placement.level != level) {
                continue;
            }
            for (int s = segmentation.sentenceOf(placement.first); s <= segmentation.sentenceOf(placement.last); s++) {
                int start = segmentation.start(s);
                int first = Math.max(placement.first, start) - start;
                int last = Math.min(placement.last, segmentation.end(s) - 1) - start;
                bySentence.get(s).add(new TokenSpan(placement.label, first, last));
            }
        }
        String[] column = new String[segmentation.tokens().size()];
        for (int s = 0; s < segmentation.sentenceCount(); s++) {
            int start = segmentation.start(s);
            List<String> sentenceTags = IobTags.encode(bySentence.get(s), segmentation.end(s) - start);
            for (int i = 0; i < sentenceTags.size(); i++) {
                column[start + i] = sentenceTags.get(i);
            }
        }
        return column;
    }

    /** The tag columns in output order: groups in {@link ColumnGroup} order, levels ascending. */
    public List<Column> columns() {
        return List.copyOf(tags.keySet());
    }

    /** The number of sentences that hold at least one token. */
    public int sentenceCount() {
        return segmentation.sentenceCount();
    }

    /** The tokens of a sentence. */
    public List<GridToken> tokens(int sentence) {
        return segmentation.tokens().subList(segmentation.start(sentence), segmentation.end(sentence));
    }

    /** The tags of one column for the tokens of a sentence. */
    public List<String> tags(Column column, int sentence) {
        String[] all = tags.get(column);
        return Arrays.asList(all).subList(segmentation.start(sentence), segmentation.end(sentence));
    }

    /** The id of a sentence in CoNLL and JSONL: the document id, {@code #} and the sentence number from 1. */
    public static String sentenceId(String documentId, int sentence) {
        return documentId + "#" + (sentence + 1);
    }

    /** The text of a sentence from its first token to its last (UTF-16 substring of the document). */
    public String sentenceText(int sentence) {
        List<GridToken> tokens = tokens(sentence);
        return text.substring(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end());
    }
}
