package org.evident.annotators.stance;

import java.util.List;

import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;
import org.evident.annotators.lexicon.WordList;

/**
 * Widens an attitude marker over the chain of degree modifiers from {@code en/intensifiers.tsv}
 * that directly precede it (docs/guidelines/stance.md §7): "[deeply troubling]", "[far too
 * lenient]", "[nothing short of remarkable]", "a [total disaster]". The chain stops at the first
 * token that does not end an intensifier, so a negator is never part of the span ("not [very
 * convincing]").
 */
final class IntensifierWidener {
    private static final class Holder {
        private static final WordList INTENSIFIERS =
                WordList.builtin("en/intensifiers.tsv", List.of("amplifier", "downtoner"));
    }

    private final List<LexiconMatch> intensifiers;

    /** A widener over the intensifiers of one sentence. */
    IntensifierWidener(TokenSequence tokens) {
        this.intensifiers = Holder.INTENSIFIERS.findAll(tokens);
    }

    /** The first token of the span that starts at {@code first}, widened over preceding intensifiers. */
    int widen(int first) {
        int start = first;
        LexiconMatch before = longestEndingAt(start - 1);
        while (before != null) {
            start = before.first();
            before = longestEndingAt(start - 1);
        }
        return start;
    }

    private LexiconMatch longestEndingAt(int last) {
        LexiconMatch best = null;
        for (LexiconMatch match : intensifiers) {
            if (match.last() == last && (best == null || match.length() > best.length())) {
                best = match;
            }
        }
        return best;
    }
}
