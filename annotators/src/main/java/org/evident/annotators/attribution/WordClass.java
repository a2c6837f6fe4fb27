package org.evident.annotators.attribution;


import org.evident.annotators.lexicon.FormSet;
import org.evident.annotators.lexicon.TokenSequence;

/**
 * Word-class tests over a sentence's tokens for the attribution patterns: the UD tag (after
 * {@link TagRepair}) combined with the closed classes of English that the tagger often gets wrong
 * (auxiliaries, negated contractions, determiners, pronouns, possessive clitics). Every method is
 * safe for indexes outside the sentence (it answers false).
 */
final class WordClass {
    static final FormSet BE = FormSet.of("be", "am", "is", "are", "was", "were", "been", "being", "'re", "'m",
            "isn't", "aren't", "wasn't", "weren't");
    static final FormSet AUXILIARIES = FormSet.of("be", "am", "is", "are", "was", "were", "been", "being", "'re",
            "'m", "have", "has", "had", "having", "'ve", "'d", "do", "does", "did", "will", "would", "shall",
            "should", "can", "could", "may", "might", "must", "'ll", "cannot", "wo", "ca");
    static final FormSet MODALS = FormSet.of("will", "would", "shall", "should", "can", "could", "might", "must",
            "cannot", "'ll");
    private static final FormSet GET = FormSet.of("get", "gets", "got", "gotten", "getting");
    private static final FormSet NEGATORS = FormSet.of("not", "n't", "never");
    private static final FormSet DETERMINERS = FormSet.of("a", "an", "the", "this", "these", "those", "every",
            "each", "any", "no", "another", "either", "neither");
    /** Quantifying words that start a noun phrase like an adjective ("Few analysts", "the other countries"). */
    private static final FormSet QUANTIFIERS = FormSet.of("other", "many", "few", "several", "most", "such", "various",
            "numerous", "more", "fewer", "some", "both", "all");
    static final FormSet POSSESSIVE_PRONOUNS = FormSet.of("my", "your", "his", "her", "its", "our", "their");
    private static final FormSet SUBJECT_PRONOUNS = FormSet.of("i", "you", "he", "she", "it", "we", "they",
            "nobody", "somebody", "someone", "everyone", "everybody", "anyone", "no-one", "none", "one", "there",
            "many", "some", "others", "all", "both", "few", "most");
    private static final FormSet OBJECT_PRONOUNS = FormSet.of("me", "you", "him", "her", "us", "them", "it");
    private static final FormSet WH = FormSet.of("what", "which", "who", "whom", "whose", "why", "how", "when",
            "where", "whether", "if");
    private static final FormSet RELATIVES = FormSet.of("who", "which", "that", "whom", "whose");
    private static final FormSet COORDINATORS = FormSet.of("and", "but", "or", "nor");
    private static final FormSet TIME_WORDS = FormSet.of("yesterday", "today", "tonight", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "earlier", "later", "recently");
    private static final FormSet TIME_DETERMINERS = FormSet.of("last", "this", "next", "earlier");
    private static final String OPENING_QUOTES = "\u201C\u2018\"'";
    private static final String CLOSING_QUOTES = "\u201D\u2019\"'";

    private WordClass() {
    }

    static boolean exists(TokenSequence t, int i) {
        return i >= 0 && i < t.size();
    }

    static boolean tag(TokenSequence t, int i, String tag) {
        return exists(t, i) && tag.equals(t.pos(i));
    }

    static boolean form(TokenSequence t, int i, String... forms) {
        return t.formIs(i, forms);
    }

    /** An auxiliary or modal, including negated contractions ("didn't"). */
    static boolean isAux(TokenSequence t, int i) {
        return exists(t, i) && (AUXILIARIES.contains(t, i) || isNegatedContraction(t, i));
    }

    /** A form of "be" or "get" (passive auxiliaries). */
    static boolean isPassiveAux(TokenSequence t, int i) {
        return exists(t, i) && (BE.contains(t, i) || GET.contains(t, i));
    }

    /** "not", "n't", "never" or a negated contraction. */
    static boolean isNegator(TokenSequence t, int i) {
        return exists(t, i) && (NEGATORS.contains(t, i) || isNegatedContraction(t, i));
    }

