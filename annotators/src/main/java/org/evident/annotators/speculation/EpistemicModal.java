package org.evident.annotators.speculation;

import java.util.Set;

import org.evident.annotators.Negation;
import org.evident.annotators.lexicon.ContextRule;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * {@code epistemic_modal}: accepts "could", "would" and "might" only where they judge how probable
 * a proposition is. Rejects past-ability "could" (negated: "could not", "no link could"; before a
 * perception or ability verb; before any verb, "be" included, in a past-tense sentence; "could
 * have" + participle stays epistemic), reported-future, habitual and refusal "would", and rejects
 * deontic, dynamic and future modals (should, must, can, will) outright, so that a user lexicon
 * listing them with this rule gets no obligation or ability cues. A "modal" before a verb in -s, a
 * conjunction or a determiner is a noun ("might makes right").
 */
final class EpistemicModal implements ContextRule {
    static final String NAME = "epistemic_modal";

    private static final Set<String> NEVER_EPISTEMIC = Set.of("can", "cannot", "should", "must", "shall", "will",
            "'ll", "ought", "should've", "must've");
    private static final Set<String> ABILITY_VERBS = Set.of("see", "hear", "feel", "smell", "taste", "afford",
            "remember", "understand", "read", "speak", "swim", "walk", "run", "sleep", "stand", "bear", "help",
            "find", "get", "make", "do", "play", "eat", "breathe", "believe", "tell", "say");
    private static final Set<String> COULD_EPISTEMIC_NEXT = Set.of("be", "have", "'ve", "well", "potentially",
            "possibly", "also", "easily", "even", "conceivably", "theoretically", "plausibly", "perhaps");
    private static final Set<String> REPORTING_VERBS = Grammar.verbForms("say", "tell", "claim", "announce",
            "promise", "pledge", "warn", "insist", "think", "believe", "expect", "know", "decide", "agree", "hope",
            "assure", "vow", "predict", "state", "report");
    private static final Set<String> HABITUAL_NEXT = Set.of("often", "usually", "always", "sometimes", "later",
            "soon", "eventually", "never", "then", "frequently", "regularly", "occasionally", "subsequently",
            "become", "go", "continue", "spend", "remain", "serve", "marry", "die", "return", "retire");
    private static final Set<String> REFUSAL_VERBS = Set.of("comment", "say", "confirm", "disclose", "reveal",
            "discuss", "elaborate", "answer", "specify", "identify", "name", "respond", "give", "provide", "allow");
    private static final Set<String> HEDGING_VERBS = Set.of("seem", "appear", "suggest", "say", "argue", "think",
            "imagine", "expect", "indicate", "assume", "guess", "suppose", "estimate", "venture");
    private static final Set<String> CONDITION_WORDS = Set.of("if", "unless", "otherwise", "without", "provided",
            "providing", "supposing", "assuming");
    private static final int REPORT_WINDOW = 8;

    @Override
    public boolean accepts(TokenSequence tokens, LexiconMatch match) {
        String modal = tokens.form(match.first());
        if (NEVER_EPISTEMIC.contains(modal) || usedAsNoun(tokens, match.last() + 1)) {
            return false;
        }
        if (modal.startsWith("could")) {
            return epistemicCould(tokens, match);
        }
        if (modal.startsWith("would")) {
            return epistemicWould(tokens, match);
        }
        return true;
    }

    private static boolean epistemicCould(TokenSequence tokens, LexiconMatch match) {
        int next = match.last() + 1;
        if (tokens.formIs(next, "not", "n't", "never", "hardly", "barely", "scarcely")
                || Negation.isNegated(tokens, match.first(), match.last())) {
            return false;
        }
        if (tokens.formIs(next, COULD_EPISTEMIC_NEXT.toArray(String[]::new)) || tokens.form(match.last()).endsWith("'ve")) {
            return true;
        }
        int verb = Grammar.skipAdverbs(tokens, next);
        if (tokens.formIs(verb, "have", "'ve") && Grammar.isParticiple(tokens, Grammar.skipAdverbs(tokens, verb + 1))) {
            return true;
        }
        if (verb < tokens.size() && ABILITY_VERBS.contains(tokens.form(verb))) {
            return false;
        }
        return !Grammar.pastTenseElsewhere(tokens, match.first(), match.last());
    }

    private static boolean epistemicWould(TokenSequence tokens, LexiconMatch match) {
        int first = match.first();
        int next = match.last() + 1;
        if (reportedFuture(tokens, first) || habitual(tokens, next) || refusal(tokens, next)) {
            return false;
        }
        if (tokens.form(match.last()).endsWith("'ve")) {
            return true;
        }
        int verb = Grammar.skipAdverbs(tokens, next);
        if (tokens.formIs(verb, "have", "'ve") && Grammar.isParticiple(tokens, Grammar.skipAdverbs(tokens, verb + 1))) {
            return true;
        }
        if (verb < tokens.size() && HEDGING_VERBS.contains(tokens.form(verb))) {
            return true;
        }
        if (conditionalSentence(tokens, first)) {
            return true;
        }
        return tokens.formIs(verb, "be") && !Grammar.pastTenseElsewhere(tokens, first, match.last());
    }

    /**
     * A modal takes a bare verb: "might makes right", "through might because …" have the noun
     * "might" before a verb in -s, a conjunction or a determiner.
     */
    private static boolean usedAsNoun(TokenSequence tokens, int next) {
        return tokens.posIs(next, "VERB") && tokens.form(next).endsWith("s") && !tokens.form(next).endsWith("ss")
                || tokens.posIs(next, "SCONJ", "DET") && !tokens.formIs(next, "well", "as");
    }

    private static boolean reportedFuture(TokenSequence tokens, int would) {
        for (int k = Math.max(0, would - REPORT_WINDOW); k < would; k++) {
            if (REPORTING_VERBS.contains(tokens.form(k)) && Grammar.isVerbal(tokens, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean habitual(TokenSequence tokens, int next) {
        if (next >= tokens.size()) {
            return false;
        }
        String form = tokens.form(next);
        return HABITUAL_NEXT.contains(form) || form.equals("go") && tokens.formIs(next + 1, "on");
    }

    private static boolean refusal(TokenSequence tokens, int next) {
        return tokens.formIs(next, "not", "n't", "never") && next + 1 < tokens.size()
                && REFUSAL_VERBS.contains(tokens.form(next + 1));
    }

    private static boolean conditionalSentence(TokenSequence tokens, int would) {
        for (int k = 0; k < tokens.size(); k++) {
            if (k != would && (CONDITION_WORDS.contains(tokens.form(k)) || isInvertedCondition(tokens, k))) {
                return true;
            }
        }
        return false;
    }

    /** "Were it not for …", "Had they known …": an auxiliary opening a clause before its subject. */
    private static boolean isInvertedCondition(TokenSequence tokens, int k) {
        return tokens.formIs(k, "were", "had") && (k == 0 || tokens.formIs(k - 1, ","))
                && tokens.posIs(k + 1, "PRON", "DET", "PROPN");
    }
}
