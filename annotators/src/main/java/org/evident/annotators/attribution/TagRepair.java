package org.evident.annotators.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.evident.annotators.lexicon.FormFilter;
import org.evident.annotators.lexicon.FormSet;
import org.evident.annotators.lexicon.Inflector;
import org.evident.annotators.lexicon.Lexicon;
import org.evident.annotators.lexicon.LexiconEntry;
import org.evident.annotators.lexicon.TokenSequence;

import static org.evident.annotators.attribution.UposCodes.ADJ;
import static org.evident.annotators.attribution.UposCodes.ADP;
import static org.evident.annotators.attribution.UposCodes.ADV;
import static org.evident.annotators.attribution.UposCodes.AUX;
import static org.evident.annotators.attribution.UposCodes.CCONJ;
import static org.evident.annotators.attribution.UposCodes.DET;
import static org.evident.annotators.attribution.UposCodes.NONE;
import static org.evident.annotators.attribution.UposCodes.NOUN;
import static org.evident.annotators.attribution.UposCodes.NUM;
import static org.evident.annotators.attribution.UposCodes.PART;
import static org.evident.annotators.attribution.UposCodes.PRON;
import static org.evident.annotators.attribution.UposCodes.PROPN;
import static org.evident.annotators.attribution.UposCodes.PUNCT;
import static org.evident.annotators.attribution.UposCodes.SCONJ;
import static org.evident.annotators.attribution.UposCodes.VERB;

/**
 * Corrects the part-of-speech tags that the OpenNLP UD model gets wrong in ways the attribution
 * patterns cannot absorb. The CAS keeps the tagger's tags; only the attribution layer's view of the
 * sentence changes. The repairs rest on English closed classes and on tag sequences that English
 * does not allow:
 * <ul>
 * <li>fused tags ("PROPN+PART" on "Okonjo's") become their first part;</li>
 * <li>articles, auxiliaries, negated contractions and unambiguous function words get their tag
 *     ("didn't" is tagged PUNCT, "of" NOUN);</li>
 * <li>a word outside a closed class that carries its tag (ADP, SCONJ, CCONJ, PRON, DET, PART, AUX)
 *     becomes a verb (-ed, -ing), a proper noun (capitalised) or a noun ("Inspector/ADP",
 *     "staff/SCONJ"); AUX on an open word is a noun after a determiner, else a verb;</li>
 * <li>a pronoun after a determiner and a verb after an article or a possessive are nouns ("the
 *     mine", "The inquiry's finding"), as is an -s verb right after "to" and a base-form verb after
 *     "a/an" + noun ("a conference call/VERB", "a US court/VERB"), and an -ing word after an
 *     article that modifies nothing ("a finding/VERB they say");</li>
 * <li>an adjective or noun after a modal is a verb ("would close"); a capitalised verb inside a
 *     sentence is a proper noun ("Network Security Department/VERB");</li>
 * <li>a plural-looking verb that opens a clause and is followed by a verb is a noun ("Friends
 *     recalled", "Figures cited by");</li>
 * <li>a noun between a subject and "that" + clause, "to" + verb, a colon or a quotation is a verb
 *     ("The contract states that", "Few analysts doubt that");</li>
 * <li>an all-capital word in mixed-case text is a proper noun ("WHO/PRON", "ING/ADJ"); a word
 *     tagged PUNCT is an adjective when it ends in a hyphen ("late-"), else an open-class word;
 *     "week" after "last" is a noun, and so is the word after "according to";</li>
 * <li>an -s form of a reporting verb of the lexicon that ends a postposed or parenthetical
 *     clause after a comma and a noun phrase is a verb ("…, the retailer claims/NOUN.");</li>
 * <li>a past form of a reporting verb of the lexicon is a verb unless a determiner, possessive or
 *     preposition makes it a modifier ("its chief executive told/NOUN shareholders", but "the
 *     alleged victim").</li>
 * </ul>
 */
