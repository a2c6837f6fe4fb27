package org.evident.annotators.stance;

import java.util.Set;

import org.evident.annotators.lexicon.ContextRule;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * Rule {@code adjective} (docs/guidelines/stance.md §8): accepts a word that is evaluative as an
 * adjective when it is tagged as one, or when the tagger gave it another class but it stands where
 * adjectives stand:
 * <ul>
 * <li>before a noun, adjective or number, unless it is tagged as an adverb without a determiner
 * before it ("a good/NOUN decision", "a just/ADV outcome", but not "just/ADV 5 percent");</li>
 * <li>after a linking verb, a degree adverb or "as", at the end of the phrase ("the promises rang
 * hollow/ADV.", "were kind/NOUN,"); a preposition or "to" also ends the phrase unless the word is
 * tagged as an adverb ("is just for adults");</li>
 * <li>coordinated with an adjective ("smart, kind and …").</li>
 * </ul>
 * The senses of other classes stand elsewhere and are rejected ("the right to vote", "a rash of
 * thefts", "did better"), and so are words tagged as proper nouns or written in capitals (names
 * and acronyms: "Smart Girl", "the MSS APT teams").
 */
final class Adjective implements ContextRule {
    private static final Set<String> LINKING_VERBS = Set.of("be", "is", "are", "was", "were", "been", "being", "am",
            "'re", "'m", "seem", "seems", "seemed", "look", "looks", "looked", "appear", "appears", "appeared",
            "become", "becomes", "became", "remain", "remains", "remained", "prove", "proves", "proved", "proven",
            "sound", "sounds", "sounded", "feel", "feels", "felt", "ring", "rings", "rang", "rung", "stay", "stays",
            "stayed", "grow", "grows", "grew", "grown", "turn", "turns", "turned", "get", "gets", "got", "go", "goes",
            "went", "gone", "as");

    @Override
    public boolean accepts(TokenSequence tokens, LexiconMatch match) {
        int word = match.head();
        if (tokens.pos(word) == null || tokens.posIs(word, "ADJ")) {
            return true;
        }
        if (tokens.posIs(word, "PROPN") || isAcronym(tokens.text(word))) {
            return false;
        }
        int before = match.first() - 1;
        int next = match.last() + 1;
        boolean adverb = tokens.posIs(word, "ADV");
        boolean nominal = !adverb || tokens.posIs(before, "DET");
        if (nominal && tokens.posIs(next, "NOUN", "PROPN", "ADJ", "NUM")) {
            return true;
        }
        boolean phraseEnds = next >= tokens.size() || tokens.posIs(next, "PUNCT", "CCONJ")
                || !adverb && tokens.posIs(next, "ADP", "PART", "SCONJ");
        if (before >= 0 && phraseEnds && (LINKING_VERBS.contains(tokens.form(before)) || tokens.posIs(before, "ADV"))) {
            return true;
        }
        return (tokens.formIs(before, ",") || tokens.posIs(before, "CCONJ")) && tokens.posIs(before - 1, "ADJ");
    }

    /** "APT", "SOUND": capitals throughout make a name or an acronym. */
    private static boolean isAcronym(String text) {
        return text.length() > 1 && text.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
    }
}
