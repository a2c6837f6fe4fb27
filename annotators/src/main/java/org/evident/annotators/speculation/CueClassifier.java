package org.evident.annotators.speculation;

import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;
import org.evident.model.Categories;

/**
 * Assigns an occurrence of a speculation cue its {@link CueClass}: the category decides for
 * questions, conditions and investigations; otherwise the part of speech of the entry's head and
 * the construction around it (passive, raising or a linking verb before an adjective, attributive
 * or predicative position; an adjective before a verb is used as an adverb: "very likely
 * represent").
 */
final class CueClassifier {
    private CueClassifier() {
    }

    /** The class of the cue {@code match} in {@code tokens}. */
    static CueClass classify(TokenSequence tokens, LexiconMatch match) {
        switch (match.entry().category()) {
            case Categories.QUESTION:
                return CueClass.QUESTION;
            case Categories.CONDITION:
                return CueClass.CONDITION;
            case Categories.INVESTIGATION:
                return CueClass.INVESTIGATION;
            default:
                break;
        }
        int head = match.head();
        String tag = tokens.pos(head) == null ? "" : tokens.pos(head);
        if (passiveInside(tokens, match) || isModal(tokens, head, tag) && passiveAfter(tokens, match.last())) {
            return CueClass.PASSIVE;
        }
        if (isModal(tokens, head, tag)) {
            return CueClass.MODAL;
        }
        if (tag.startsWith("VERB")) {
            return verbClass(tokens, match);
        }
        if (tag.startsWith("ADJ")) {
            return adjectiveClass(tokens, match);
        }
        if (tag.startsWith("ADV")) {
            return Grammar.afterBe(tokens, match.first()) ? CueClass.PREDICATE_ADVERB : CueClass.ADVERB;
        }
        if (tag.startsWith("NOUN") || tag.startsWith("PROPN")) {
            return CueClass.NOUN;
        }
        return CueClass.OTHER;
    }

    private static boolean isModal(TokenSequence tokens, int head, String tag) {
        return tag.startsWith("AUX") || Grammar.MODALS.contains(tokens.form(head));
    }

    private static CueClass verbClass(TokenSequence tokens, LexiconMatch match) {
        if (Grammar.parenthetical(tokens, match.first(), match.last())) {
            return CueClass.PARENTHETICAL;
        }
        if (match.length() == 1 && Grammar.isReducedRelative(tokens, match.head())) {
            return CueClass.REDUCED_RELATIVE;
        }
        if (Grammar.isParticiple(tokens, match.last()) && Attributive.modifiesNoun(tokens, match)) {
            return CueClass.ATTRIBUTIVE;
        }
        int next = Grammar.skipAdverbs(tokens, match.last() + 1);
        if (Grammar.toInfinitiveAfter(tokens, match.last()) || match.length() == 1 && tokens.posIs(next, "ADJ")
                || Grammar.afterBe(tokens, match.first()) && !tokens.formIs(next, "that")) {
            return CueClass.RAISING;
        }
        return CueClass.VERB;
    }

    private static CueClass adjectiveClass(TokenSequence tokens, LexiconMatch match) {
        if (Grammar.toInfinitiveAfter(tokens, match.last())) {
            return CueClass.RAISING;
        }
        int next = match.last() + 1;
        if (tokens.posIs(next, "NOUN", "PROPN", "ADJ", "NUM") || tokens.posIs(next, "VERB") && tokens.form(next).endsWith("ing")) {
            return CueClass.ATTRIBUTIVE;
        }
        if (tokens.posIs(next, "VERB")) {
            return CueClass.ADVERB;
        }
        return CueClass.PREDICATIVE;
    }

    /** A cue that holds, or follows, "be" + participle ("cannot be ruled out", "is [not known]"). */
    private static boolean passiveInside(TokenSequence tokens, LexiconMatch match) {
        if (match.length() > 1 && Grammar.afterBe(tokens, match.first()) && Grammar.isParticiple(tokens, match.last())) {
            return true;
        }
        for (int k = match.first(); k < match.last(); k++) {
            if (Grammar.BE.contains(tokens.form(k)) && Grammar.isParticiple(tokens, Grammar.skipAdverbs(tokens, k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** "be" or "have been" + a past participle after the modal ("may be regulated", "might have been copied"). */
    private static boolean passiveAfter(TokenSequence tokens, int modal) {
        int k = skipInsertion(tokens, modal + 1);
        if (tokens.formIs(k, "have", "'ve")) {
            k = skipInsertion(tokens, k + 1);
            if (!tokens.formIs(k, "been")) {
                return false;
            }
        } else if (!tokens.formIs(k, "be")) {
            return false;
        }
        int participle = skipInsertion(tokens, k + 1);
        return (tokens.posIs(participle, "VERB") || tokens.posIs(participle, "ADJ") && tokens.form(participle).endsWith("ed"))
                && !tokens.form(participle).endsWith("ing");
    }

    /** Skips adverbs and commas ("may, therefore, be expected"). */
    private static int skipInsertion(TokenSequence tokens, int i) {
        int k = i;
        while (k < tokens.size() && (Grammar.isAdverb(tokens, k) || tokens.formIs(k, ","))) {
            k++;
        }
        return k;
    }
}
