package org.evident.annotators.lexicon;

/**
 * An occurrence of a lexicon entry in a token sequence.
 *
 * @param entry the entry that matched
 * @param first index of the first token
 * @param last  index of the last token (inclusive)
 */
public record LexiconMatch(LexiconEntry entry, int first, int last) {

    /** Number of tokens covered. */
    public int length() {
        return last - first + 1;
    }

    /** True when the two matches share a token. */
    public boolean overlaps(LexiconMatch other) {
        return first <= other.last && other.first <= last;
    }

    /** Index of the token whose part of speech the entry constrains. */
    public int head() {
        return head(entry, first, last);
    }

    /** The head of an occurrence of {@code entry} from token {@code first} to {@code last}, before it is made. */
    static int head(LexiconEntry entry, int first, int last) {
        return Math.min(first + entry.headIndex(), last);
    }
}
