package org.evident.annotators.speculation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.evident.annotators.lexicon.LexiconFormatException;
import org.evident.annotators.lexicon.LexiconLoader;

/**
 * The scope rules of the speculation layer: for every {@link CueClass} a {@link ScopeRule}. The
 * built-in rules ({@code en/speculation-scope.tsv} beside the lexicon) can be overridden by a user
 * file, whose rows replace the built-in rows with the same class or terminator name. Loaded once
 * per JVM for each configuration.
 */
final class ScopeRules {
    /** The built-in file, relative to {@link LexiconLoader#BUILTIN_FOLDER}. */
    static final String BUILTIN = "en/speculation-scope.tsv";
    private static final String NO_TERMINATORS = "-";

    private static final Map<String, ScopeRules> CACHE = new ConcurrentHashMap<>();

    private final Map<CueClass, ScopeRule> rules;

    private ScopeRules(Map<CueClass, ScopeRule> rules) {
        this.rules = rules;
    }

    /**
     * The built-in rules, overridden by a user file when one is given.
     *
     * @param userFile a scope rules file, or null
     * @throws LexiconFormatException when a file is missing or malformed
     */
    static ScopeRules load(String userFile) {
        String key = userFile == null ? "" : Path.of(userFile).toAbsolutePath() + "@" + lastModified(Path.of(userFile));
        return CACHE.computeIfAbsent(key, k -> read(userFile));
    }

    /** The rule for a class of cues. */
    ScopeRule rule(CueClass cueClass) {
        return rules.get(cueClass);
    }

    private static ScopeRules read(String userFile) {
        Map<String, Map<String, ScopeRulesParser.Row>> rows = readBuiltin();
        if (userFile != null) {
            readUserFile(Path.of(userFile)).forEach((section, overrides) -> rows.get(section).putAll(overrides));
        }
        Map<String, Terminator> terminators = new HashMap<>();
        rows.get(ScopeRulesParser.TERMINATORS).values().forEach(row -> terminators.put(row.get("name"), terminator(row)));
        Map<CueClass, ScopeRule> rules = new EnumMap<>(CueClass.class);
        for (ScopeRulesParser.Row row : rows.get(ScopeRulesParser.SCOPES).values()) {
            ScopeRule rule = scopeRule(row, terminators);
            rules.put(rule.cueClass(), rule);
        }
        for (CueClass cueClass : CueClass.values()) {
            if (!rules.containsKey(cueClass)) {
                throw new LexiconFormatException(BUILTIN + ": no scope rule for the cue class '"
                        + cueClass.name().toLowerCase(Locale.ROOT) + "'", null);
            }
        }
        return new ScopeRules(rules);
    }

    private static Terminator terminator(ScopeRulesParser.Row row) {
        Set<String> tokens = new LinkedHashSet<>(Arrays.asList(row.get("tokens").toLowerCase(Locale.ROOT).split("\\|")));
        if (tokens.contains("")) {
            throw row.error("empty token in '" + row.get("tokens") + "'");
        }
        TerminatorCondition condition = ScopeRulesParser.constant(TerminatorCondition.class, row.get("condition"), row,
                "condition");
        return new Terminator(row.get("name"), tokens, condition, row.file() + ":" + row.line());
    }

    private static ScopeRule scopeRule(ScopeRulesParser.Row row, Map<String, Terminator> terminators) {
        CueClass cueClass = ScopeRulesParser.constant(CueClass.class, row.get("class"), row, "cue class");
        Direction direction = ScopeRulesParser.constant(Direction.class, row.get("direction"), row, "direction");
        int maxScope;
        try {
            maxScope = Integer.parseInt(row.get("max_scope"));
        } catch (NumberFormatException e) {
            throw row.error("max_scope is not a whole number: '" + row.get("max_scope") + "'");
        }
        if (maxScope < 1) {
            throw row.error("max_scope must be at least 1, not " + maxScope);
        }
        List<Terminator> list = new ArrayList<>();
        if (!row.get("terminated_by").equals(NO_TERMINATORS)) {
            for (String name : row.get("terminated_by").split(",")) {
                Terminator terminator = terminators.get(name.trim());
                if (terminator == null) {
                    throw row.error("unknown terminator '" + name.trim() + "' (defined: " + terminators.keySet() + ")");
                }
                list.add(terminator);
            }
        }
        return new ScopeRule(cueClass, direction, maxScope, list, row.file() + ":" + row.line());
    }

    private static Map<String, Map<String, ScopeRulesParser.Row>> readBuiltin() {
        InputStream in = ScopeRules.class.getClassLoader().getResourceAsStream(LexiconLoader.BUILTIN_FOLDER + BUILTIN);
        if (in == null) {
            throw new LexiconFormatException(BUILTIN + ": built-in scope rules not found on the classpath", null);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return ScopeRulesParser.parse(reader, BUILTIN);
        } catch (IOException e) {
            throw new LexiconFormatException(BUILTIN + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Map<String, ScopeRulesParser.Row>> readUserFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new LexiconFormatException(file + ": scope rules file not found", null);
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return ScopeRulesParser.parse(reader, file.toString());
        } catch (IOException e) {
            throw new LexiconFormatException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static long lastModified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }
}
