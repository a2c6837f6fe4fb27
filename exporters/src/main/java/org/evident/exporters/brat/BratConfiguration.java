package org.evident.exporters.brat;

import static org.evident.exporters.brat.BratSchema.ATTRIBUTION;
import static org.evident.exporters.brat.BratSchema.CATEGORY;
import static org.evident.exporters.brat.BratSchema.CONTENT;
import static org.evident.exporters.brat.BratSchema.CUE;
import static org.evident.exporters.brat.BratSchema.HOLDER_RELATION;
import static org.evident.exporters.brat.BratSchema.KIND;
import static org.evident.exporters.brat.BratSchema.NEGATED;
import static org.evident.exporters.brat.BratSchema.PARENT;
import static org.evident.exporters.brat.BratSchema.POLARITY;
import static org.evident.exporters.brat.BratSchema.SCOPE_RELATION;
import static org.evident.exporters.brat.BratSchema.SOURCE;
import static org.evident.exporters.brat.BratSchema.SPECULATION_CUE;
import static org.evident.exporters.brat.BratSchema.SPECULATION_SCOPE;
import static org.evident.exporters.brat.BratSchema.STANCE_MARKER;
import static org.evident.exporters.brat.BratSchema.STRENGTH;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.evident.model.Categories;
import org.evident.model.Layer;

/**
 * The brat configuration of a run: {@code annotation.conf} declares every entity, relation, event,
 * role and attribute Evident writes, with the closed vocabularies as attribute values plus any
 * other value the run's documents used (corrected data may hold new ones); {@code visual.conf}
 * gives each a label, colours and attribute glyphs.
 */
final class BratConfiguration {
    private static final String MARKER_TYPES = String.join("|", BratSchema.MARKERS);

    private final Map<String, Set<String>> values = new LinkedHashMap<>();
    private final Map<String, String> targets = new LinkedHashMap<>();

    BratConfiguration() {
        Set<String> categories = new LinkedHashSet<>();
        for (Layer layer : Layer.values()) {
            categories.addAll(layer.categories());
        }
        declare(CATEGORY, MARKER_TYPES, categories);
        declare(POLARITY, STANCE_MARKER, Categories.POLARITIES);
        declare(STRENGTH, SPECULATION_CUE, Categories.STRENGTHS);
        declare(KIND, ATTRIBUTION, Categories.KINDS);
    }

    private void declare(String attribute, String target, Iterable<String> vocabulary) {
        Set<String> set = new LinkedHashSet<>();
        vocabulary.forEach(set::add);
        values.put(attribute, set);
        targets.put(attribute, target);
    }

    /** Adds an attribute value used by a document, so that the configuration declares it. */
    synchronized void use(String attribute, String value) {
        values.get(attribute).add(value);
    }

    /** The text of {@code annotation.conf}. */
    synchronized String annotationConf() {
        List<String> lines = new ArrayList<>();
        lines.add("# brat configuration written by Evident (see docs/formats.md).");
        lines.add("[entities]");
        lines.addAll(BratSchema.ENTITIES);
        lines.add("");
        lines.add("[relations]");
        lines.add(SCOPE_RELATION + "\tArg1:" + SPECULATION_CUE + ", Arg2:" + SPECULATION_SCOPE);
        lines.add(HOLDER_RELATION + "\tArg1:" + MARKER_TYPES + ", Arg2:" + CONTENT);
        lines.add("<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>");
        lines.add("");
        lines.add("[events]");
        lines.add(ATTRIBUTION + "\t" + SOURCE + "?:" + SOURCE + ", " + CUE + "?:" + CUE + ", " + CONTENT + "?:"
                + CONTENT + ", " + PARENT + "?:" + ATTRIBUTION);
        lines.add("");
        lines.add("[attributes]");
        values.forEach((attribute, set) -> lines.add(attribute + "\tArg:" + targets.get(attribute) + ", Value:"
                + String.join("|", set)));
        lines.add(NEGATED + "\tArg:" + MARKER_TYPES);
        return String.join("\n", lines) + "\n";
    }

    /** The text of {@code visual.conf}. */
    synchronized String visualConf() {
        List<String> lines = new ArrayList<>();
        lines.add("[labels]");
        lines.add(SPECULATION_CUE + " | Speculation cue | Spec");
        lines.add(SPECULATION_SCOPE + " | Speculation scope | Scope");
        lines.add(STANCE_MARKER + " | Stance marker | Stance");
        lines.add(SOURCE + " | Source | Src");
        lines.add(CUE + " | Cue");
        lines.add(CONTENT + " | Content | Cont");
        lines.add(ATTRIBUTION + " | Attribution | Attr");
        lines.add(SCOPE_RELATION + " | Scope");
        lines.add(HOLDER_RELATION + " | Holder");
        lines.add(PARENT + " | Parent");
        lines.add("");
        lines.add("[drawing]");
        lines.add("SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken");
        lines.add("ARC_DEFAULT\tcolor:black, arrowHead:triangle-5");
        lines.add(SPECULATION_CUE + "\tbgColor:#ffb347");
        lines.add(SPECULATION_SCOPE + "\tbgColor:#fff1c1");
        lines.add(STANCE_MARKER + "\tbgColor:#9fd3ff");
        lines.add(SOURCE + "\tbgColor:#d7b8ff");
        lines.add(CUE + "\tbgColor:#ff9e9e");
        lines.add(CONTENT + "\tbgColor:#e8e8e8");
        lines.add(ATTRIBUTION + "\tbgColor:#ff6b6b");
        lines.add(SCOPE_RELATION + "\tcolor:#c77c00");
        lines.add(HOLDER_RELATION + "\tcolor:#6a3dc8, dashArray:3-3");
        lines.add(PARENT + "\tcolor:#b22222");
        values.forEach((attribute, set) -> lines.add(attribute + "\tglyph:" + glyphs(set) + ", position:left"));
        lines.add(NEGATED + "\tglyph:¬, position:left");
        return String.join("\n", lines) + "\n";
    }

    private static String glyphs(Set<String> values) {
        List<String> glyphs = new ArrayList<>();
        values.forEach(v -> glyphs.add("[" + v + "]"));
        return String.join("|", glyphs);
    }
}
