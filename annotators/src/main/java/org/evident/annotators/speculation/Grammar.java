package org.evident.annotators.speculation;

import java.util.HashSet;
import java.util.Set;

import org.evident.annotators.lexicon.Inflector;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * Shallow English grammar over a tagged token sequence, shared by the context rules and the scope
 * resolver: verb groups, finiteness, subjects, complementisers. The UD tagger gives no tense or
 * verb form, so these tests combine the tag with closed word lists and suffixes; without tags they
 * fall back to the word lists alone.
 */
final class Grammar {
    /** Auxiliaries and modals that carry tense (finite), including the tokenizer's contracted forms. */
    static final Set<String> FINITE_AUXILIARIES = Set.of("is", "are", "was", "were", "am", "'s", "'re", "'m",
            "has", "have", "had", "'ve", "'d", "do", "does", "did", "can", "could", "may", "might", "must",
            "shall", "should", "will", "would", "'ll", "cannot", "isn't", "aren't", "wasn't", "weren't",
            "hasn't", "haven't", "hadn't", "don't", "doesn't", "didn't", "can't", "couldn't", "won't",
            "wouldn't", "shouldn't", "mustn't", "mightn't");
    /** Modal auxiliaries. */
    static final Set<String> MODALS = Set.of("can", "could", "may", "might", "must", "shall", "should", "will",
            "would", "cannot", "could've", "might've", "would've", "should've", "must've");
    /** Forms of "be". */
    static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "am", "been", "being", "'s", "'re",
            "'m", "isn't", "aren't", "wasn't", "weren't");
    /** Forms of "have" used as perfect auxiliary. */
    static final Set<String> HAVE = Set.of("have", "has", "had", "'ve", "having");
    /** Subject pronouns that can open a clause. */
    static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "you", "he", "she", "it", "they", "there",
            "this", "these", "those", "that", "one", "someone", "nobody", "everyone", "anyone", "none");
    /** Subordinators and complementisers that open a clause. */
    static final Set<String> SUBORDINATORS = Set.of("that", "whether", "if", "because", "although", "though",
            "whereas", "while", "since", "unless", "when", "whenever", "where", "once", "until", "after",
            "before", "so", "as");
    /** Relative pronouns. */
    static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose");
    /** Question words that open an embedded question. */
    static final Set<String> WH_WORDS = Set.of("what", "who", "whom", "whose", "which", "how", "why", "when",
            "where");
    /** Sentence-final punctuation, excluded from scopes (BioScope practice). */
    static final Set<String> FINAL_PUNCTUATION = Set.of(".", "!", "?", "...", "\u2026");
    /** Past-tense finite forms frequent in narrative text. */
    private static final Set<String> PAST_FORMS = Set.of("was", "were", "had", "did", "wasn't", "weren't",
            "hadn't", "didn't", "went", "came", "became", "made", "took", "gave", "found", "told", "said",
            "began", "left", "got", "knew", "saw", "ran", "won", "lost", "held", "brought", "kept", "felt",
            "wrote", "built", "sent", "spent", "led", "met", "paid", "sold", "bought", "fought", "thought");

    private Grammar() {
    }

    /** Every form of the given verbs (regular inflection plus {@code en/inflections.tsv}). */
    static Set<String> verbForms(String... lemmas) {
        Set<String> forms = new HashSet<>();
        for (String lemma : lemmas) {
            forms.addAll(Inflector.english().forms(lemma, Set.of("VERB")));
        }
        return Set.copyOf(forms);
    }

    /** The first index at or after {@code i} that is not an adverb (or {@code tokens.size()}). */
    static int skipAdverbs(TokenSequence tokens, int i) {
        int k = i;
        while (k < tokens.size() && isAdverb(tokens, k)) {
            k++;
        }
        return k;
    }

    /** The last index at or before {@code i} that is not an adverb (or -1). */
    static int skipAdverbsBackward(TokenSequence tokens, int i) {
        int k = i;
        while (k >= 0 && isAdverb(tokens, k)) {
            k--;
        }
        return k;
    }

    /** True for an adverb; "not" and "n't" count as adverbs here (PART in UD). */
    static boolean isAdverb(TokenSequence tokens, int i) {
        return tokens.posIs(i, "ADV") || tokens.formIs(i, "not", "n't", "never");
    }

    /** True when token {@code i} is a verb or an auxiliary. */
    static boolean isVerbal(TokenSequence tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return false;
        }
        String tag = tokens.pos(i);
        if (tag == null) {
            return FINITE_AUXILIARIES.contains(tokens.form(i)) || BE.contains(tokens.form(i));
        }
        return tag.startsWith("VERB") || tag.startsWith("AUX");
    }

    /** True when token {@code i} is a finite auxiliary or modal ("is", "has", "could", "didn't"). */
    static boolean isFiniteAuxiliary(TokenSequence tokens, int i) {
        return i >= 0 && i < tokens.size() && FINITE_AUXILIARIES.contains(tokens.form(i))
                && !tokens.posIs(i, "NOUN", "PROPN", "ADJ", "DET");
    }

    /**
     * True when token {@code i} is probably a finite verb: a finite auxiliary, or a verb that is
     * neither an -ing form nor (when {@code afterSubject} is false) a bare form that could continue
     * a verb phrase. After a subject, any non -ing verb counts ("we show").
     */
    static boolean isFiniteVerb(TokenSequence tokens, int i, boolean afterSubject) {
        if (isFiniteAuxiliary(tokens, i)) {
            return true;
        }
        if (!tokens.posIs(i, "VERB")) {
            return false;
        }
        String form = tokens.form(i);
        if (form.endsWith("ing")) {
            return false;
        }
        return afterSubject || hasTenseSuffix(form);
    }

    /** True for a verb form that shows tense or agreement by its ending (-s, -ed) or is an irregular past. */
    static boolean hasTenseSuffix(String form) {
        return form.endsWith("ed") || (form.endsWith("s") && !form.endsWith("ss")) || PAST_FORMS.contains(form);
    }

    /** True when token {@code i} looks like a past participle (passive or perfect). */
    static boolean isParticiple(TokenSequence tokens, int i) {
        if (!tokens.posIs(i, "VERB", "ADJ")) {
            return false;
        }
        String form = tokens.form(i);
        return !form.endsWith("ing") && (tokens.posIs(i, "VERB") || form.endsWith("ed") || form.endsWith("en"));
    }

    /** True for a noun, proper noun, pronoun or number: something that can head a subject. */
    static boolean isNominal(TokenSequence tokens, int i) {
        return tokens.posIs(i, "NOUN", "PROPN", "PRON", "NUM") || tokens.formIs(i, "it", "they", "we", "he", "she", "i");
    }

    /**
     * True when a clause with a subject starts at {@code i}: a subject pronoun, or a noun phrase of
     * at most {@code maxSubject} tokens, followed by a finite verb.
     */
    static boolean opensClauseWithSubject(TokenSequence tokens, int i, int maxSubject) {
        if (i >= tokens.size() || tokens.formIs(i, "which", "who", "whom", "whose", "that")
                && !tokens.posIs(i, "DET")) {
            return false;
        }
        if (!SUBJECT_PRONOUNS.contains(tokens.form(i)) && !tokens.posIs(i, "DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON")) {
            return false;
        }
        for (int k = i + 1; k < tokens.size() && k <= i + maxSubject; k++) {
            if (isFiniteVerb(tokens, k, true) && !isReducedRelative(tokens, k)) {
                return !tokens.posIs(k - 1, "ADP") && !tokens.formIs(k - 1, "to");
            }
            if (tokens.posIs(k, "PUNCT", "SCONJ") || tokens.formIs(k, "which", "who", "that")) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when token {@code i} is a past participle modifying the noun before it ("advocates
     * opposed to", "genes actively involved in", "agents thought to"), not the finite verb of a
     * clause: an -ed/-en verb after a noun (adverbs between) and before a preposition, "to",
     * punctuation or the end.
     */
    static boolean isReducedRelative(TokenSequence tokens, int i) {
        String form = tokens.form(i);
        return tokens.posIs(i, "VERB") && (form.endsWith("ed") || form.endsWith("en") || PAST_FORMS.contains(form))
                && tokens.posIs(skipAdverbsBackward(tokens, i - 1), "NOUN", "PROPN")
                && (i + 1 >= tokens.size() || tokens.posIs(i + 1, "ADP", "PUNCT", "PART"));
    }

    /** True when a form of "be" precedes token {@code i}, adverbs skipped (a passive or raising frame). */
    static boolean afterBe(TokenSequence tokens, int i) {
        int k = skipAdverbsBackward(tokens, i - 1);
        return k >= 0 && BE.contains(tokens.form(k));
    }

    /**
     * True when "to" + a verb (adverbs skipped) follows token {@code i}: a to-infinitive. A singular
     * noun after "to" counts too, as the tagger often mistakes a bare verb after "to" for one.
     */
    static boolean toInfinitiveAfter(TokenSequence tokens, int i) {
        int k = skipAdverbs(tokens, i + 1);
        if (!tokens.formIs(k, "to")) {
            return false;
        }
        int verb = skipAdverbs(tokens, k + 1);
        return isVerbal(tokens, verb) || (tokens.pos(verb) == null || tokens.posIs(verb, "NOUN"))
                && verb < tokens.size() && !tokens.formIs(verb, "the", "a", "an") && !tokens.form(verb).endsWith("s");
    }

    /**
     * True when the verb at {@code first..last} is used parenthetically: a pronoun subject between a
     * comma and the verb, a clause end after it ("Zoom, I think, knew"; "…, I suspect.").
     */
    static boolean parenthetical(TokenSequence tokens, int first, int last) {
        int subject = skipAdverbsBackward(tokens, first - 1);
        return tokens.posIs(subject, "PRON") && tokens.formIs(subject - 1, ",") && isClauseEnd(tokens, last + 1);
    }

    /** True when token {@code i} ends the sentence or a clause (punctuation or past the end). */
    static boolean isClauseEnd(TokenSequence tokens, int i) {
        return i >= tokens.size() || tokens.formIs(i, ".", ",", ";", ":", "!", "?", ")", "-", "\u2013", "\u2014");
    }

    /** True when the sentence, apart from token range {@code from..to}, holds a past-tense finite verb. */
    static boolean pastTenseElsewhere(TokenSequence tokens, int from, int to) {
        for (int k = 0; k < tokens.size(); k++) {
            if (k >= from && k <= to) {
                continue;
            }
            String form = tokens.form(k);
            if (PAST_FORMS.contains(form) && isVerbal(tokens, k)) {
                return true;
            }
            if (tokens.posIs(k, "VERB") && form.endsWith("ed") && !isPerfectOrPassive(tokens, k)
                    && isNominal(tokens, skipAdverbsBackward(tokens, k - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPerfectOrPassive(TokenSequence tokens, int i) {
        int k = skipAdverbsBackward(tokens, i - 1);
        return k >= 0 && (BE.contains(tokens.form(k)) || HAVE.contains(tokens.form(k)) || tokens.formIs(k, "get", "got"));
    }
}
