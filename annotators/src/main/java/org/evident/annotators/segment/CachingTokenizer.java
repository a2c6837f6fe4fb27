package org.evident.annotators.segment;

import java.util.ArrayList;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's maximum-entropy tokenizer with a memory of the whitespace-separated chunks it has
 * split. {@link TokenizerME} decides the splits inside a chunk ("Zoom's", "said.", "“censor")
 * from the chunk's characters alone, so the same chunk always splits the same way; news repeats
 * such chunks constantly, and each is decoded once per JVM. A chunk of ASCII letters and digits,
 * or of one character, is one token without a look-up, as in {@link TokenizerME} with its
 * alphanumeric optimisation. Same tokens as {@link TokenizerME}; the memory, shared by all
 * threads, is bounded (see {@link OpenNlpModels#tokenizerChunks()}). Not thread-safe: one
 * instance per thread.
 */
final class CachingTokenizer {
    private static final Span[] ONE_TOKEN = {null};

    private final TokenizerME tokenizer;
    private final Cache<String, Span[]> chunks;

    CachingTokenizer(TokenizerME tokenizer, Cache<String, Span[]> chunks) {
        this.tokenizer = tokenizer;
        this.chunks = chunks;
    }

    /** The token spans of a text, as {@link TokenizerME#tokenizePos} gives them. */
    Span[] tokenizePos(String text) {
        List<Span> tokens = new ArrayList<>();
        for (Span chunk : WhitespaceTokenizer.INSTANCE.tokenizePos(text)) {
            Span[] parts = splits(text, chunk.getStart(), chunk.getEnd());
            if (parts == ONE_TOKEN) {
                tokens.add(chunk);
                continue;
            }
            for (Span part : parts) {
                tokens.add(new Span(chunk.getStart() + part.getStart(), chunk.getStart() + part.getEnd()));
            }
        }
        return tokens.toArray(new Span[0]);
    }

    private Span[] splits(String text, int begin, int end) {
        if (end - begin == 1 || isAsciiAlphanumeric(text, begin, end)) {
            return ONE_TOKEN;
        }
        return chunks.get(text.substring(begin, end), tokenizer::tokenizePos);
    }

    private static boolean isAsciiAlphanumeric(String text, int begin, int end) {
        for (int i = begin; i < end; i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
