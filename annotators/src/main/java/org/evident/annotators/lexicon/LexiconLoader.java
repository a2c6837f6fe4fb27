package org.evident.annotators.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads a layer's lexicon from its built-in resource and the user's files (which replace or extend
 * it), once per JVM for each distinct configuration, so threads and pipelines share one instance.
 */
public final class LexiconLoader {
    /** Classpath folder of the built-in lexicons. */
    public static final String BUILTIN_FOLDER = "org/evident/lexicon/";

    private static final Map<String, Lexicon> CACHE = new ConcurrentHashMap<>();

    private LexiconLoader() {
    }

    /**
     * @param builtin        the built-in lexicon relative to {@link #BUILTIN_FOLDER} ({@code en/speculation.tsv})
     * @param userFiles      the user's lexicon files, in order
     * @param replaceBuiltin true to use only the user's files
     * @param categories     the layer's categories
     * @param rules          the layer annotator's context rules by name
     */
    public static Lexicon load(String builtin, List<String> userFiles, boolean replaceBuiltin,
            Collection<String> categories, Map<String, ContextRule> rules) {
        StringBuilder key = new StringBuilder(builtin).append('|').append(replaceBuiltin);
        for (String file : userFiles) {
            Path path = Path.of(file);
            key.append('|').append(path.toAbsolutePath()).append('@').append(lastModified(path));
        }
        return CACHE.computeIfAbsent(key.toString(),
                k -> read(builtin, userFiles, replaceBuiltin, categories, rules));
    }

    private static Lexicon read(String builtin, List<String> userFiles, boolean replaceBuiltin,
            Collection<String> categories, Map<String, ContextRule> rules) {
        if (replaceBuiltin && userFiles.isEmpty()) {
            throw new IllegalArgumentException("replacing the built-in lexicon " + builtin + " needs at least one user file");
        }
        LexiconParser parser = new LexiconParser(categories, rules.keySet(), Inflector.english());
        List<LexiconParser.ParsedEntry> entries = new ArrayList<>();
        if (!replaceBuiltin) {
            entries.addAll(readBuiltin(parser, builtin));
        }
        for (String file : userFiles) {
            entries.addAll(readFile(parser, Path.of(file)));
        }
        return new Lexicon(entries, rules);
    }

    private static List<LexiconParser.ParsedEntry> readBuiltin(LexiconParser parser, String builtin) {
        InputStream in = LexiconLoader.class.getClassLoader().getResourceAsStream(BUILTIN_FOLDER + builtin);
        if (in == null) {
            throw new LexiconFormatException(builtin + ": built-in lexicon not found on the classpath", null);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parser.parse(reader, builtin);
        } catch (IOException e) {
            throw new LexiconFormatException(builtin + ": " + e.getMessage(), e);
        }
    }

    private static List<LexiconParser.ParsedEntry> readFile(LexiconParser parser, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new LexiconFormatException(file + ": lexicon file not found", null);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LexiconFormatException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        String text = decodeStrictly(bytes, file.toString());
        return parser.parse(new BufferedReader(new StringReader(text)), file.toString());
    }

    /** Decodes UTF-8, reporting the first line holding an invalid byte sequence. */
    private static String decodeStrictly(byte[] bytes, String source) {
        int lineStart = 0;
        int line = 1;
        StringBuilder text = new StringBuilder(bytes.length);
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    text.append(StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart)));
                } catch (CharacterCodingException e) {
                    throw new LexiconFormatException(source, line, "not valid UTF-8");
                }
                if (i < bytes.length) {
                    text.append('\n');
                }
                lineStart = i + 1;
                line++;
            }
        }
        return text.toString();
    }

    private static long lastModified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }
}
