package org.evident.annotators.stance;

import org.evident.annotators.lexicon.ContextRule;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * Rule {@code emphatic_do} (docs/guidelines/stance.md §8): accepts the auxiliary "do", "does",
 * "did" in an affirmative statement, where it only adds emphasis: it is not the first word of the
 * sentence (questions, imperatives), no auxiliary, "to" or particle precedes it ("must do", "to
 * do": main verb), and the next token — or the one after a single adverb — is a
 * verb ("the figures [do] show a rise", "the need [does] indeed put pressure on …"). Questions
 * ("does it matter"), negation ("did not"), ellipsis ("as they do") and main-verb "do" fail.
 */
final class EmphaticDo implements ContextRule {

    @Override
    public boolean accepts(TokenSequence tokens, LexiconMatch match) {
        int first = match.first();
        if (first == 0 || Punctuation.isOpening(tokens, first - 1) || tokens.posIs(first, "VERB")
                || tokens.posIs(first - 1, "AUX", "PART") || tokens.formIs(first - 1, "to")) {
            return false;
        }
        int next = match.last() + 1;
        if (tokens.posIs(next, "ADV") && !tokens.formIs(next, "not", "n't", "never")) {
            next++;
        }
        return tokens.posIs(next, "VERB") && !tokens.form(next).endsWith("ing");
    }
}
