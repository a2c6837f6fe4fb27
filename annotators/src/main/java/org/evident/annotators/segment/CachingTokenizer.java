package org.evident.annotators.segment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's maximum-entropy tokenizer with a memory of the whitespace-separated chunks it has
 * split. {@link TokenizerME} decides the splits inside a chunk ("Zoom's", "said.", "“censor")
 * from the chunk's characters alone, so the same chunk always splits the same way; news repeats
 * such chunks constantly, and each is decoded once. Same tokens as {@link TokenizerME}; memory is
 * bounded by a least-recently-used limit. Not thread-safe: one instance per thread.
 */
final class CachingTokenizer {
    private static final int CACHE_SIZE = 20_000;

    private final TokenizerME tokenizer;
    private final Map<String, Span[]> chunks = new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Span[]> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    CachingTokenizer(TokenizerME tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** The token spans of a text, as {@link TokenizerME#tokenizePos} gives them. */
    Span[] tokenizePos(String text) {
        List<Span> tokens = new ArrayList<>();
        for (Span chunk : WhitespaceTokenizer.INSTANCE.tokenizePos(text)) {
            String chunkText = text.substring(chunk.getStart(), chunk.getEnd());
            Span[] parts = chunks.computeIfAbsent(chunkText, tokenizer::tokenizePos);
            for (Span part : parts) {
                tokens.add(new Span(chunk.getStart() + part.getStart(), chunk.getStart() + part.getEnd()));
            }
        }
        return tokens.toArray(new Span[0]);
    }
}
