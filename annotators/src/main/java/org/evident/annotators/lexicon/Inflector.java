package org.evident.annotators.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Generates the inflected forms of an English lemma: regular verb and noun morphology, overridden
 * by the irregular forms listed in {@code en/inflections.tsv} ({@code lemma pos forms example}).
 */
public final class Inflector {
    /** Classpath location of the built-in irregular inflection table. */
    public static final String IRREGULAR_RESOURCE = "org/evident/lexicon/en/inflections.tsv";

    private static volatile Inflector english;

    private final Map<String, Set<String>> irregular = new HashMap<>();
    private final Set<String> listedVerbForms = new HashSet<>();

    private Inflector() {
    }

    /** The English inflector with the built-in irregular table, loaded once per JVM. */
    public static Inflector english() {
        Inflector result = english;
        if (result == null) {
            synchronized (Inflector.class) {
                if (english == null) {
                    Inflector loaded = new Inflector();
                    loaded.loadIrregular(IRREGULAR_RESOURCE);
                    english = loaded;
                }
                result = english;
            }
        }
        return result;
    }

    private void loadIrregular(String resource) {
        InputStream in = Inflector.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new LexiconFormatException(resource + ": not found on the classpath", null);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length < 3 || fields[0].isBlank() || fields[2].isBlank()) {
                    throw new LexiconFormatException(resource, number, "expected lemma, pos and forms");
                }
                Set<String> forms = irregular.computeIfAbsent(key(fields[0].trim(), wordClass(fields[1].trim())),
                        k -> new LinkedHashSet<>());
                forms.add(fields[0].trim().toLowerCase(Locale.ROOT));
                for (String form : fields[2].split("\\|")) {
                    String lower = form.trim().toLowerCase(Locale.ROOT);
                    forms.add(lower);
                    if ("v".equals(wordClass(fields[1].trim()))) {
                        listedVerbForms.add(lower);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * All forms of the lemma for the given part of speech (VERB/AUX: verb forms, NOUN: plural,
     * anything else: the lemma only). Irregular lemmas take their listed forms.
     */
    public Set<String> forms(String lemma, Set<String> pos) {
        String word = lemma.toLowerCase(Locale.ROOT);
        Set<String> result = new LinkedHashSet<>();
        result.add(word);
        boolean verb = pos.isEmpty() || pos.contains("VERB") || pos.contains("AUX");
        boolean noun = pos.isEmpty() || pos.contains("NOUN");
        if (verb) {
            Set<String> listed = irregular.get(key(word, "v"));
            result.addAll(listed != null ? listed : regularVerbForms(word));
        }
        if (noun) {
            Set<String> listed = irregular.get(key(word, "n"));
            result.addAll(listed != null ? listed : Set.of(plural(word)));
        }
        return result;
    }

    /**
     * True when {@code form} is an inflected verb form listed in the irregular table (not a
     * lemma): "been", "known", "seen", "admitted". Context rules use it to recognise past
     * participles that do not end in -ed.
     */
    public boolean isListedVerbForm(String form) {
        return listedVerbForms.contains(form.toLowerCase(Locale.ROOT));
    }

    static Set<String> regularVerbForms(String verb) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(plural(verb));
        if (verb.endsWith("e") && !verb.endsWith("ee")) {
            String stem = verb.substring(0, verb.length() - 1);
            forms.add(verb + "d");
            forms.add(stem + "ing");
        } else if (verb.endsWith("y") && verb.length() > 1 && !isVowel(verb.charAt(verb.length() - 2))) {
            String stem = verb.substring(0, verb.length() - 1);
            forms.add(stem + "ied");
            forms.add(verb + "ing");
        } else {
            forms.add(verb + "ed");
            forms.add(verb + "ing");
            if (endsConsonantVowelConsonant(verb)) {
                char last = verb.charAt(verb.length() - 1);
                forms.add(verb + last + "ed");
                forms.add(verb + last + "ing");
            }
        }
        return forms;
    }

    static String plural(String word) {
        if (word.matches(".*(s|x|z|ch|sh)")) {
            return word + "es";
        }
        if (word.length() > 1 && word.endsWith("y") && !isVowel(word.charAt(word.length() - 2))) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }

    private static boolean endsConsonantVowelConsonant(String w) {
        int n = w.length();
        if (n < 3) {
            return false;
        }
        char c1 = w.charAt(n - 3);
        char v = w.charAt(n - 2);
        char c2 = w.charAt(n - 1);
        return !isVowel(c1) && isVowel(v) && !isVowel(c2) && "wxy".indexOf(c2) < 0;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static String wordClass(String pos) {
        return pos.toUpperCase(Locale.ROOT).startsWith("N") ? "n" : "v";
    }

    private static String key(String lemma, String wordClass) {
        return lemma.toLowerCase(Locale.ROOT) + "/" + wordClass;
    }
}
