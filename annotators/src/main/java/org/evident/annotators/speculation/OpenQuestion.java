package org.evident.annotators.speculation;

import org.evident.annotators.lexicon.ContextRule;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * {@code open_question}: accepts a question mark that closes a question in the writer's own voice:
 * a punctuation token after at least one word, not inside a quotation that opens earlier in the
 * sentence ({@code “Is it safe?” she asked} is the quoted speaker's question, not the writer's).
 */
final class OpenQuestion implements ContextRule {
    static final String NAME = "open_question";

    @Override
    public boolean accepts(TokenSequence tokens, LexiconMatch match) {
        int mark = match.first();
        if (tokens.pos(mark) != null && !tokens.posIs(mark, "PUNCT")) {
            return false;
        }
        return hasWordBefore(tokens, mark) && !insideQuotation(tokens, mark);
    }

    private static boolean hasWordBefore(TokenSequence tokens, int mark) {
        for (int k = 0; k < mark; k++) {
            if (Character.isLetterOrDigit(tokens.form(k).codePointAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** True when a quotation opened before {@code mark} is not closed before it. */
    private static boolean insideQuotation(TokenSequence tokens, int mark) {
        int[] partners = Brackets.partners(tokens);
        for (int k = 0; k < mark; k++) {
            if (Brackets.isQuoteOpener(tokens, k) && (partners[k] < 0 || partners[k] > mark)) {
                return true;
            }
        }
        return false;
    }
}
