package org.evident.annotators.speculation;

import java.util.HashSet;
import java.util.Set;

import org.evident.annotators.lexicon.ContextRule;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * {@code embedded_question} / {@code not_embedded_question}: tells the "if" of an embedded question
 * ("asked if", "to see if", "it is unclear if": investigation) from the conditional "if". An "if"
 * opens an embedded question when the word before it (adverbs and a particle skipped) is a verb of
 * asking, knowing, finding out, testing or deciding, or an adjective of (un)certainty.
 */
final class EmbeddedQuestion implements ContextRule {
    /** Name of the rule that accepts the embedded-question "if". */
    static final String EMBEDDED = "embedded_question";
    /** Name of the rule that accepts every other "if". */
    static final String NOT_EMBEDDED = "not_embedded_question";

    private static final Set<String> GOVERNORS = union(Grammar.verbForms("ask", "wonder", "see", "check", "test",
            "determine", "decide", "examine", "investigate", "establish", "verify", "confirm", "assess",
            "evaluate", "explore", "question", "inquire", "enquire", "gauge", "probe", "know", "tell", "learn",
            "study", "clarify", "discover", "find", "figure", "analyse", "analyze", "monitor", "doubt", "query",
            "debate", "consider", "judge", "address", "show", "demonstrate", "say"),
            Set.of("sure", "unsure", "unclear", "uncertain", "certain", "clear", "known", "unknown", "doubtful"));
    private static final Set<String> PARTICLES = Set.of("out", "whether", "or");

    private final boolean embedded;

    /** @param embedded true for the rule that accepts embedded questions, false for its complement */
    EmbeddedQuestion(boolean embedded) {
        this.embedded = embedded;
    }

    @Override
    public boolean accepts(TokenSequence tokens, LexiconMatch match) {
        return opensEmbeddedQuestion(tokens, match.first()) == embedded;
    }

    private static boolean opensEmbeddedQuestion(TokenSequence tokens, int conjunction) {
        int k = conjunction - 1;
        while (k >= 0 && (Grammar.isAdverb(tokens, k) && !tokens.formIs(k, "not") || PARTICLES.contains(tokens.form(k)))) {
            k--;
        }
        return k >= 0 && GOVERNORS.contains(tokens.form(k));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
