package org.evident.annotators.speculation;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.evident.annotators.lexicon.FormFilter;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * Finds the scope of a speculation cue in its sentence, ConText-style: the cue's class
 * ({@link CueClassifier}) selects a {@link ScopeRule}, whose direction says where the scope starts
 * and which way it grows, and whose terminators and maximum length say where it stops. Brackets
 * and quotations opened after the cue are kept whole. A scope always includes its cue, never
 * crosses the sentence, and leaves out the sentence's final punctuation (BioScope practice) unless
 * the cue is that punctuation. Keeps the bracket pairs of the latest sentence, for its other cues:
 * one instance per annotator instance, not shared between threads.
 */
final class ScopeResolver {
    private final ScopeRules rules;
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "which", "who", "whom", "whose", "whereby",
            "where", "whether", "if");

    /** Per rule, every token form of all its terminators: a token outside the set ends no scope. */
    private final Map<ScopeRule, Set<String>> terminatorTokens = new IdentityHashMap<>();
    /** The same forms, by hash code, to turn most tokens away without a set look-up. */
    private final FormFilter terminatorFilter;
    /** The sentence whose bracket partners {@link #partners} holds (a sentence often has several cues). */
    private TokenSequence partnersOf;
    private int[] partners;

    /** @param rules the scope rules to apply */
    ScopeResolver(ScopeRules rules) {
        this.rules = rules;
        Set<String> all = new HashSet<>();
        for (CueClass cueClass : CueClass.values()) {
            ScopeRule rule = rules.rule(cueClass);
            Set<String> tokens = new HashSet<>();
            rule.terminators().forEach(terminator -> tokens.addAll(terminator.tokens()));
            terminatorTokens.put(rule, Set.copyOf(tokens));
            all.addAll(tokens);
        }
        terminatorFilter = FormFilter.of(all);
    }

    private int[] partners(TokenSequence tokens) {
        if (partnersOf != tokens) {
            partners = Brackets.partners(tokens);
            partnersOf = tokens;
        }
        return partners;
    }

    /** The scope of {@code cue} in the sentence {@code tokens}. */
    TokenRange resolve(TokenSequence tokens, LexiconMatch cue) {
        ScopeRule rule = rules.rule(CueClassifier.classify(tokens, cue));
        int[] partners = partners(tokens);
        int lastWord = Math.max(lastWord(tokens), cue.last());
        int start = switch (rule.direction()) {
            case INTERROGATIVE -> questionStart(tokens, cue.first(), partners);
            case SENTENCE -> firstWord(tokens);
            case CLAUSE -> ClauseStart.of(tokens, cue.first());
            case FORWARD, COMPLEMENT, NOUN_PHRASE -> cue.first();
        };
        int end = switch (rule.direction()) {
            case INTERROGATIVE -> cue.last();
            case SENTENCE -> lastWord;
            case CLAUSE, FORWARD, COMPLEMENT, NOUN_PHRASE -> forwardEnd(tokens, cue, rule, partners, lastWord);
        };
        return fit(tokens, cue, start, end, rule.maxScope(), partners);
    }

    /**
     * Scans right from the cue to the first terminator. Clauses that open after the cue (after
     * "that", "which", "whether" …) are counted until their finite verb arrives: while one is
     * waiting for it, a new-clause terminator cannot fire ("suggest that expression of c-jun, jun B
     * and jun D might …") unless a subject pronoun follows it (", we examined …"). In a noun phrase the first finite verb outside such a clause is the
     * predicate of the host clause and ends the scope.
     */
    private int forwardEnd(TokenSequence tokens, LexiconMatch cue, ScopeRule rule, int[] partners, int lastWord) {
        boolean nounPhrase = rule.direction() == Direction.NOUN_PHRASE;
        int awaitingPredicate = opensClause(tokens, cue.last()) ? 1 : 0;
        int j = cue.last() + 1;
        while (j <= lastWord) {
            if (partners[j] > j && partners[j] <= lastWord) {
                j = partners[j] + 1;
                continue;
            }
            if (partners[j] < 0 && Brackets.isOpener(tokens, j)) {
                return lastWord;
            }
            if (terminates(tokens, j, cue, rule, partners, awaitingPredicate > 0)) {
                return j - 1;
            }
            if (opensClause(tokens, j)) {
                awaitingPredicate++;
            } else if (startsVerbGroup(tokens, j)) {
                if (awaitingPredicate == 0 && nounPhrase && isHostPredicate(tokens, j)) {
                    return j - 1;
                }
                awaitingPredicate = Math.max(0, awaitingPredicate - 1);
            }
            j++;
        }
        return lastWord;
    }

    private boolean terminates(TokenSequence tokens, int j, LexiconMatch cue, ScopeRule rule, int[] partners,
            boolean clauseAwaitsPredicate) {
        boolean formMayEnd = terminatorFilter.mightContain(tokens.formHash(j));
        boolean textIsForm = tokens.textIsForm(j);
        if (!formMayEnd && textIsForm) {
            return false;
        }
        Set<String> candidates = terminatorTokens.get(rule);
        boolean formEnds = formMayEnd && candidates.contains(tokens.form(j));
        if (!formEnds && (textIsForm || !candidates.contains(tokens.text(j)))) {
            return false;
        }
        for (Terminator terminator : rule.terminators()) {
            if (clauseAwaitsPredicate && terminator.condition() == TerminatorCondition.NEW_CLAUSE
                    && !Grammar.SUBJECT_PRONOUNS.contains(tokens.form(Math.min(j + 1, tokens.size() - 1)))) {
                continue;
            }
            if ((terminator.tokens().contains(tokens.form(j)) || terminator.tokens().contains(tokens.text(j)))
                    && terminator.condition().holds(tokens, j, cue, partners)) {
                return rule.direction() != Direction.COMPLEMENT || !coordinatedComplement(tokens, j);
            }
        }
        return false;
    }

    /** "… but that …", "…, and that …", "…, who knew it": a further complement clause of the same cue. */
    private static boolean coordinatedComplement(TokenSequence tokens, int j) {
        int k = j + 1;
        while (k < tokens.size() && (tokens.formIs(k, ",", "and", "or", "but")
                || Grammar.isAdverb(tokens, k) && !Grammar.WH_WORDS.contains(tokens.form(k)))) {
            k++;
        }
        return k < tokens.size() && (tokens.formIs(k, "that", "whether", "if") || Grammar.WH_WORDS.contains(tokens.form(k)));
    }

    private static boolean opensClause(TokenSequence tokens, int j) {
        return j >= 0 && j < tokens.size() && CLAUSE_OPENERS.contains(tokens.form(j)) && !tokens.posIs(j, "DET");
    }

    private static boolean startsVerbGroup(TokenSequence tokens, int j) {
        if (!Grammar.isVerbal(tokens, j)) {
            return false;
        }
        int before = Grammar.skipAdverbsBackward(tokens, j - 1);
        return !Grammar.isVerbal(tokens, before) && !tokens.formIs(before, "to");
    }

    /** The finite verb of the clause the noun phrase belongs to, not a participle modifying a noun. */
    private static boolean isHostPredicate(TokenSequence tokens, int j) {
        if (Grammar.isFiniteAuxiliary(tokens, j)) {
            return true;
        }
        return tokens.posIs(j, "VERB") && !tokens.form(j).endsWith("ing") && !Grammar.isReducedRelative(tokens, j);
    }

    private static int questionStart(TokenSequence tokens, int mark, int[] partners) {
        for (int k = mark - 1; k >= 0; k--) {
            if (tokens.formIs(k, ";", ":") || partners[k] > mark) {
                return k + 1;
            }
        }
        return firstWord(tokens);
    }

    private static int firstWord(TokenSequence tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            if (!tokens.posIs(k, "PUNCT", "SYM")) {
                return k;
            }
        }
        return 0;
    }

    private static int lastWord(TokenSequence tokens) {
        int k = tokens.size() - 1;
        while (k > 0 && (Grammar.FINAL_PUNCTUATION.contains(tokens.form(k)) || tokens.text(k).isBlank())) {
            k--;
        }
        return k;
    }

    /** Caps the scope at {@code max} tokens and trims punctuation and conjunctions at its edges, never the cue. */
    private static TokenRange fit(TokenSequence tokens, LexiconMatch cue, int start, int end, int max, int[] partners) {
        int first = Math.min(start, cue.first());
        int last = Math.max(end, cue.last());
        if (last - first + 1 > max) {
            last = Math.max(cue.last(), first + max - 1);
            first = Math.min(cue.first(), Math.max(first, last - max + 1));
        }
        while (last > cue.last() && dangling(tokens, last, first, last, partners)) {
            last--;
        }
        while (first < cue.first() && isPunctuation(tokens, first) && !(partners[first] >= first && partners[first] <= last)) {
            first++;
        }
        return new TokenRange(first, last);
    }

    /** Punctuation or a conjunction at the edge of a scope, unless it is a bracket paired inside the scope. */
    private static boolean dangling(TokenSequence tokens, int k, int first, int last, int[] partners) {
        if (partners[k] >= first && partners[k] <= last) {
            return false;
        }
        return tokens.posIs(k, "PUNCT", "CCONJ", "SCONJ") || tokens.pos(k) == null && isPunctuation(tokens, k);
    }

    /** A token without letters or digits ("," or a blank token, but not the "c-" of a split "c-myb"). */
    private static boolean isPunctuation(TokenSequence tokens, int k) {
        return tokens.text(k).codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
