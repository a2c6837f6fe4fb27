package org.evident.annotators.attribution;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.evident.annotators.lexicon.Inflector;
import org.evident.annotators.lexicon.Lexicon;
import org.evident.annotators.lexicon.LexiconEntry;
import org.evident.annotators.lexicon.TokenForms;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * The forms that can start a cue of a lexicon (the first token of every entry that is not a
 * pseudo-cue, inflected as the lexicon inflects it). A sentence without one of them holds no cue,
 * so the annotator neither repairs its tags nor matches the lexicon on it.
 */
final class CueTriggers {
    private final Set<String> forms;

    private CueTriggers(Set<String> forms) {
        this.forms = Set.copyOf(forms);
    }

    /** The triggers of a lexicon. */
    static CueTriggers of(Lexicon lexicon) {
        Set<String> forms = new HashSet<>();
        for (LexiconEntry entry : lexicon.entries()) {
            if (entry.isPseudo()) {
                continue;
            }
            String first = entry.phrase().toLowerCase(Locale.ROOT).trim().split("\\s+")[0];
            for (String alternative : first.split("\\|")) {
                if (alternative.startsWith("<") && alternative.endsWith(">") && alternative.length() > 2) {
                    forms.addAll(Inflector.english().forms(alternative.substring(1, alternative.length() - 1), entry.pos()));
                } else {
                    forms.add(TokenForms.normalise(alternative));
                }
            }
        }
        return new CueTriggers(forms);
    }

    /** True when some token of the sentence may start a cue. */
    boolean anyIn(TokenSequence tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (forms.contains(tokens.form(i))) {
                return true;
            }
        }
        return false;
    }
}
