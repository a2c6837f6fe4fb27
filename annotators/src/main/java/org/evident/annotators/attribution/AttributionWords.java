package org.evident.annotators.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.evident.annotators.lexicon.Inflector;
import org.evident.annotators.lexicon.LexiconFormatException;
import org.evident.annotators.lexicon.LexiconLoader;
import org.evident.annotators.lexicon.LexiconParser;

/**
 * The closed word classes that the attribution patterns use, read once per JVM from
 * {@code en/attribution-words.tsv} (catenatives, addressee verbs, verbs with -ing contents,
 * noun-compound modifiers, abbreviations). Every phrase is one token; {@code <lemma>} entries match every verb form.
 */
final class AttributionWords {
    /** The built-in list, relative to {@link LexiconLoader#BUILTIN_FOLDER}. */
    static final String RESOURCE = "en/attribution-words.tsv";

    static final String CATENATIVE = "catenative";
    static final String NEGATIVE_CATENATIVE = "negative_catenative";
    static final String ADDRESSEE_VERB = "addressee_verb";
    static final String SOURCE_MODIFIER = "source_modifier";
    static final String CLASSIFIER = "classifier";
    static final String ABBREVIATION = "abbreviation";
    static final String GERUND_VERB = "gerund_verb";

    private static final List<String> CATEGORIES = List.of(CATENATIVE, NEGATIVE_CATENATIVE, ADDRESSEE_VERB,
            GERUND_VERB, SOURCE_MODIFIER, CLASSIFIER, ABBREVIATION);

    private static final class Holder {
        private static final AttributionWords BUILTIN = load();
    }

    private final Map<String, Set<String>> categoriesByForm;

    private AttributionWords(Map<String, Set<String>> categoriesByForm) {
        this.categoriesByForm = categoriesByForm;
    }

    /** The built-in word classes. */
    static AttributionWords builtin() {
        return Holder.BUILTIN;
    }

    /** True when the normalised token form belongs to the category. */
    boolean is(String form, String category) {
        Set<String> categories = categoriesByForm.get(form);
        return categories != null && categories.contains(category);
    }

    /** A verb that joins a verb group with "to", negative or not. */
    boolean isCatenative(String form) {
        return is(form, CATENATIVE) || is(form, NEGATIVE_CATENATIVE);
    }

    private static AttributionWords load() {
        InputStream in = AttributionWords.class.getClassLoader()
                .getResourceAsStream(LexiconLoader.BUILTIN_FOLDER + RESOURCE);
        if (in == null) {
            throw new LexiconFormatException(RESOURCE + ": built-in word list not found on the classpath", null);
        }
        LexiconParser parser = new LexiconParser(CATEGORIES, List.of(), Inflector.english());
        List<LexiconParser.ParsedEntry> entries;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            entries = parser.parse(reader, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
        }
        Map<String, Set<String>> byForm = new HashMap<>();
        for (LexiconParser.ParsedEntry entry : entries) {
            if (entry.tokens().size() != 1) {
                throw new LexiconFormatException(entry.entry().source() + ": word-list phrases are single tokens", null);
            }
            for (String form : entry.tokens().get(0)) {
                byForm.merge(form, Set.of(entry.entry().category()), AttributionWords::union);
            }
        }
        return new AttributionWords(Map.copyOf(byForm));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
