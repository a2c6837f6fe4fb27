package org.evident.annotators.stance;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.evident.annotators.lexicon.ContextRule;
import org.evident.annotators.lexicon.Inflector;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * Rule {@code not_manner} (docs/guidelines/stance.md §8): rejects a stance adverb used as a manner
 * adverb. "Clearly", "frankly", "naturally" are boosters as sentence adverbs ("the ruling
 * [clearly] favours …") but describe how something is done when they follow the verb ("spoke
 * frankly", "comes naturally"), are graded ("more clearly", "very plainly"), end the clause ("they
 * saw it clearly."), or modify a verb or adjective of saying, perceiving or defining ("clearly
 * defined", "clearly stated", "clearly visible", "surely say").
 */
final class NotManner implements ContextRule {
    private static final Set<String> DEGREE_WORDS = Set.of("more", "most", "less", "least", "very", "so", "too",
            "quite", "as", "how", "rather", "fairly", "pretty", "extremely", "sufficiently", "reasonably");
    private static final List<String> MANNER_VERBS = List.of("define", "state", "explain", "see", "understand",
            "identify", "describe", "depict", "distinguish", "label", "mark", "articulate", "express", "communicate",
            "hear", "specify", "outline", "spell", "say", "speak", "write", "tell", "remember", "recall", "present",
            "delineate", "demarcate", "think", "read", "recognise", "recognize", "perceive", "lay", "set");
    private static final List<String> MANNER_ADJECTIVES = List.of("visible", "audible", "legible", "readable",
            "identifiable", "distinguishable", "recognisable", "recognizable", "discernible", "noticeable", "marked");
    private static final Set<String> CLAUSE_ENDS = Set.of(".", ";", "!", "?");

    private final Set<String> mannerWords = new HashSet<>(MANNER_ADJECTIVES);

    NotManner() {
        Inflector inflector = Inflector.english();
        for (String verb : MANNER_VERBS) {
            mannerWords.addAll(inflector.forms(verb, Set.of("VERB")));
        }
    }

    @Override
    public boolean accepts(TokenSequence tokens, LexiconMatch match) {
        int before = match.first() - 1;
        int next = match.last() + 1;
        if (tokens.posIs(before, "VERB") || before >= 0 && DEGREE_WORDS.contains(tokens.form(before))) {
            return false;
        }
        if (next >= tokens.size() || CLAUSE_ENDS.contains(tokens.form(next))) {
            return false;
        }
        return !mannerWords.contains(tokens.form(next));
    }
}
