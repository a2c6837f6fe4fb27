package org.evident.annotators.lexicon;

/**
 * A named check on the context of a lexicon match, referenced from a lexicon's {@code rules}
 * column ("May" the month, deontic modals, "suggest" meaning propose …).
 */
@FunctionalInterface
public interface ContextRule {
    /** True when the occurrence really is a cue in this context. */
    boolean accepts(TokenSequence tokens, LexiconMatch match);
}
