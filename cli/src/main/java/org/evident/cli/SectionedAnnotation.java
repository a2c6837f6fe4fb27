package org.evident.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.evident.exporters.read.DocumentTexts;
import org.evident.exporters.read.InputException;
import org.evident.exporters.spans.AttributionRelation;
import org.evident.exporters.spans.CasSpans;
import org.evident.exporters.spans.DocumentSpans;
import org.evident.exporters.spans.Span;
import org.evident.exporters.write.OutputPaths;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/**
 * Annotates a long document section by section, so that memory depends on the section size, not
 * on the document: the text is cut at paragraph breaks (else line breaks, else spaces) into
 * sections of at most {@link #SECTION_LENGTH} characters, each section runs through the engine in
 * the same CAS, and the sections' span views are joined into one view of the whole document, with
 * offsets shifted and ids renumbered. Writers that need a CAS receive each section as a document of
 * its own, a <em>part</em> ({@link OutputPaths#partId}) whose metadata names the whole document and
 * the part's offset in it ({@code partOf}, {@code part}, {@code partOffset}). Nothing that the
 * layers annotate crosses a paragraph break except a quotation continued over paragraphs, which a
 * section break may cut.
 */
final class SectionedAnnotation {
    /** Documents longer than this (in UTF-16 units, about 2 MB of English) are annotated in sections. */
    static final int SECTION_LENGTH = 2_000_000;

    /** Receives each annotated part while the CAS holds it. */
    @FunctionalInterface
    interface PartSink {
        void accept(JCas part, DocumentSpans spans) throws IOException;
    }


    private SectionedAnnotation() {
    }

    /**
     * Annotates the document already loaded in {@code jcas} in sections of at most
     * {@code sectionLength} characters, hands each part to {@code parts}, and returns the span view
     * of the whole document; the CAS is left holding the whole text without annotations.
     */
    static DocumentSpans annotate(JCas jcas, AnalysisEngine engine, int sectionLength, PartSink parts)
            throws AnalysisEngineProcessException, IOException, InputException {
        String text = jcas.getDocumentText();
        DocumentSpans loaded = CasSpans.extract(jcas);
        String uri = JCasUtil.exists(jcas, DocumentMetaData.class) ? DocumentMetaData.get(jcas).getDocumentUri() : null;
        String language = jcas.getDocumentLanguage();
        List<DocumentSpans> sections = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        int begin = 0;
        while (begin < text.length()) {
            int end = cut(text, begin, sectionLength);
            jcas.reset();
            int number = offsets.size() + 1;
            DocumentTexts.load(jcas, OutputPaths.partId(loaded.id(), number), uri, text.substring(begin, end),
                    partMetadata(loaded, number, begin), loaded.id());
            jcas.setDocumentLanguage(language);
            engine.process(jcas);
            DocumentSpans section = CasSpans.extract(jcas);
            parts.accept(jcas, section);
            sections.add(section);
            offsets.add(begin);
            begin = end;
        }
        jcas.reset();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage(language);
        return join(loaded, sections, offsets);
    }

    /** The whole document's metadata fields plus {@code partOf}, {@code part} and {@code partOffset}. */
    private static Map<String, String> partMetadata(DocumentSpans whole, int number, int offset) {
        Map<String, String> fields = new LinkedHashMap<>(whole.metadata());
        fields.put("partOf", '"' + new String(JsonStringEncoder.getInstance().quoteAsString(whole.id())) + '"');
        fields.put("part", Integer.toString(number));
        fields.put("partOffset", Integer.toString(offset));
        return fields;
    }

    /** The end of the section that starts at {@code begin}. */
    static int cut(String text, int begin, int sectionLength) {
        int limit = begin + sectionLength;
        if (limit >= text.length()) {
            return text.length();
        }
        int floor = begin + sectionLength / 2;
        int paragraph = text.lastIndexOf("\n\n", limit);
        if (paragraph >= floor) {
            return paragraph + 2;
        }
        int line = text.lastIndexOf('\n', limit);
        if (line >= floor) {
            return line + 1;
        }
        int space = text.lastIndexOf(' ', limit);
        if (space >= floor) {
            return space + 1;
        }
        // never between the two halves of a character outside the BMP (an emoji, a CJK extension)
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }

    /** One view of the whole text: spans numbered first, then relations, as {@link CasSpans} does. */
    private static DocumentSpans join(DocumentSpans whole, List<DocumentSpans> parts, List<Integer> offsets) {
        List<Map<Integer, Integer>> renumbering = new ArrayList<>();
        int next = 1;
        for (DocumentSpans part : parts) {
            Map<Integer, Integer> ids = new HashMap<>();
            for (Span span : part.spans()) {
                ids.put(span.id(), next++);
            }
            renumbering.add(ids);
        }
        for (int p = 0; p < parts.size(); p++) {
            for (AttributionRelation relation : parts.get(p).attributions()) {
                renumbering.get(p).put(relation.id(), next++);
            }
        }
        List<Span> spans = new ArrayList<>();
        List<AttributionRelation> relations = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            Map<Integer, Integer> ids = renumbering.get(p);
            int shift = offsets.get(p);
            for (Span s : parts.get(p).spans()) {
                spans.add(new Span(ids.get(s.id()), s.layer(), s.type(), s.begin() + shift, s.end() + shift, s.category(),
                        s.strength(), s.polarity(), s.rule(), s.confidence(), s.negated(), ids.get(s.holder()),
                        ids.get(s.scope()), ids.get(s.cue())));
            }
            for (AttributionRelation r : parts.get(p).attributions()) {
                relations.add(new AttributionRelation(ids.get(r.id()), r.kind(), ids.get(r.source()), ids.get(r.cue()),
                        ids.get(r.content()), ids.get(r.parent())));
            }
        }
        return new DocumentSpans(whole.id(), whole.text(), spans, relations, whole.metadata());
    }
}
