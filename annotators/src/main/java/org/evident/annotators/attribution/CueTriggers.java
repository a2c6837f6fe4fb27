package org.evident.annotators.attribution;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.evident.annotators.lexicon.FormFilter;
import org.evident.annotators.lexicon.Inflector;
import org.evident.annotators.lexicon.Lexicon;
import org.evident.annotators.lexicon.LexiconEntry;
import org.evident.annotators.lexicon.TokenForms;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * Forms that a sentence must contain to hold a cue: for every entry of the lexicon that is not a
 * pseudo-cue, the forms of its most selective token (a match needs every token of the phrase, so
 * any one of them will do; "words" for "in the words of", "according" for "according to", "view"
 * for "be of the view"). Function words are never chosen, and among the other tokens the one whose
 * shortest form is longest wins. A sentence without any trigger holds no cue, so the annotator
 * neither repairs its tags nor matches the lexicon on it.
 */
final class CueTriggers {
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "to", "in", "as", "by", "it",
            "that", "for", "on", "at", "with", "is", "was", "be");

    private final Set<String> forms;
    private final FormFilter filter;

    private CueTriggers(Set<String> forms) {
        this.forms = Set.copyOf(forms);
        this.filter = FormFilter.of(forms);
    }

    /** The triggers of a lexicon. */
    static CueTriggers of(Lexicon lexicon) {
        Set<String> forms = new HashSet<>();
        for (LexiconEntry entry : lexicon.entries()) {
            if (!entry.isPseudo()) {
                forms.addAll(mostSelective(entry));
            }
        }
        return new CueTriggers(forms);
    }

    /** True when some token of the sentence may belong to a cue. */
    boolean anyIn(TokenSequence tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (filter.mightContain(tokens.formHash(i)) && forms.contains(tokens.form(i))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> mostSelective(LexiconEntry entry) {
        Set<String> best = null;
        int bestLength = -1;
        for (String token : entry.phrase().toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            Set<String> alternatives = forms(token, entry);
            int shortest = alternatives.stream().mapToInt(String::length).min().orElse(0);
            boolean function = alternatives.stream().anyMatch(FUNCTION_WORDS::contains);
            int score = function ? 0 : shortest;
            if (best == null || score > bestLength) {
                best = alternatives;
                bestLength = score;
            }
        }
        return best;
    }

    private static Set<String> forms(String token, LexiconEntry entry) {
        Set<String> forms = new LinkedHashSet<>();
        for (String alternative : token.split("\\|")) {
            if (alternative.startsWith("<") && alternative.endsWith(">") && alternative.length() > 2) {
                forms.addAll(Inflector.english().forms(alternative.substring(1, alternative.length() - 1), entry.pos()));
            } else {
                forms.add(TokenForms.normalise(alternative));
            }
        }
        return forms;
    }
}
