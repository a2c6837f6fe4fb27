package org.evident.annotators;

import java.util.ArrayList;
import java.util.List;

import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;
import org.evident.annotators.lexicon.WordList;

/**
 * Decides whether a cue is negated: a negator from {@code en/negators.tsv} ("not", "n't", "no",
 * "never", "hardly", "lack of" …) ends shortly before the cue, with no clause boundary in between.
 * Shared by every layer. {@link #isNegated} is the default test (any negator at most
 * {@link #WINDOW} tokens before the cue, boundaries by part of speech); a layer with its own
 * conventions describes them as a {@link Reach} and counts the negators in reach with
 * {@link #negatorsInReach}, e.g. to apply parity ("not without merit" is not negated), after
 * removing the negators that belong to a longer phrase ({@link #outside}).
 */
public final class Negation {
    /** How many tokens may separate a negator from the cue it negates ("not very likely"). */
    public static final int WINDOW = 3;

    /**
     * How far a negator reaches towards a cue.
     *
     * @param maxTokensBetween how many tokens may lie between the negator's end and the cue's start
     * @param boundary         the tokens that stop a negator (a clause boundary)
     */
    public record Reach(int maxTokensBetween, Boundary boundary) {
    }

    /** Tells whether a token ends the reach of a negator. */
    @FunctionalInterface
    public interface Boundary {
        /** True when token {@code i} of the sequence is a clause boundary. */
        boolean at(TokenSequence tokens, int i);
    }

    /** The default reach: {@link #WINDOW} − 1 tokens between; punctuation and conjunctions stop it. */
    public static final Reach DEFAULT_REACH = new Reach(WINDOW - 1, (tokens, i) ->
            tokens.posIs(i, "PUNCT", "CCONJ", "SCONJ") || tokens.formIs(i, ",", ";", ":", "but", "and", "or"));

    private static final class Holder {
        private static final WordList NEGATORS = WordList.builtin("en/negators.tsv", List.of("negator"));
    }

    private Negation() {
    }

    /** True when the cue covering tokens {@code first..last} is negated (any negator in the default reach). */
    public static boolean isNegated(TokenSequence tokens, int first, int last) {
        return !negatorsInReach(tokens, first, last, Holder.NEGATORS.findAll(tokens), DEFAULT_REACH).isEmpty();
    }

    /**
     * The negators of a sequence as separate occurrences: the longest non-overlapping matches, so
     * that "no longer" counts once, not as "no" plus "no longer".
     */
    public static List<LexiconMatch> negators(TokenSequence tokens) {
        return Holder.NEGATORS.find(tokens);
    }

    /**
     * The negators that share no token with any of the given phrases: a negator inside a longer
     * phrase ("no doubt", "not only", "should come as no surprise") belongs to that phrase and
     * negates nothing.
     */
    public static List<LexiconMatch> outside(List<LexiconMatch> negators, List<LexiconMatch> phrases) {
        List<LexiconMatch> free = new ArrayList<>(negators.size());
        for (LexiconMatch negator : negators) {
            if (phrases.stream().noneMatch(negator::overlaps)) {
                free.add(negator);
            }
        }
        return free;
    }

    /**
     * The negators among {@code candidates} that reach the span {@code first..last}: they end
     * before it, at most {@code reach.maxTokensBetween()} tokens lie between, and no boundary token
     * does. Negators overlapping the span are part of it and are not counted.
     */
    public static List<LexiconMatch> negatorsInReach(TokenSequence tokens, int first, int last,
            List<LexiconMatch> candidates, Reach reach) {
        List<LexiconMatch> found = new ArrayList<>(2);
        for (LexiconMatch negator : candidates) {
            if (negator.last() >= first && negator.first() <= last) {
                continue;
            }
            if (negator.last() < first && first - negator.last() - 1 <= reach.maxTokensBetween()
                    && !boundaryBetween(tokens, negator.last(), first, reach.boundary())) {
                found.add(negator);
            }
        }
        return found;
    }

    private static boolean boundaryBetween(TokenSequence tokens, int from, int to, Boundary boundary) {
        for (int i = from + 1; i < to; i++) {
            if (boundary.at(tokens, i)) {
                return true;
            }
        }
        return false;
    }
}
