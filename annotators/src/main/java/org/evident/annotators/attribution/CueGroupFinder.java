package org.evident.annotators.attribution;

import java.util.List;

import org.evident.annotators.Negation;
import org.evident.annotators.lexicon.LexiconEntry;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * Widens a lexicon match to its verb group and classifies it. The group takes, leftwards,
 * auxiliaries and modals, negators ("not", "n't", "never", "no longer"), catenatives with "to"
 * ("declined to", "appeared to") and adverbs that sit between two of these ("would only say");
 * an adverb before the first of them stays outside ("Zoom also claims"). The group is passive when
 * its last auxiliary is a form of "be" or "get" and the cue is a participle ("were told").
 */
final class CueGroupFinder {
    private final AttributionWords words;

    CueGroupFinder(AttributionWords words) {
        this.words = words;
    }

    /**
     * The group of a match, negation included.
     *
     * @param negators the sentence's negators ({@link Negation#negators}), found once per sentence
     */
    CueGroup find(TokenSequence t, LexiconMatch match, List<LexiconMatch> negators) {
        return group(t, match, negators);
    }

    /** The group of a match without looking for negation: all the context rules need. */
    CueGroup shape(TokenSequence t, LexiconMatch match) {
        return group(t, match, null);
    }

    private CueGroup group(TokenSequence t, LexiconMatch match, List<LexiconMatch> negators) {
        LexiconEntry entry = match.entry();
        CueGroup.Kind kind = classify(entry, t, match);
        int first = match.first();
        boolean passive = false;
        if (kind == CueGroup.Kind.VERB) {
            first = extendLeft(t, match.first());
            passive = passive(t, first, match);
            if (first == match.first() && match.head() == match.last() && WordClass.isIng(t, match.head())) {
                kind = CueGroup.Kind.PARTICIPLE;
            }
        }
        boolean negated = negators != null && (negatedWithin(t, first, match.last())
                || !Negation.negatorsInReach(t, first, match.last(), negators, Negation.DEFAULT_REACH).isEmpty());
        return new CueGroup(match, kind, first, match.last(), passive, negated);
    }

    /**
     * Entries without {@code needs_content} and without a {@code <lemma>} token are prepositional
     * or second-hand cues whose source follows them ("according to", "quoted by", "citing"); a
     * phrase ending in "it" has no source ("rumour has it"); otherwise the entry's part of speech
     * decides, and a VERB|NOUN entry follows the tag of its head token.
     */
    private static CueGroup.Kind classify(LexiconEntry entry, TokenSequence t, LexiconMatch match) {
        boolean lemma = entry.phrase().contains("<");
        if (!lemma && !entry.rules().contains(NeedsContent.NAME)) {
            return entry.phrase().endsWith(" it") ? CueGroup.Kind.IMPERSONAL : CueGroup.Kind.PREPOSITION;
        }
        boolean noun = entry.pos().contains("NOUN");
        boolean verb = entry.pos().contains("VERB") || entry.pos().contains("AUX");
        if (noun && (!verb || WordClass.tag(t, match.head(), "NOUN"))) {
            return CueGroup.Kind.NOUN;
        }
        return CueGroup.Kind.VERB;
    }

    private int extendLeft(TokenSequence t, int start) {
        int first = start;
        int k = start - 1;
        while (k >= 0) {
            if (WordClass.isAux(t, k) || WordClass.isNegator(t, k)) {
                first = k--;
            } else if (WordClass.form(t, k, "longer") && WordClass.form(t, k - 1, "no")) {
                first = k - 1;
                k -= 2;
            } else if (WordClass.form(t, k, "to") && WordClass.exists(t, k - 1) && words.isCatenative(t.form(k - 1))) {
                first = k - 1;
                k -= 2;
            } else if (WordClass.isAdverb(t, k) || WordClass.isAdjective(t, k) && WordClass.isAux(t, k - 1)) {
                int m = k;
                while (WordClass.isAdverb(t, m) || WordClass.isAdjective(t, m) && WordClass.isAux(t, m - 1)) {
                    m--;
                }
                if (!(WordClass.isAux(t, m) || WordClass.isNegator(t, m)
                        || WordClass.form(t, m, "longer") && WordClass.form(t, m - 1, "no"))) {
                    break;
                }
                k = m;
            } else {
                break;
            }
        }
        return first;
    }

    private static boolean passive(TokenSequence t, int first, LexiconMatch match) {
        int head = match.head();
        if (head != match.last() || WordClass.isIng(t, head) || WordClass.isAux(t, head)) {
            return false;
        }
        for (int k = head - 1; k >= first; k--) {
            if (WordClass.isPassiveAux(t, k)) {
                return true;
            }
            if (!WordClass.isAdverb(t, k) && !WordClass.isNegator(t, k)) {
                return false;
            }
        }
        return false;
    }

    private boolean negatedWithin(TokenSequence t, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (WordClass.isNegator(t, k) || WordClass.form(t, k, "no") && WordClass.form(t, k + 1, "longer")
                    || WordClass.exists(t, k) && words.is(t.form(k), AttributionWords.NEGATIVE_CATENATIVE)) {
                return true;
            }
        }
        return false;
    }
}