    static boolean isNegatedContraction(TokenSequence t, int i) {
        if (!exists(t, i)) {
            return false;
        }
        String form = t.form(i);
        return form.length() > 3 && form.endsWith("n't") || "cannot".equals(form);
    }

    static boolean isVerb(TokenSequence t, int i) {
        return tag(t, i, "VERB");
    }

    static boolean isVerbal(TokenSequence t, int i) {
        return isVerb(t, i) || isAux(t, i);
    }

    /** An -ing form. */
    static boolean isIng(TokenSequence t, int i) {
        return exists(t, i) && t.form(i).length() > 4 && t.form(i).endsWith("ing");
    }

    /** A regular past form (-ed, not -eed). */
    static boolean isEd(TokenSequence t, int i) {
        if (!exists(t, i)) {
            return false;
        }
        String form = t.form(i);
        return form.length() > 3 && form.endsWith("ed") && !form.endsWith("eed");
    }

    /** A finite verb: an auxiliary, or a verb that is not an -ing form. */
    static boolean isFiniteVerb(TokenSequence t, int i) {
        return isAux(t, i) || isVerb(t, i) && !isIng(t, i);
    }

    /** A verb that can be a past participle used as a modifier (-ed or a VERB that is not -ing/-s). */
    static boolean isParticiple(TokenSequence t, int i) {
        return isVerb(t, i) && (isEd(t, i) || isIng(t, i) || !t.form(i).endsWith("s"));
    }

    static boolean isAdverb(TokenSequence t, int i) {
        return tag(t, i, "ADV") && !isNegator(t, i) && !isWh(t, i);
    }

    static boolean isAdposition(TokenSequence t, int i) {
        return tag(t, i, "ADP") && !form(t, i, "that");
    }

    static boolean isAdjective(TokenSequence t, int i) {
        return tag(t, i, "ADJ");
    }

    /** A quantifier that modifies a noun ("Other scientists", "Few analysts"). */
    static boolean isQuantifier(TokenSequence t, int i) {
        return exists(t, i) && QUANTIFIERS.contains(t, i);
    }

    static boolean isDeterminer(TokenSequence t, int i) {
        return exists(t, i) && (DETERMINERS.contains(t, i) || tag(t, i, "DET") && !isWh(t, i));
    }

    static boolean isPossessivePronoun(TokenSequence t, int i) {
        return exists(t, i) && POSSESSIVE_PRONOUNS.contains(t, i);
    }

    /** A token that starts a noun phrase's determiner slot: a determiner or a possessive pronoun. */
    static boolean isDeterminerLike(TokenSequence t, int i) {
        return isDeterminer(t, i) || isPossessivePronoun(t, i);
    }

    /** A separate possessive clitic token ('s, ’s, ' or ’). */
    static boolean isClitic(TokenSequence t, int i) {
        return form(t, i, "'s", "'");
    }

    /** Length of a possessive clitic fused to the end of the token ("Okonjo's", "Teachers'"), or 0. */
    static int fusedPossessive(TokenSequence t, int i) {
        if (!exists(t, i)) {
            return 0;
        }
        String form = t.form(i);
        if (form.length() > 2 && form.endsWith("'s")) {
            return 2;
        }
        if (form.length() > 2 && form.endsWith("s'")) {
            return 1;
        }
        return 0;
    }

    static boolean isNounTag(TokenSequence t, int i) {
        return tag(t, i, "NOUN") || tag(t, i, "PROPN") || tag(t, i, "NUM");
    }

    /**
     * A token that can head a noun phrase: noun, proper noun, number ({@link TagRepair} has already
     * given auxiliaries and determiners their own tags).
     */
    static boolean isNounHead(TokenSequence t, int i) {
        return isNounTag(t, i);
    }

    /** A pronoun that can be a clause subject or a source ("she", "it", "nobody"). */
    static boolean isSubjectPronoun(TokenSequence t, int i) {
        return exists(t, i) && SUBJECT_PRONOUNS.contains(t, i) && !isNounHead(t, i + 1)
                && !isAdjective(t, i + 1) && !isClitic(t, i + 1);
    }

