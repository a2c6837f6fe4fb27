package org.evident.annotators.speculation;

/**
 * A contiguous run of tokens in a sentence.
 *
 * @param first index of the first token
 * @param last  index of the last token (inclusive)
 */
record TokenRange(int first, int last) {
}
