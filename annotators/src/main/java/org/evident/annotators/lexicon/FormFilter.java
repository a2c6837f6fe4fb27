package org.evident.annotators.lexicon;

import java.util.Collection;

/**
 * A set of token forms that answers "certainly not a member" from the form's hash code alone, in a
 * bit table small enough to stay in the processor cache (a Bloom filter with one hash function).
 * Most tokens of a sentence start no lexicon phrase; the filter turns them away before a hash map
 * is touched. {@code mightContain} may answer true for a form that is not a member, never false
 * for one that is.
 */
public final class FormFilter {
    private static final int BITS = 1 << 16;

    private final long[] words = new long[BITS / Long.SIZE];

    /** A filter holding the given forms. */
    public static FormFilter of(Collection<String> forms) {
        FormFilter filter = new FormFilter();
        forms.forEach(filter::add);
        return filter;
    }

    /** Adds a form. */
    public void add(String form) {
        addHash(form.hashCode());
    }

    /** Adds a hash code (of a form, or of several combined). */
    public void addHash(int hash) {
        int bit = bit(hash);
        words[bit >>> 6] |= 1L << bit;
    }

    /** False when no form with this hash code was added. */
    public boolean mightContain(int hash) {
        int bit = bit(hash);
        return (words[bit >>> 6] & 1L << bit) != 0;
    }

    private static int bit(int hash) {
        return (hash ^ hash >>> 16) & BITS - 1;
    }
}