    /** A personal pronoun in object form, the addressee of "told him". */
    static boolean isObjectPronoun(TokenSequence t, int i) {
        return exists(t, i) && OBJECT_PRONOUNS.contains(t, i);
    }

    static boolean isWh(TokenSequence t, int i) {
        return exists(t, i) && WH.contains(t, i);
    }

    static boolean isRelative(TokenSequence t, int i) {
        return exists(t, i) && RELATIVES.contains(t, i);
    }

    static boolean isCoordinator(TokenSequence t, int i) {
        return exists(t, i) && COORDINATORS.contains(t, i);
    }

    static boolean isComma(TokenSequence t, int i) {
        return form(t, i, ",");
    }

    /** A time expression that may sit between a cue and its content ("said Tuesday that"). */
    static boolean isTimeWord(TokenSequence t, int i) {
        return exists(t, i) && TIME_WORDS.contains(t, i);
    }

    /** "last week", "this month": a time determiner followed by a noun. */
    static boolean isTimePhrase(TokenSequence t, int i) {
        return exists(t, i) && TIME_DETERMINERS.contains(t, i) && isNounHead(t, i + 1);
    }

    /** Sentence-final punctuation (also when the tokenizer fused it with a closing quote). */
    static boolean isFinalPunctuation(TokenSequence t, int i) {
        if (!exists(t, i)) {
            return false;
        }
        String text = t.text(i);
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (".!?;:\u2026".indexOf(c) < 0 && CLOSING_QUOTES.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Punctuation only, no letters or digits. */
    static boolean isPunctuation(TokenSequence t, int i) {
        if (!exists(t, i)) {
            return false;
        }
        String text = t.text(i);
        for (int k = 0; k < text.length(); k++) {
            if (Character.isLetterOrDigit(text.codePointAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** The token starts with a capital letter. */
    static boolean isCapitalised(TokenSequence t, int i) {
        return exists(t, i) && !t.text(i).isEmpty() && Character.isUpperCase(t.text(i).codePointAt(0));
    }

    /** The token starts with a digit. */
    static boolean startsWithDigit(TokenSequence t, int i) {
        return exists(t, i) && !t.text(i).isEmpty() && Character.isDigit(t.text(i).codePointAt(0));
    }

    /** A token of symbols only (an emoji, a pictograph) that may stand inside a noun phrase. */
    static boolean isSymbol(TokenSequence t, int i) {
        if (!exists(t, i) || t.text(i).isEmpty()) {
            return false;
        }
        String text = t.text(i);
        for (int k = 0; k < text.length(); k = text.offsetByCodePoints(k, 1)) {
            if (Character.getType(text.codePointAt(k)) != Character.OTHER_SYMBOL) {
                return false;
            }
        }
        return true;
    }

    /** A token that begins with an opening quotation mark. */
    static boolean startsWithQuote(TokenSequence t, int i) {
        return exists(t, i) && !t.text(i).isEmpty() && OPENING_QUOTES.indexOf(t.text(i).charAt(0)) >= 0;
    }

    /** A token that ends with a closing quotation mark. */
    static boolean endsWithQuote(TokenSequence t, int i) {
        if (!exists(t, i) || t.text(i).isEmpty()) {
            return false;
        }
        String text = t.text(i);
        return CLOSING_QUOTES.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /** True for a quotation mark character of any kind. */
    static boolean isQuoteChar(char c) {
        return c == '"' || c == '\'' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019';
    }

    /** A token made only of quotation marks. */
    static boolean isQuoteToken(TokenSequence t, int i) {
        if (!exists(t, i) || t.text(i).isEmpty()) {
            return false;
        }
        for (char c : t.text(i).toCharArray()) {
            if (!isQuoteChar(c)) {
                return false;
            }
        }
        return true;
    }

    /** The first token that is not punctuation (bullets, brackets, asterisks), or the size. */
    static int firstWord(TokenSequence t) {
        int i = 0;
        while (i < t.size() && isPunctuation(t, i) && !startsWithQuote(t, i)) {
            i++;
        }
        return i;
    }
}
