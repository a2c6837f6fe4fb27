package org.evident.annotators.speculation;

import java.util.Map;

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

    private static final Map<String, String> QUOTES = Map.of("\u201c", "\u201d", "\u2018", "\u2019", "``", "''");

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

    /** True when a quotation mark opened before {@code mark} in the sentence is still open there. */
    static boolean insideQuotation(TokenSequence tokens, int mark) {
        int straight = 0;
        int open = 0;
        for (int k = 0; k < mark; k++) {
            String form = tokens.text(k);
            if (form.equals("\"")) {
                straight++;
            } else if (QUOTES.containsKey(form)) {
                open++;
            } else if (QUOTES.containsValue(form) && open > 0) {
                open--;
            }
        }
        return open > 0 || straight % 2 == 1;
    }
}
