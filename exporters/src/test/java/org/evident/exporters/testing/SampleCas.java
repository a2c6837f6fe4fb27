package org.evident.exporters.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.evident.type.Attribution;
import org.evident.type.AttributionContent;
import org.evident.type.AttributionCue;
import org.evident.type.AttributionSource;
import org.evident.type.Marker;
import org.evident.type.SpeculationCue;
import org.evident.type.SpeculationScope;
import org.evident.type.StanceMarker;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Builds annotated CASes by hand for writer tests: a text, sentences and tokens (a token is a run of
 * letters, marks and digits, or any other single code point), and Evident annotations placed on
 * phrases of the text.
 */
public final class SampleCas {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|[^\\s]");

    private final JCas jcas;

    private SampleCas(String id, String text, String... sentences) throws Exception {
        jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        DocumentMetaData meta = DocumentMetaData.create(jcas);
        meta.setDocumentId(id);
        int from = 0;
        for (String sentence : sentences) {
            int begin = text.indexOf(sentence, from);
            if (begin < 0) {
                throw new IllegalArgumentException("no sentence '" + sentence + "'");
            }
            int end = begin + sentence.length();
            new Sentence(jcas, begin, end).addToIndexes();
            Matcher tokens = TOKEN.matcher(text).region(begin, end);
            while (tokens.find()) {
                Token token = new Token(jcas, tokens.start(), tokens.end());
                if (Character.isLetter(text.codePointAt(tokens.start()))) {
                    POS pos = new POS(jcas, tokens.start(), tokens.end());
                    pos.setPosValue("X");
                    pos.addToIndexes();
                    token.setPos(pos);
                }
                token.addToIndexes();
            }
            from = end;
        }
    }

    /** A document with the given sentences, each of which must occur in the text in order. */
    public static SampleCas of(String id, String text, String... sentences) throws Exception {
        return new SampleCas(id, text, sentences);
    }

    /** The CAS. */
    public JCas jcas() {
        return jcas;
    }

    /** The UTF-16 begin of the n-th (from 1) occurrence of a phrase. */
    public int at(String phrase, int occurrence) {
        int index = -1;
        for (int i = 0; i < occurrence; i++) {
            index = jcas.getDocumentText().indexOf(phrase, index + 1);
            if (index < 0) {
                throw new IllegalArgumentException("no occurrence " + occurrence + " of '" + phrase + "'");
            }
        }
        return index;
    }

    /** A speculation cue on the first occurrence of a phrase. */
    public SpeculationCue speculation(String phrase, String category, String strength) {
        SpeculationCue cue = marker(new SpeculationCue(jcas, at(phrase, 1), at(phrase, 1) + phrase.length()), category);
        cue.setStrength(strength);
        return cue;
    }

    /** A scope for a cue on the first occurrence of a phrase. */
    public SpeculationScope scope(SpeculationCue cue, String phrase) {
        SpeculationScope scope = new SpeculationScope(jcas, at(phrase, 1), at(phrase, 1) + phrase.length());
        scope.setCue(cue);
        scope.addToIndexes();
        cue.setScope(scope);
        return scope;
    }

    /** A stance marker on the first occurrence of a phrase. */
    public StanceMarker stance(String phrase, String category, String polarity) {
        StanceMarker marker = marker(new StanceMarker(jcas, at(phrase, 1), at(phrase, 1) + phrase.length()), category);
        marker.setPolarity(polarity);
        return marker;
    }

    /** A stance marker on explicit offsets (for spans that do not align with tokens). */
    public StanceMarker stance(int begin, int end, String category, String polarity) {
        StanceMarker marker = marker(new StanceMarker(jcas, begin, end), category);
        marker.setPolarity(polarity);
        return marker;
    }

    /** An attribution with source, cue and content on the first occurrences of the phrases (source may be null). */
    public Attribution attribution(String source, String cue, String cueCategory, String content, String kind) {
        Attribution attribution = new Attribution(jcas);
        int begin = Integer.MAX_VALUE;
        int end = 0;
        if (source != null) {
            AttributionSource span = new AttributionSource(jcas, at(source, 1), at(source, 1) + source.length());
            span.addToIndexes();
            attribution.setSource(span);
            begin = Math.min(begin, span.getBegin());
            end = Math.max(end, span.getEnd());
        }
        AttributionCue cueSpan = marker(new AttributionCue(jcas, at(cue, 1), at(cue, 1) + cue.length()), cueCategory);
        attribution.setCue(cueSpan);
        AttributionContent contentSpan = new AttributionContent(jcas, at(content, 1), at(content, 1) + content.length());
        contentSpan.addToIndexes();
        attribution.setContent(contentSpan);
        attribution.setKind(kind);
        attribution.setBegin(Math.min(begin, Math.min(cueSpan.getBegin(), contentSpan.getBegin())));
        attribution.setEnd(Math.max(end, Math.max(cueSpan.getEnd(), contentSpan.getEnd())));
        attribution.addToIndexes();
        return attribution;
    }

    private <T extends Marker> T marker(T marker, String category) {
        marker.setCategory(category);
        marker.setRule("en/test.tsv:" + marker.getBegin());
        marker.setConfidence(0.75f);
        marker.setNegated(false);
        marker.addToIndexes();
        return marker;
    }
}
