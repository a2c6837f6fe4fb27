package org.evident.annotators.lexicon;

import java.util.Collection;

/**
 * A set of token forms that answers "certainly not a member" from the form's hash code alone, in a
 * bit table small enough to stay in the processor cache: a blocked Bloom filter, whose hash code
 * chooses one 64-bit word and sets two bits in it, so that a look-up reads one word from memory.
 * With a few thousand forms in the default table about one form in a hundred that is not a member
 * gets through, where one bit per form let through one in fifteen, among them, by chance, forms as
 * frequent as the full stop.
 * Most tokens of a sentence start no lexicon phrase; the filter turns them away before a hash map
 * is touched. {@code mightContain} may answer true for a form that is not a member, never false
 * for one that is.
 */
public final class FormFilter {
    private static final int DEFAULT_BITS = 1 << 16;

    private final long[] words;
    private final int mask;

    /** An empty filter of 65,536 bits (8 kB), for sets of up to a few thousand forms. */
    public FormFilter() {
        this(DEFAULT_BITS);
    }

    /** An empty filter of {@code bits} bits, a power of two of at least 64. */
    public FormFilter(int bits) {
        if (bits < Long.SIZE || Integer.bitCount(bits) != 1) {
            throw new IllegalArgumentException("a filter's size must be a power of two of at least 64 bits: " + bits);
        }
        this.words = new long[bits / Long.SIZE];
        this.mask = bits - 1;
    }

    /** A filter of the default size holding the given forms. */
    public static FormFilter of(Collection<String> forms) {
        FormFilter filter = new FormFilter();
        forms.forEach(filter::add);
        return filter;
    }

    /** A filter holding the given forms, with about 32 bits per form (under one per cent false positives). */
    public static FormFilter small(Collection<String> forms) {
        FormFilter filter = new FormFilter(Math.max(Long.SIZE, Integer.highestOneBit(Math.max(1, forms.size()) * 32 - 1) << 1));
        forms.forEach(filter::add);
        return filter;
    }

    /** Adds a form. */
    public void add(String form) {
        addHash(form.hashCode());
    }

    /** Adds a hash code (of a form, or of several combined). */
    public void addHash(int hash) {
        int mixed = mix(hash);
        words[word(mixed)] |= bits(mixed);
    }

    /** False when no form with this hash code was added. */
    public boolean mightContain(int hash) {
        int mixed = mix(hash);
        long bits = bits(mixed);
        return (words[word(mixed)] & bits) == bits;
    }

    /** The hash code mixed as MurmurHash3 finishes it, so that similar forms land far apart. */
    private static int mix(int hash) {
        int mixed = (hash ^ hash >>> 16) * 0x85EBCA6B;
        mixed = (mixed ^ mixed >>> 13) * 0xC2B2AE35;
        return mixed ^ mixed >>> 16;
    }

    /** The word, from the mixed code's upper bits. */
    private int word(int mixed) {
        return (mixed >>> 12) & mask >>> 6;
    }

    /** Two bits of the word, from the mixed code's lower twelve bits. */
    private static long bits(int mixed) {
        return 1L << mixed | 1L << (mixed >>> 6);
    }
}
