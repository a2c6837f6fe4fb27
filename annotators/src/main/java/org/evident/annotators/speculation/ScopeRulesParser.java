package org.evident.annotators.speculation;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.evident.annotators.lexicon.LexiconFormatException;

/**
 * Reads the rows of a scope rules file: TSV in two sections, {@code [scopes]} and
 * {@code [terminators]}, each opened by its section line and then a header row naming its columns
 * (any order). Lines starting with {@code #} and blank lines are ignored. This class checks the
 * shape of the file; {@link ScopeRules} checks the values once files are merged.
 */
final class ScopeRulesParser {
    /** The section of scope rules, one row per cue class. */
    static final String SCOPES = "scopes";
    /** The section of terminators, one row per terminator name. */
    static final String TERMINATORS = "terminators";
    /** The columns of each section; the first is the row's key. */
    static final Map<String, List<String>> COLUMNS = Map.of(
            SCOPES, List.of("class", "direction", "max_scope", "terminated_by", "example"),
            TERMINATORS, List.of("name", "tokens", "condition", "example"));

    /**
     * One row of a section.
     *
     * @param fields the row's values by column name, trimmed
     * @param file   the file it comes from
     * @param line   its line number
     */
    record Row(Map<String, String> fields, String file, int line) {
        /** The value of a column. */
        String get(String column) {
            return fields.get(column);
        }

        /** An error about this row. */
        LexiconFormatException error(String reason) {
            return new LexiconFormatException(file, line, reason);
        }
    }

    private ScopeRulesParser() {
    }

    /**
     * The rows of one file: for each section, the rows by key in file order.
     *
     * @param source the name used in error messages
     */
    static Map<String, Map<String, Row>> parse(BufferedReader reader, String source) {
        Map<String, Map<String, Row>> sections = new HashMap<>();
        COLUMNS.keySet().forEach(section -> sections.put(section, new LinkedHashMap<>()));
        String section = null;
        Map<String, Integer> header = null;
        int number = 0;
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                if (text.startsWith("[")) {
                    section = section(text.trim(), source, number);
                    header = null;
                } else if (section == null) {
                    throw new LexiconFormatException(source, number, "expected a section line, [scopes] or [terminators]");
                } else if (header == null) {
                    header = header(text.split("\t", -1), section, source, number);
                } else {
                    Row row = row(text.split("\t", -1), header, source, number);
                    String key = row.get(COLUMNS.get(section).get(0));
                    if (sections.get(section).put(key, row) != null) {
                        throw row.error("'" + key + "' is defined twice in [" + section + "]");
                    }
                }
            }
        } catch (IOException e) {
            throw new LexiconFormatException(source + ": cannot read (" + e.getMessage() + ")", e);
        }
        return sections;
    }

    private static String section(String text, String source, int number) {
        String name = text.endsWith("]") ? text.substring(1, text.length() - 1).trim().toLowerCase(Locale.ROOT) : "";
        if (!COLUMNS.containsKey(name)) {
            throw new LexiconFormatException(source, number, "unknown section " + text + " (expected [scopes] or [terminators])");
        }
        return name;
    }

    private static Map<String, Integer> header(String[] fields, String section, String source, int number) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < fields.length; i++) {
            String name = fields[i].trim().toLowerCase(Locale.ROOT);
            if (!COLUMNS.get(section).contains(name) || columns.put(name, i) != null) {
                throw new LexiconFormatException(source, number, "unknown or repeated column '" + fields[i] + "' in ["
                        + section + "] (expected " + String.join(", ", COLUMNS.get(section)) + ")");
            }
        }
        if (columns.size() != COLUMNS.get(section).size()) {
            throw new LexiconFormatException(source, number, "[" + section + "] needs the columns "
                    + String.join(", ", COLUMNS.get(section)));
        }
        return columns;
    }

    private static Row row(String[] fields, Map<String, Integer> header, String source, int number) {
        if (fields.length != header.size()) {
            throw new LexiconFormatException(source, number,
                    "expected " + header.size() + " tab-separated fields, found " + fields.length);
        }
        Map<String, String> values = new HashMap<>();
        header.forEach((column, index) -> values.put(column, fields[index].trim()));
        Row row = new Row(Map.copyOf(values), source, number);
        values.forEach((column, value) -> {
            if (value.isEmpty()) {
                throw row.error("empty " + column);
            }
        });
        return row;
    }

    /** The constant of {@code type} named {@code id} in lower case, or an error naming the row. */
    static <E extends Enum<E>> E constant(Class<E> type, String id, Row row, String column) {
        for (E value : type.getEnumConstants()) {
            if (value.name().toLowerCase(Locale.ROOT).equals(id)) {
                return value;
            }
        }
        throw row.error("unknown " + column + " '" + id + "' (expected one of "
                + Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList() + ")");
    }
}
