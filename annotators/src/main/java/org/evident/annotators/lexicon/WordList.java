package org.evident.annotators.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A small built-in phrase list in the lexicon format with its own closed categories (negators,
 * intensifiers), matched with the same token trie as the layer lexicons. Loaded once per JVM.
 */
public final class WordList {
    private final Lexicon lexicon;

    private WordList(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Loads a built-in list.
     *
     * @param resource   the list relative to {@link LexiconLoader#BUILTIN_FOLDER}, e.g. {@code en/negators.tsv}
     * @param categories the categories its entries may use
     */
    public static WordList builtin(String resource, List<String> categories) {
        InputStream in = WordList.class.getClassLoader().getResourceAsStream(LexiconLoader.BUILTIN_FOLDER + resource);
        if (in == null) {
            throw new LexiconFormatException(resource + ": built-in word list not found on the classpath", null);
        }
        LexiconParser parser = new LexiconParser(categories, List.of(), Inflector.english());
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return new WordList(new Lexicon(parser.parse(reader, resource), Map.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }

    /** Every occurrence of the list's phrases, overlapping ones included. */
    public List<LexiconMatch> findAll(TokenSequence tokens) {
        return lexicon.findAll(tokens);
    }

    /** The longest non-overlapping occurrences. */
    public List<LexiconMatch> find(TokenSequence tokens) {
        return lexicon.find(tokens);
    }

    /** The longest occurrence that ends exactly at token {@code last}, or null. */
    public LexiconMatch endingAt(TokenSequence tokens, int last) {
        LexiconMatch best = null;
        for (LexiconMatch match : lexicon.findAll(tokens)) {
            if (match.last() == last && (best == null || match.length() > best.length())) {
                best = match;
            }
        }
        return best;
    }
}
