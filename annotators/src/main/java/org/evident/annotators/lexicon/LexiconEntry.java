package org.evident.annotators.lexicon;

import java.util.List;
import java.util.Set;

/**
 * One line of a lexicon file: a phrase with its category and attributes, and where it was defined.
 *
 * @param phrase      the phrase as written in the file
 * @param category    the layer category, or {@link #PSEUDO} for a pseudo-cue
 * @param strength    speculation strength, or null
 * @param polarity    stance polarity, or null
 * @param confidence  how sure that an occurrence is a cue, 0 to 1
 * @param pos         allowed UD tags of the head token; empty means any
 * @param headIndex   index of the token whose part of speech is constrained
 * @param rules       names of the context rules that must accept an occurrence
 * @param example     the documenting example sentence
 * @param source      {@code file:line} of the definition, recorded in every annotation's {@code rule}
 */
public record LexiconEntry(String phrase, String category, String strength, String polarity,
        float confidence, Set<String> pos, int headIndex, List<String> rules, String example,
        String source) {

    /** Category marking a phrase that contains a cue word but is not a cue. */
    public static final String PSEUDO = "-";

    /** True for pseudo-cues, which suppress every cue they overlap. */
    public boolean isPseudo() {
        return PSEUDO.equals(category);
    }
}
