package org.evident.annotators.stance;

import java.util.Arrays;

import org.evident.annotators.CharPositions;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * The stance layer's view of a sentence: the OpenNLP tokenizer leaves single curly quotation marks
 * attached to the words they enclose ("‘of course", "all there’"), so the lexicon would not see
 * "of" or "there". This view strips quotation marks from the edges of such tokens, moving their
 * offsets, so that cues match and marker spans leave the marks out. A closing ’ after "s" stays:
 * it is usually the possessive of a plural ("employees’"). The CAS tokens are not changed, so other
 * layers keep the tokens the segmenter made.
 */
final class QuoteTrimmer {
    private static final String OPENING = "\u2018\u201c";
    private static final String CLOSING = "\u2019\u201d";

    private QuoteTrimmer() {
    }

    /** The positions of the curly quotation marks of a document, in text order. */
    static int[] curlyQuotes(String text) {
        return CharPositions.of(text, '\u2018', '\u2019', '\u201c', '\u201d');
    }

    /**
     * The sequence with quotation marks trimmed off token edges; the same sequence when there are
     * none.
     *
     * @param text   the document text the token offsets refer to
     * @param quotes the document's {@link #curlyQuotes(String)}
     */
    static TokenSequence trim(TokenSequence tokens, String text, int[] quotes) {
        int n = tokens.size();
        if (n == 0) {
            return tokens;
        }
        String[] texts = null;
        int[] begins = null;
        int[] ends = null;
        int i = 0;
        int checked = -1;
        // only the tokens that begin or end at one of the document's marks can be trimmed
        int sentenceEnd = tokens.end(n - 1);
        for (int q = firstAtOrAfter(quotes, tokens.begin(0)); q < quotes.length && quotes[q] < sentenceEnd; q++) {
            int mark = quotes[q];
            while (tokens.end(i) <= mark) {
                i++;
            }
            if (i == checked || mark != tokens.begin(i) && mark != tokens.end(i) - 1) {
                continue;
            }
            checked = i;
            String token = tokens.text(i);
            boolean opening = token.length() > 1 && OPENING.indexOf(token.charAt(0)) >= 0
                    && Character.isLetterOrDigit(token.charAt(1));
            int last = token.length() - 1;
            boolean closing = last > (opening ? 1 : 0) && CLOSING.indexOf(token.charAt(last)) >= 0
                    && Character.isLetter(token.charAt(last - 1)) && Character.toLowerCase(token.charAt(last - 1)) != 's';
            if (!opening && !closing) {
                continue;
            }
            if (texts == null) {
                texts = tokens.texts();
                begins = tokens.begins();
                ends = tokens.ends();
            }
            texts[i] = token.substring(opening ? 1 : 0, closing ? last : last + 1);
            begins[i] += opening ? 1 : 0;
            ends[i] -= closing ? 1 : 0;
        }
        return texts == null ? tokens : tokens.withTexts(texts, begins, ends);
    }

    private static int firstAtOrAfter(int[] quotes, int offset) {
        int at = Arrays.binarySearch(quotes, offset);
        return at >= 0 ? at : -at - 1;
    }
}
