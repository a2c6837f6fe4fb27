package org.evident.annotators.attribution;

import java.util.List;

import org.evident.annotators.lexicon.TokenSequence;

/**
 * Continuation of direct quotations (guidelines P9): a quotation that opens the sentence right
 * after a direct attribution, fills its sentences (no unquoted words, no reporting clause of its
 * own) and stays in the same paragraph continues that attribution; its content becomes the hull
 * from the first quotation to the last. Unquoted text or a new cue ends the chain.
 */
final class QuoteContinuation {
    private final String text;
    private final List<TokenSequence> sentences;
    private final Quotes quotes;

    QuoteContinuation(String text, List<TokenSequence> sentences, Quotes quotes) {
        this.text = text;
        this.sentences = sentences;
        this.quotes = quotes;
    }

    /** Extends every direct content in place. */
    void extend(List<Candidate> all) {
        for (Candidate candidate : all) {
            if (quotes.startingAt(candidate.content.begin()) == null || quotes.endingAt(candidate.content.end()) == null) {
                continue;
            }
            Quote next;
            while ((next = next(candidate, all)) != null) {
                candidate.content = new CharSpan(candidate.content.begin(), next.end());
            }
        }
    }

    private Quote next(Candidate candidate, List<Candidate> all) {
        int last = sentenceOf(Math.max(candidate.content.end(), candidate.cueSpan.end()) - 1);
        if (last < 0 || last + 1 >= sentences.size()) {
            return null;
        }
        TokenSequence following = sentences.get(last + 1);
        int first = WordClass.firstWord(following);
        if (first != 0 || !WordClass.startsWithQuote(following, 0)
                || newParagraph(sentences.get(last).end(sentences.get(last).size() - 1), following.begin(0))) {
            return null;
        }
        Quote quote = quotes.startingAt(following.begin(0));
        if (quote == null) {
            return null;
        }
        int end = sentenceOf(quote.end() - 1);
        TokenSequence closing = sentences.get(end);
        int tail = closing.end(closing.size() - 1);
        for (int p = quote.end(); p < tail; p++) {
            if (Character.isLetterOrDigit(text.charAt(p))) {
                return null;
            }
        }
        for (Candidate other : all) {
            if (other != candidate && (other.content.begin() == quote.begin()
                    || other.cueSpan.begin() >= following.begin(0) && other.cueSpan.end() <= tail
                            && !quote.surrounds(other.cueSpan.begin(), other.cueSpan.end()))) {
                return null;
            }
        }
        return quote;
    }

    /** A blank line between two offsets. */
    private boolean newParagraph(int from, int to) {
        int newlines = 0;
        for (int p = from; p < to; p++) {
            if (text.charAt(p) == '\n') {
                newlines++;
            }
        }
        return newlines > 1;
    }

    /** The last sentence that begins at or before {@code offset}, or -1. */
    private int sentenceOf(int offset) {
        int low = 0;
        int high = sentences.size() - 1;
        int result = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (sentences.get(mid).begin(0) <= offset) {
                result = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return result;
    }
}
