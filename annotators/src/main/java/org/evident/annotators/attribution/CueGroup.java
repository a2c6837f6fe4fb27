package org.evident.annotators.attribution;

import org.evident.annotators.lexicon.LexiconEntry;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;
import org.evident.model.Categories;

/**
 * A lexicon cue in its sentence, widened to its verb group: the auxiliaries, negators, catenatives
 * and interior adverbs before the lexicon phrase ("has repeatedly denied", "declined to confirm").
 *
 * @param match   the lexicon occurrence
 * @param kind    how the cue relates to its source and content
 * @param first   first token of the group
 * @param last    last token of the group (the lexicon phrase's last token)
 * @param passive the verb is passive ("is alleged", "were told")
 * @param negated the group is negated ("did not say", "declined to confirm", "no longer believe")
 */
record CueGroup(LexiconMatch match, Kind kind, int first, int last, boolean passive, boolean negated) {

    /** How a cue links its roles. */
    enum Kind {
        /** A finite reporting verb group: source before (or after, when inverted), content after. */
        VERB,
        /** A bare -ing participle ("a complaint alleging that", "…, urging households to"). */
        PARTICIPLE,
        /** A noun cue ("the claim that"): source is its possessor or by-phrase. */
        NOUN,
        /** A prepositional or second-hand cue ("according to", "quoted by", "citing"): source after. */
        PREPOSITION,
        /** A cue with no source slot ("rumour has it that"). */
        IMPERSONAL
    }

    /** The lexicon entry. */
    LexiconEntry entry() {
        return match.entry();
    }

    /** The token whose part of speech the entry constrains: the reporting word itself. */
    int head() {
        return match.head();
    }

    /** True for a second-hand cue that names the reporter's origin ("citing"): it is the child. */
    boolean namesOrigin(TokenSequence tokens) {
        return kind == Kind.PREPOSITION && WordClass.isIng(tokens, match.last());
    }

    /** The lemma of the entry's phrase when it starts with a {@code <lemma>} token ("say" for {@code <say>}), or null. */
    String lemma() {
        return lemmaOf(entry());
    }

    /** The lemma of an entry whose phrase starts with a {@code <lemma>} token, or null. */
    static String lemmaOf(LexiconEntry entry) {
        String phrase = entry.phrase();
        int close = phrase.indexOf('>');
        return phrase.startsWith("<") && close > 1 ? phrase.substring(1, close).split("\\|")[0] : null;
    }

    /** True when the cue is the directive category. */
    boolean directive() {
        return Categories.DIRECTIVE.equals(entry().category());
    }
}
