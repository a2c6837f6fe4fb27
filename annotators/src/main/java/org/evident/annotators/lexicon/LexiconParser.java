package org.evident.annotators.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Parses the TSV lexicon format of {@code docs/lexicons.md}, validating every line against the
 * layer's categories and context rules, and expands {@code <lemma>} tokens into their forms.
 */
public final class LexiconParser {
    private static final Set<String> KNOWN_COLUMNS =
            Set.of("phrase", "category", "strength", "polarity", "confidence", "pos", "rules", "example");
    private static final Set<String> UD_TAGS = Set.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ",
            "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");
    private static final Set<String> STRENGTHS = Set.of("low", "medium", "high");
    private static final Set<String> POLARITIES = Set.of("positive", "negative", "neutral");

    private final Collection<String> categories;
    private final Collection<String> knownRules;
    private final Inflector inflector;

    /**
     * @param categories the layer's categories ({@code -} for pseudo-cues is always allowed)
     * @param knownRules the names of the context rules the layer annotator implements
     * @param inflector  expands {@code <lemma>} tokens
     */
    public LexiconParser(Collection<String> categories, Collection<String> knownRules, Inflector inflector) {
        this.categories = categories;
        this.knownRules = knownRules;
        this.inflector = inflector;
    }

    /** A parsed entry with the token alternatives it matches, position by position. */
    public record ParsedEntry(LexiconEntry entry, List<Set<String>> tokens) {
    }

    /**
     * Reads every entry of one file.
     *
     * @param reader the file's content
     * @param source the name used in error messages and in each entry's {@code source}
     */
    public List<ParsedEntry> parse(BufferedReader reader, String source) {
        List<ParsedEntry> result = new ArrayList<>();
        Map<String, Integer> columns = null;
        int number = 0;
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (columns == null) {
                    columns = header(fields, source, number);
                    continue;
                }
                if (fields.length != columns.size()) {
                    throw new LexiconFormatException(source, number,
                            "expected " + columns.size() + " tab-separated fields, found " + fields.length);
                }
                result.add(entry(fields, columns, source, number));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
        if (columns == null) {
            throw new LexiconFormatException(source, number, "no header row");
        }
        return result;
    }

    private static Map<String, Integer> header(String[] fields, String source, int number) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < fields.length; i++) {
            String name = fields[i].trim().toLowerCase(Locale.ROOT);
            if (!KNOWN_COLUMNS.contains(name)) {
                throw new LexiconFormatException(source, number, "unknown column '" + fields[i] + "'");
            }
            if (columns.put(name, i) != null) {
                throw new LexiconFormatException(source, number, "column '" + name + "' appears twice");
            }
        }
        for (String required : List.of("phrase", "category", "example")) {
            if (!columns.containsKey(required)) {
                throw new LexiconFormatException(source, number, "header lacks the column '" + required + "'");
            }
        }
        return columns;
    }

    private ParsedEntry entry(String[] fields, Map<String, Integer> columns, String source, int number) {
        String phrase = field(fields, columns, "phrase");
        String category = field(fields, columns, "category");
        String example = field(fields, columns, "example");
        if (phrase.isEmpty()) {
            throw new LexiconFormatException(source, number, "empty phrase");
        }
        if (example.isEmpty()) {
            throw new LexiconFormatException(source, number, "empty example");
        }
        if (!LexiconEntry.PSEUDO.equals(category) && !categories.contains(category)) {
            throw new LexiconFormatException(source, number,
                    "unknown category '" + category + "' (expected one of " + categories + " or -)");
        }
        String strength = optional(fields, columns, "strength");
        if (strength != null && !STRENGTHS.contains(strength)) {
            throw new LexiconFormatException(source, number, "strength must be low, medium or high, not '" + strength + "'");
        }
        String polarity = optional(fields, columns, "polarity");
        if (polarity != null && !POLARITIES.contains(polarity)) {
            throw new LexiconFormatException(source, number,
                    "polarity must be positive, negative or neutral, not '" + polarity + "'");
        }
        float confidence = confidence(optional(fields, columns, "confidence"), source, number);
        Set<String> pos = pos(optional(fields, columns, "pos"), source, number);
        List<String> rules = rules(optional(fields, columns, "rules"), source, number);

        String[] words = phrase.toLowerCase(Locale.ROOT).trim().split("\\s+");
        List<Set<String>> tokens = new ArrayList<>(words.length);
        int head = -1;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            Set<String> alternatives = new LinkedHashSet<>();
            for (String alternative : word.split("\\|")) {
                if (alternative.startsWith("<") && alternative.endsWith(">") && alternative.length() > 2) {
                    alternatives.addAll(inflector.forms(alternative.substring(1, alternative.length() - 1), pos));
                    head = head < 0 ? i : head;
                } else if (alternative.isEmpty() || alternative.contains("<") || alternative.contains(">")) {
                    throw new LexiconFormatException(source, number, "malformed token '" + word + "' in phrase");
                } else {
                    alternatives.add(TokenForms.normalise(alternative));
                }
            }
            tokens.add(alternatives);
        }
        LexiconEntry entry = new LexiconEntry(phrase, category, strength, polarity, confidence, pos,
                Math.max(head, 0), rules, example, source + ":" + number);
        return new ParsedEntry(entry, tokens);
    }

    private static float confidence(String value, String source, int number) {
        if (value == null) {
            return 1.0f;
        }
        try {
            float confidence = Float.parseFloat(value);
            if (confidence < 0 || confidence > 1 || Float.isNaN(confidence)) {
                throw new LexiconFormatException(source, number, "confidence must lie between 0 and 1, not " + value);
            }
            return confidence;
        } catch (NumberFormatException e) {
            throw new LexiconFormatException(source, number, "confidence is not a number: '" + value + "'");
        }
    }

    private static Set<String> pos(String value, String source, int number) {
        if (value == null) {
            return Set.of();
        }
        Set<String> tags = new LinkedHashSet<>(Arrays.asList(value.toUpperCase(Locale.ROOT).split("\\|")));
        for (String tag : tags) {
            if (!UD_TAGS.contains(tag)) {
                throw new LexiconFormatException(source, number, "unknown UD part of speech '" + tag + "'");
            }
        }
        return Set.copyOf(tags);
    }

    private List<String> rules(String value, String source, int number) {
        if (value == null) {
            return List.of();
        }
        List<String> rules = new ArrayList<>();
        for (String rule : value.split(",")) {
            String name = rule.trim();
            if (!knownRules.contains(name)) {
                throw new LexiconFormatException(source, number,
                        "unknown context rule '" + name + "' (known: " + knownRules + ")");
            }
            rules.add(name);
        }
        return List.copyOf(rules);
    }

    private static String field(String[] fields, Map<String, Integer> columns, String name) {
        return fields[columns.get(name)].trim();
    }

    private static String optional(String[] fields, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        if (index == null) {
            return null;
        }
        String value = fields[index].trim();
        return value.isEmpty() ? null : value;
    }
}
