package org.evident.exporters.testing;

import java.util.ArrayList;
import java.util.List;

/** Independent IOB2 checks for the validators: well-formedness and decoding of one tag column. */
public final class IobCheck {
    /** A decoded run of tokens with its label; token indexes inclusive. */
    public record Run(String label, int first, int last) {
    }

    private IobCheck() {
    }

    /** Fails when a tag is not O, B-x or I-x, or an I-x follows neither B-x nor I-x. */
    public static void assertWellFormed(List<String> tags, String where) {
        String previous = "O";
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (!tag.equals("O") && !tag.matches("[BI]-\\S+")) {
                throw new AssertionError(where + ": malformed tag '" + tag + "' at token " + (i + 1));
            }
            if (tag.startsWith("I-")) {
                String label = tag.substring(2);
                if (!previous.equals("B-" + label) && !previous.equals("I-" + label)) {
                    throw new AssertionError(where + ": " + tag + " after " + previous + " at token " + (i + 1));
                }
            }
            previous = tag;
        }
    }

    /** The runs of a well-formed column. */
    public static List<Run> runs(List<String> tags) {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            if (tags.get(i).startsWith("B-")) {
                String label = tags.get(i).substring(2);
                int last = i;
                while (last + 1 < tags.size() && tags.get(last + 1).equals("I-" + label)) {
                    last++;
                }
                runs.add(new Run(label, i, last));
            }
        }
        return runs;
    }
}
