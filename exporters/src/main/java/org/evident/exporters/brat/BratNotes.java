package org.evident.exporters.brat;

import java.util.ArrayList;
import java.util.List;

/**
 * The note Evident writes on a marker for the features brat has no attribute for:
 * {@code confidence=0.9 rule=en/speculation.tsv:12} (confidence first, the rule to the end of the
 * line, so that rules may contain spaces). Whitespace inside a rule becomes a plain space.
 *
 * @param confidence the marker's confidence, or null
 * @param rule       the rule that produced the marker, or null
 */
record BratNotes(Float confidence, String rule) {
    private static final String CONFIDENCE = "confidence=";
    private static final String RULE = "rule=";

    /** The note text, or null when there is nothing to note. */
    String text() {
        List<String> parts = new ArrayList<>();
        if (confidence != null) {
            parts.add(CONFIDENCE + confidence);
        }
        if (rule != null) {
            parts.add(RULE + rule.replaceAll("\\s", " "));
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    /** Reads a note; text that is not in Evident's form gives no confidence and no rule. */
    static BratNotes parse(String text) {
        String rest = text.strip();
        Float confidence = null;
        if (rest.startsWith(CONFIDENCE)) {
            int space = rest.indexOf(' ');
            String value = rest.substring(CONFIDENCE.length(), space < 0 ? rest.length() : space);
            try {
                confidence = Float.parseFloat(value);
            } catch (NumberFormatException e) {
                return new BratNotes(null, null);
            }
            rest = space < 0 ? "" : rest.substring(space + 1).strip();
        }
        String rule = rest.startsWith(RULE) ? rest.substring(RULE.length()) : null;
        return new BratNotes(confidence, rule);
    }
}
