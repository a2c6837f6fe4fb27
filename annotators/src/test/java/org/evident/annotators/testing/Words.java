package org.evident.annotators.testing;

import org.evident.annotators.lexicon.TokenSequence;

/** Untagged token sequences built from words separated by single spaces, for lexicon-level tests. */
public final class Words {
    private Words() {
    }

    /** The words of a space-separated text. */
    public static TokenSequence of(String text) {
        return of(text.split(" "));
    }

    /** The given words, one space apart, without part-of-speech tags. */
    public static TokenSequence of(String... words) {
        int[] begins = new int[words.length];
        int[] ends = new int[words.length];
        for (int i = 0, offset = 0; i < words.length; offset = ends[i] + 1, i++) {
            begins[i] = offset;
            ends[i] = offset + words[i].length();
        }
        return new TokenSequence(words, new String[words.length], begins, ends);
    }
}