final class TagRepair {
    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "these", "those");
    /** Personal pronouns in subject form: a clause starts with them. */
    private static final Set<String> PERSONAL_SUBJECTS = Set.of("they", "we", "he", "she", "it", "i", "you");
    /** Function words with one tag only, whatever the tagger says. */
    private static final Map<String, String> FUNCTION_WORDS = Map.ofEntries(Map.entry("of", "ADP"),
            Map.entry("with", "ADP"), Map.entry("from", "ADP"), Map.entry("into", "ADP"), Map.entry("at", "ADP"),
            Map.entry("for", "ADP"), Map.entry("by", "ADP"), Map.entry("and", "CCONJ"), Map.entry("or", "CCONJ"),
            Map.entry("whether", "SCONJ"), Map.entry("although", "SCONJ"), Map.entry("because", "SCONJ"));
    private static final Set<String> TIME_NOUNS = Set.of("week", "month", "year", "weekend", "night", "season",
            "quarter", "spring", "summer", "autumn", "winter", "time", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday");
    /** Marks a modal in {@link #FORM_TAGS}: an auxiliary unless a determiner comes before ("the will"). */
    private static final byte MODAL = -1;
    /** Marks a time noun in {@link #FORM_TAGS}: a noun after "last", "this", "next", "every". */
    private static final byte TIME = -2;
    /**
     * What the form alone says about the tag, in one look-up per token: a fixed tag's code (articles,
     * function words, forms of "be"), {@link #MODAL} or {@link #TIME}.
     */
    private static final Map<String, Byte> FORM_TAGS = formTags();
    private static final FormFilter FORM_TAG_FILTER = FormFilter.of(FORM_TAGS.keySet());
    private static final Map<String, Set<String>> CLOSED_CLASS_WORDS = Map.of(
            "ADP", Set.of("about", "above", "across", "after", "against", "along", "alongside", "amid", "among",
                    "amongst", "around", "as", "at", "atop", "before", "behind", "below", "beneath", "beside",
                    "besides", "between", "beyond", "but", "by", "despite", "down", "during", "except", "for", "from",
                    "in", "including", "inside", "into", "like", "near", "of", "off", "on", "onto", "out", "outside",
                    "over", "past", "per", "plus", "regarding", "since", "than", "through", "throughout", "till",
                    "to", "toward", "towards", "under", "underneath", "unlike", "until", "up", "upon", "via", "versus",
                    "with", "within", "without", "according", "concerning", "following", "ago", "away", "back"),
            "SCONJ", Set.of("that", "if", "whether", "because", "although", "though", "while", "whereas", "as",
                    "since", "unless", "until", "till", "after", "before", "once", "so", "than", "lest", "whenever",
                    "wherever", "where", "when", "how", "why", "what", "which", "who", "for", "like"),
            "CCONJ", Set.of("and", "or", "but", "nor", "yet", "so", "plus", "either", "neither", "both", "&"),
            "PART", Set.of("to", "not", "n't", "'s", "'", "never", "up", "out", "off", "down", "in", "on", "over"),
            "PRON", Set.of("i", "me", "my", "mine", "you", "your", "yours", "he", "him", "his", "she", "her", "hers",
                    "it", "its", "we", "us", "our", "ours", "they", "them", "their", "theirs", "myself", "yourself",
                    "himself", "herself", "itself", "ourselves", "themselves", "who", "whom", "whose", "which",
                    "what", "that", "this", "these", "those", "there", "one", "ones", "anyone", "anybody", "anything",
                    "someone", "somebody", "something", "everyone", "everybody", "everything", "nobody", "nothing",
                    "none", "no-one", "each", "both", "all", "some", "any", "many", "much", "few", "several", "most",
                    "others", "another", "other", "such", "whoever", "whatever", "either", "neither", "'s"),
            "DET", Set.of("the", "a", "an", "this", "that", "these", "those", "my", "your", "his", "her", "its",
                    "our", "their", "some", "any", "no", "every", "each", "either", "neither", "all", "both",
                    "several", "many", "much", "few", "most", "other", "another", "such", "what", "which", "whatever",
                    "whose", "half", "enough", "more", "less", "fewer", "least", "own"));

    /** {@link #CLOSED_CLASS_WORDS} by tag code; null for the open classes. */
    private static final List<FormSet> CLOSED_CLASSES = closedClasses();

    private final Set<String> pastForms;
    private final Set<String> presentForms;
    /** Turns away, by hash code, the words that are neither past nor -s forms. */
    private final FormFilter verbForms;

    private static Map<String, Byte> formTags() {
        Map<String, Byte> known = new HashMap<>();
        for (String time : TIME_NOUNS) {
            known.put(time, TIME);
        }
        for (String modal : WordClass.MODALS.forms()) {
            known.put(modal, MODAL);
        }
        FUNCTION_WORDS.forEach((word, tag) -> known.put(word, UposCodes.code(tag)));
        for (String article : ARTICLES) {
            known.put(article, DET);
        }
        for (String be : WordClass.BE.forms()) {
            known.put(be, AUX);
        }
        return Map.copyOf(known);
    }

    private static List<FormSet> closedClasses() {
        List<FormSet> classes = new ArrayList<>(Collections.nCopies(UposCodes.X + 1, null));
        CLOSED_CLASS_WORDS.forEach((tag, words) -> classes.set(UposCodes.code(tag), FormSet.of(words.toArray(String[]::new))));
        return Collections.unmodifiableList(classes);
    }

    /**
     * @param pastForms    the past-tense and participle forms of the lexicon's reporting verbs
     * @param presentForms their third-person singular forms ("claims", "reports")
     */
    TagRepair(Set<String> pastForms, Set<String> presentForms) {
        this.pastForms = Set.copyOf(pastForms);
        this.presentForms = Set.copyOf(presentForms);
        Set<String> verbs = new HashSet<>(pastForms);
        verbs.addAll(presentForms);
        this.verbForms = FormFilter.of(verbs);
    }

    /** The repairs for a lexicon: the past and -s forms of its {@code <lemma>} VERB entries. */
    static TagRepair forLexicon(Lexicon lexicon) {
        Set<String> forms = new HashSet<>();
        Set<String> present = new HashSet<>();
        for (LexiconEntry entry : lexicon.entries()) {
            String lemma = CueGroup.lemmaOf(entry);
            if (!entry.pos().contains("VERB") || lemma == null) {
                continue;
            }
            for (String form : Inflector.english().forms(lemma, Set.of("VERB"))) {
                if (form.equals(lemma) || form.endsWith("ing")) {
                    continue;
                }
                (form.endsWith("s") ? present : forms).add(form);
            }
        }
        return new TagRepair(forms, present);
    }

    /** A copy of the sequence with repaired tags (the same tokens and offsets). */
    TokenSequence repair(TokenSequence tokens) {
        int n = tokens.size();
        byte[] tags = UposCodes.of(tokens);
        if (n > 0 && tags[0] == NONE) {
            return tokens;
        }
        int first = WordClass.firstWord(tokens);
        byte[] known = new byte[n];
        for (int i = 0; i < n; i++) {
            known[i] = FORM_TAG_FILTER.mightContain(tokens.formHash(i)) ? FORM_TAGS.getOrDefault(tokens.form(i), NONE) : NONE;
        }
        for (int i = 0; i < n; i++) {
            tags[i] = closedClass(tokens, tags, i, first, known[i]);
        }
        for (int i = 0; i < n; i++) {
            tags[i] = inContext(tokens, tags, i, first, known[i]);
        }
        return tokens.withPos(UposCodes.names(tags, tokens));
    }

    /** Repairs that rest on the word's own form and the tag before it. */
    private static byte closedClass(TokenSequence t, byte[] tags, int i, int first, byte known) {
        byte tag = tags[i];
        if (known != NONE && known != MODAL && known != TIME) {
            return known;
        }
        if (known == MODAL && previous(tags, i) != DET) {
            return AUX;
        }
        if (acronym(t, i)) {
            return PROPN;
        }
        if (WordClass.isNegatedContraction(t, i)) {
            return AUX;
        }
        if (WordClass.fusedPossessive(t, i) > 0) {
            return tag == PROPN ? tag : NOUN;
        }
        return byTag(t, tags, i, first, known == TIME);
    }

    /** Repairs that depend on the tagger's tag. */
    private static byte byTag(TokenSequence t, byte[] tags, int i, int first, boolean time) {
        byte tag = tags[i];
        return switch (tag) {
            case NOUN, ADJ -> afterModal(t, tags, i) ? VERB : tag;
            case VERB -> verb(t, tags, i, first, t.form(i), time);
            case PUNCT -> hasLetter(t.text(i)) && !WordClass.startsWithQuote(t, i) && !WordClass.endsWithQuote(t, i)
                    ? t.text(i).endsWith("-") ? ADJ : openClass(t, i, first) : tag;
            case AUX -> WordClass.AUXILIARIES.contains(t, i) ? tag
                    : determinerBefore(t, tags, i) ? NOUN : capitalisedVerb(t, i, first) ? PROPN : VERB;
            case PRON -> previous(tags, i) == DET && !WordClass.isDeterminer(t, i) ? NOUN : closedTag(t, i, first, tag);
            default -> closedTag(t, i, first, tag);
        };
    }

    /** A word the tagger calls a verb. */
    private static byte verb(TokenSequence t, byte[] tags, int i, int first, String form, boolean time) {
        boolean ing = WordClass.isIng(t, i);
        boolean ed = WordClass.isEd(t, i);
        if (time && WordClass.form(t, i - 1, "last", "this", "next", "every")
                || WordClass.form(t, i - 1, "to") && WordClass.form(t, i - 2, "according")) {
            return NOUN;
        }
        if (!ing && !ed && (previous(tags, i) == DET && ARTICLES.contains(t.form(i - 1))
                || WordClass.form(t, i - 1, "to") && pluralShape(form))) {
            return NOUN;
        }
        if (capitalisedVerb(t, i, first)) {
            return PROPN;
        }
        if (!ing && !ed && !form.endsWith("s") && i >= 2
                && (tags[i - 1] == NOUN || tags[i - 1] == PROPN) && WordClass.form(t, i - 2, "a", "an")
                && (WordClass.form(t, i + 1, "that", "to", ",") || WordClass.isFinalPunctuation(t, i + 1))) {
            return NOUN;
        }
        if (ing && WordClass.form(t, i - 1, "a", "an", "the") && !WordClass.isNounHead(t, i + 1)
                && !WordClass.isAdjective(t, i + 1)) {
            return NOUN;
        }
        return VERB;
    }

    /** A capitalised verb inside a sentence, not after a quotation mark: a name ("Department/VERB"). */
    private static boolean capitalisedVerb(TokenSequence t, int i, int first) {
        return i > first && WordClass.isCapitalised(t, i) && !WordClass.startsWithQuote(t, i - 1)
                && !WordClass.isQuoteToken(t, i - 1);
    }

    /** A closed-class tag on a word outside the class becomes an open-class tag ("Inspector/ADP", "238/SCONJ"). */
    private static byte closedTag(TokenSequence t, int i, int first, byte tag) {
        FormSet closed = CLOSED_CLASSES.get(tag);
        if (closed == null || closed.contains(t, i)) {
            return tag;
        }
        if (hasLetter(t.text(i))) {
            return openClass(t, i, first);
        }
        return WordClass.startsWithDigit(t, i) ? NUM : tag;
    }

    /**
     * Repairs that need the (repaired) tags on both sides. (Split in three so that each part stays
     * small enough for the JIT compiler to inline.)
     */
    private byte inContext(TokenSequence t, byte[] tags, int i, int first, byte known) {
        byte tag = tags[i];
        if (tag == VERB) {
            return verbInContext(t, tags, i, first);
        }
        return tag == NOUN || tag == ADJ || tag == PROPN ? nominalInContext(t, tags, i, first, known) : tag;
    }

    /** A verb after a possessive, or a plural-looking verb that opens a clause before a verb, is a noun. */
    private static byte verbInContext(TokenSequence t, byte[] tags, int i, int first) {
        if (afterPossessive(t, tags, i) && !nounLike(tags, i + 1) && next(tags, i) != ADJ) {
            return NOUN;
        }
        boolean opensNounPhrase = next(tags, i) == AUX || next(tags, i) == VERB && opensClause(t, tags, i, first);
        return pluralShape(t.form(i)) && opensNounPhrase ? NOUN : VERB;
    }

    /** A noun, adjective or name that is a reporting verb's past or -s form in a verb's place, or heads a complement. */
    private byte nominalInContext(TokenSequence t, byte[] tags, int i, int first, byte known) {
        byte tag = tags[i];
        String form = t.form(i);
        boolean noun = tag != PROPN;
        boolean reportingForm = verbForms.mightContain(t.formHash(i));
        if (reportingForm && pastForms.contains(form) && i > 0 && tags[i - 1] != DET && tags[i - 1] != ADP
                && !WordClass.isPossessivePronoun(t, i - 1) && !afterPossessive(t, tags, i)) {
            return VERB;
        }
        if (reportingForm && noun && presentForms.contains(form) && postposedSubjectBefore(t, tags, i)) {
            return VERB;
        }
        if (noun && complementAfter(t, tags, i) && known != TIME && !baseAfterSingular(t, i, form)
                && !(i > first && WordClass.isCapitalised(t, i)) && subjectBefore(t, tags, i)) {
            return VERB;
        }
        return tag;
    }

    /** A base form after "a/an" + one word ("a conference call"): a noun, not a verb. */
    private static boolean baseAfterSingular(TokenSequence t, int i, String form) {
        return WordClass.form(t, i - 2, "a", "an") && !form.endsWith("s") && !WordClass.isEd(t, i);
    }

    /**
     * The word ends a postposed or parenthetical reporting clause: between it and a comma or a
     * closing quotation mark before stands only a noun phrase ending in a noun, and after it the
     * sentence ends ("…, the retailer claims.") or, when the phrase opens with a determiner, a
     * possessive or a name, a comma goes on with the clause ("Prices, the retailer claims, fell").
     * Not "…, the annual reports." nor "…, insurance claims, annual reports and …".
     */
    private static boolean postposedSubjectBefore(TokenSequence t, byte[] tags, int i) {
        boolean closes = WordClass.isFinalPunctuation(t, i + 1) || WordClass.isQuoteToken(t, i + 1);
        boolean interrupts = WordClass.isComma(t, i + 1) && next(tags, i + 1) != CCONJ;
        if (!closes && !interrupts || !nounLike(tags, i - 1) || tags[i - 1] == NUM) {
            return false;
        }
        for (int k = i - 2; k >= 0; k--) {
            if (WordClass.isComma(t, k) || WordClass.isQuoteToken(t, k) && !WordClass.isClitic(t, k)) {
                return k > 0 && (closes || k + 1 < i && (tags[k + 1] == DET
                        || WordClass.isPossessivePronoun(t, k + 1) || tags[k + 1] == PROPN));
            }
            if (!nounLike(tags, k) && tags[k] != ADJ && tags[k] != DET
                    && !WordClass.isPossessivePronoun(t, k) && !WordClass.isClitic(t, k)) {
                return false;
            }
        }
        return false;
    }

    /** An all-capital word of two letters or more in a sentence that is not all capitals ("WHO", "ING"). */
    private static boolean acronym(TokenSequence t, int i) {
        String text = t.text(i);
        if (text.length() < 2 || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        int letters = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        if (letters < 2) {
            return false;
        }
        for (int k = Math.max(0, i - 2); k <= Math.min(t.size() - 1, i + 2); k++) {
            if (hasLowerCase(t.text(k))) {
                return true;
            }
        }
        return false;
    }

    private static byte openClass(TokenSequence t, int i, int first) {
        if (WordClass.isEd(t, i) || WordClass.isIng(t, i)) {
            return VERB;
        }
        boolean capitalised = WordClass.isCapitalised(t, i);
        return capitalised && i > first ? PROPN : NOUN;
    }

    /** A determiner or possessive pronoun one or two tokens before, with no verb in between. */
    private static boolean determinerBefore(TokenSequence t, byte[] tags, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
            if (tags[k] == DET || WordClass.isPossessivePronoun(t, k)) {
                return true;
            }
            if (tags[k] == VERB || tags[k] == AUX) {
                return false;
            }
        }
        return false;
    }

    private static boolean afterModal(TokenSequence t, byte[] tags, int i) {
        int k = i - 1;
        while (k >= 0 && (tags[k] == ADV || tags[k] == PART || WordClass.isNegator(t, k))) {
            k--;
        }
        return k >= 0 && tags[k] == AUX && WordClass.MODALS.contains(t, k);
    }

    private static boolean afterPossessive(TokenSequence t, byte[] tags, int i) {
        return i > 0 && (WordClass.fusedPossessive(t, i - 1) > 0 || WordClass.isClitic(t, i - 1)
                || WordClass.isPossessivePronoun(t, i - 1) && !WordClass.form(t, i - 1, "her"));
    }

    /** The token starts a clause: sentence start, or after a comma, conjunction, "that" or a determiner. */
    private static boolean opensClause(TokenSequence t, byte[] tags, int i, int first) {
        return i == first || WordClass.isComma(t, i - 1) || previous(tags, i) == CCONJ
                || previous(tags, i) == SCONJ || WordClass.form(t, i - 1, "that");
    }

    /** A subject ends right before: a noun, a subject pronoun, a comma, or a mis-tagged noun (ADJ after a noun). */
    private static boolean subjectBefore(TokenSequence t, byte[] tags, int i) {
        if (i == 0 || WordClass.fusedPossessive(t, i - 1) > 0 || WordClass.isClitic(t, i - 1)) {
            return false;
        }
        byte before = tags[i - 1];
        if (before == NOUN || before == PROPN || before == PRON
                && PERSONAL_SUBJECTS.contains(t.form(i - 1))) {
            return true;
        }
        if (WordClass.isComma(t, i - 1)) {
            return i >= 2 && nounLike(tags, i - 2);
        }
        if (before == CCONJ) {
            return i >= 2 && tags[i - 2] != DET && tags[i - 2] != ADJ;
        }
        return (before == ADJ || before == ADV) && i >= 2
                && (nounLike(tags, i - 2) || tags[i - 2] == VERB && WordClass.isIng(t, i - 2));
    }

    /** What follows can only follow a verb: "that" + clause, "to" + verb, a colon, a quotation, "whether". */
    private static boolean complementAfter(TokenSequence t, byte[] tags, int i) {
        int k = i + 1;
        if (!WordClass.exists(t, k)) {
            return false;
        }
        if (WordClass.form(t, k, "that")) {
            byte after = next(tags, k);
            return WordClass.exists(t, k + 1) && (WordClass.isDeterminer(t, k + 1) || WordClass.isPossessivePronoun(t, k + 1)
                    || PERSONAL_SUBJECTS.contains(t.form(k + 1)) || WordClass.form(t, k + 1, "there")
                    || after == NOUN || after == PROPN || after == NUM
                    || WordClass.startsWithQuote(t, k + 1));
        }
        if (WordClass.form(t, k, "to")) {
            return next(tags, k) == VERB || next(tags, k) == AUX;
        }
        return WordClass.form(t, k, ":", "whether") || WordClass.startsWithQuote(t, k);
    }

    private static boolean nounLike(byte[] tags, int k) {
        return k >= 0 && k < tags.length && (tags[k] == NOUN || tags[k] == PROPN || tags[k] == NUM);
    }

    private static boolean pluralShape(String form) {
        return form.length() > 3 && form.endsWith("s") && !form.endsWith("ss") && !form.endsWith("us")
                && !form.endsWith("is");
    }

    private static boolean hasLetter(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (Character.isLetter(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLowerCase(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static byte previous(byte[] tags, int i) {
        return i > 0 ? tags[i - 1] : NONE;
    }

    private static byte next(byte[] tags, int i) {
        return i + 1 < tags.length ? tags[i + 1] : NONE;
    }
}
