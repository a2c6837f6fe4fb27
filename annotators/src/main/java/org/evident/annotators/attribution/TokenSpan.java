package org.evident.annotators.attribution;

import org.evident.annotators.lexicon.TokenSequence;

/**
 * A run of tokens of one sentence, inclusive, with the number of characters to drop at its end
 * (a possessive clitic fused to the last token: "Protesters'" → "Protesters").
 *
 * @param first first token
 * @param last  last token (inclusive)
 * @param trim  characters cut from the end of the last token
 */
record TokenSpan(int first, int last, int trim) {

    TokenSpan(int first, int last) {
        this(first, last, 0);
    }

    /** Begin offset in the document. */
    int begin(TokenSequence t) {
        return t.begin(first);
    }

    /** End offset in the document (exclusive). */
    int end(TokenSequence t) {
        return t.end(last) - trim;
    }
}
