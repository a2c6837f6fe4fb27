package org.evident.annotators.attribution;

import org.evident.annotators.lexicon.ContextRule;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * Context rule {@code not_adjective}: a participle cue does not count when it is used as an
 * adjective — tagged ADJ, or placed before a noun (or an adjective and a noun) right after a
 * determiner, possessive, preposition, verb or the start of the sentence ("the said company",
 * "the alleged criminal act", "its stated goal", "the number of reported cases").
 */
final class NotAdjective implements ContextRule {
    /** The rule's name in the lexicon's {@code rules} column. */
    static final String NAME = "not_adjective";

    @Override
    public boolean accepts(TokenSequence tokens, LexiconMatch match) {
        int head = match.head();
        if (WordClass.tag(tokens, head, "ADJ")) {
            return false;
        }
        int next = head + 1;
        while (WordClass.isAdjective(tokens, next)) {
            next++;
        }
        if (!WordClass.isNounHead(tokens, next) || WordClass.tag(tokens, next, "NUM")) {
            return true;
        }
        int before = head - 1;
        boolean modifierSlot = before < WordClass.firstWord(tokens) || WordClass.isDeterminerLike(tokens, before)
                || WordClass.fusedPossessive(tokens, before) > 0 || WordClass.isClitic(tokens, before)
                || WordClass.isAdposition(tokens, before) || WordClass.isVerb(tokens, before) && !WordClass.isAux(tokens, before)
                || WordClass.isAdjective(tokens, before);
        return !modifierSlot;
    }
}
