package org.evident.annotators.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.evident.annotators.Negation;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * Negation as the stance guidelines define it (docs/guidelines/stance.md §6), on the shared
 * {@link Negation} logic: negators and stance cues that overlap keep the longer match (a tie goes
 * to the stance cue: "no doubt", "no matter"; the negator "anything but" blocks the counter
 * "but"); negators inside a stance cue or a pseudo-cue ("not only") negate nothing; a negator
 * reaches a marker across at most three tokens and no clause boundary; and the marker is negated
 * when an odd number of negators reach it ("not without [merit]" is not negated).
 */
final class StanceNegation {
    /** Words that end a clause, so that a negator before them does not reach past them. */
    private static final Set<String> BOUNDARY_WORDS = Set.of("and", "or", "but", "however", "although", "though",
            "yet", "while", "whereas", "because", "since", "which", "who");
    /** Punctuation that ends a negator's reach. */
    private static final Set<String> BOUNDARY_MARKS = Set.of(",", ";", ":", ".", "!", "?", "(", ")");

    /** Three tokens between negator and marker at most; punctuation and clause words stop it. */
    static final Negation.Reach REACH = new Negation.Reach(3, (tokens, i) ->
            BOUNDARY_MARKS.contains(tokens.form(i)) || BOUNDARY_WORDS.contains(tokens.form(i))
                    || Punctuation.isDash(tokens, i));

    private final TokenSequence tokens;
    private final List<LexiconMatch> negators;

    private StanceNegation(TokenSequence tokens, List<LexiconMatch> negators) {
        this.tokens = tokens;
        this.negators = negators;
    }

    /**
     * Resolves the overlaps between a sentence's stance cues and its negators.
     *
     * @param tokens the sentence
     * @param cues   the stance cues found by the lexicon; those that a longer negator contains are removed
     * @param pseudo the pseudo-cue occurrences, whose negators are absorbed
     * @return the negation of the sentence, with the negators that remain free
     */
    static StanceNegation resolve(TokenSequence tokens, List<LexiconMatch> cues, List<LexiconMatch> pseudo) {
        List<LexiconMatch> all = Negation.negators(tokens);
        cues.removeIf(cue -> all.stream().anyMatch(n -> n.overlaps(cue) && n.length() > cue.length()));
        List<LexiconMatch> phrases = new ArrayList<>(cues);
        phrases.addAll(pseudo);
        return new StanceNegation(tokens, Negation.outside(all, phrases));
    }

    /** True when an odd number of free negators reach the span {@code first..last}. */
    boolean isNegated(int first, int last) {
        return Negation.negatorsInReach(tokens, first, last, negators, REACH).size() % 2 == 1;
    }
}
