package org.evident.annotators.stance;

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

    /** The sequence with quotation marks trimmed off token edges; the same sequence when there are none. */
    static TokenSequence trim(TokenSequence tokens) {
        int n = tokens.size();
        String[] texts = new String[n];
        String[] pos = new String[n];
        int[] begins = new int[n];
        int[] ends = new int[n];
        boolean changed = false;
        for (int i = 0; i < n; i++) {
            String text = tokens.text(i);
            int begin = tokens.begin(i);
            int end = tokens.end(i);
            if (text.length() > 1 && OPENING.indexOf(text.charAt(0)) >= 0 && Character.isLetterOrDigit(text.charAt(1))) {
                text = text.substring(1);
                begin++;
            }
            int last = text.length() - 1;
            if (last > 0 && CLOSING.indexOf(text.charAt(last)) >= 0 && Character.isLetter(text.charAt(last - 1))
                    && Character.toLowerCase(text.charAt(last - 1)) != 's') {
                text = text.substring(0, last);
                end--;
            }
            changed |= begin != tokens.begin(i) || end != tokens.end(i);
            texts[i] = text;
            pos[i] = tokens.pos(i);
            begins[i] = begin;
            ends[i] = end;
        }
        return changed ? new TokenSequence(texts, pos, begins, ends) : tokens;
    }
}
