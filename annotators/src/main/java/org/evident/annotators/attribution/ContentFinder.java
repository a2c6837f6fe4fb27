package org.evident.annotators.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;
import org.evident.model.Categories;

/**
 * Finds a cue's content in its sentence: where it starts (the complement constructions of the
 * guidelines, §3.3.2) and where the clause ends (§3.3.3). Works on tokens only; the quotation
 * spans themselves are resolved on characters by {@link Quotes}.
 */
final class ContentFinder {
    private static final int MAX_ADJUNCT = 16;
    private static final int MAX_ADDRESSEE = 3;
    private static final Set<String> CLAUSE_BREAKS = Set.of("but", "while", "whereas", "although", "though", "despite");

    /**
     * The forward contents of the latest sentence seen by this thread, by lexicon match (a short
     * list compared by identity: a sentence has few cues, and entries are costly to hash).
     */
    private static final class Memo {
        private TokenSequence tokens;
        private final List<LexiconMatch> matches = new ArrayList<>();
        private final List<ContentStart> contents = new ArrayList<>();

        ContentStart get(LexiconMatch match, Supplier<ContentStart> compute) {
            for (int k = 0; k < matches.size(); k++) {
                LexiconMatch known = matches.get(k);
                if (known.entry() == match.entry() && known.first() == match.first() && known.last() == match.last()) {
                    return contents.get(k);
                }
            }
            ContentStart content = compute.get();
            matches.add(match);
            contents.add(content);
            return content;
        }
    }

    private static final ThreadLocal<Memo> MEMO = ThreadLocal.withInitial(Memo::new);

    private final AttributionWords words;

    ContentFinder(AttributionWords words) {
        this.words = words;
    }

    /**
     * The content to the right of a verbal, participle or impersonal cue group, or null. The
     * {@code needs_content} rule and {@link AttributionFinder} both ask for it; the answer for the
     * latest sentence is kept per thread, so it is worked out once.
     */
    ContentStart forward(TokenSequence t, CueGroup g) {
        Memo memo = MEMO.get();
        if (memo.tokens != t) {
            memo.tokens = t;
            memo.matches.clear();
            memo.contents.clear();
        }
        return memo.get(g.match(), () -> computeForward(t, g));
    }

    private ContentStart computeForward(TokenSequence t, CueGroup g) {
        int i = g.last() + 1;
        boolean addresseeVerb = words.is(t.form(g.head()), AttributionWords.ADDRESSEE_VERB);
        boolean infinitives = !g.passive() || addresseeVerb || g.directive();
        if (addresseeVerb && !g.passive()) {
            int a = bareAddresseeEnd(t, i);
            if (a >= 0) {
                int j = skipAdjuncts(t, a + 1, null);
                ContentStart after = complementAt(t, j, true, true);
                if (after == null && isClauseAt(t, a + 1)) {
                    after = new ContentStart(a + 1, ContentStart.Type.CLAUSE);
                }
                if (after != null) {
                    return after.withAddressee(a);
                }
            }
        }
        if (WordClass.form(t, i, "that", ":") || WordClass.isWh(t, i)) {
            ContentStart direct = complementAt(t, i, true, g.kind() == CueGroup.Kind.PARTICIPLE);
            if (direct != null) {
                return direct;
            }
        }
        if (isInfinitiveAt(t, skipNegator(t, i))) {
            return infinitives ? new ContentStart(i, ContentStart.Type.INFINITIVE) : null;
        }
        if (!g.passive() && g.kind() == CueGroup.Kind.VERB && (WordClass.isAux(t, i) || WordClass.isVerb(t, i)
                && !WordClass.isIng(t, i) && !WordClass.isNounHead(t, i)) && relativeGapBefore(t, g)) {
            return new ContentStart(i, ContentStart.Type.CLAUSE);
        }
        TokenSpan chunk = SourceFinder.chunkRight(t, i);
        TokenSpan object = objectAt(t, i, chunk);
        boolean addressee = addresseeVerb && !g.passive();
        if (object != null && !g.passive()) {
            int after = skipNegator(t, object.last() + 1);
            boolean ecm = WordClass.form(t, after, "to") && WordClass.form(t, after + 1, "be", "have");
            if (isInfinitiveAt(t, after) && (addresseeVerb || g.directive() || ecm)
                    || WordClass.form(t, after, "of") && WordClass.isIng(t, after + 1)) {
                return new ContentStart(i, ContentStart.Type.OBJECT_INFINITIVE);
            }
        }
        if (WordClass.isVerb(t, i) && WordClass.isIng(t, i) && !g.passive() && g.kind() == CueGroup.Kind.VERB
                && words.is(t.form(g.head()), AttributionWords.GERUND_VERB)) {
            return new ContentStart(i, ContentStart.Type.GERUND);
        }
        int j = skipAdjuncts(t, i, addressee ? object : null);
        boolean onlyAddressee = addressee && object != null && object.last() + 1 == j;
        boolean whAllowed = j == i || onlyAddressee || onlyAdverbs(t, i, j);
        ContentStart complement = complementAt(t, j, whAllowed, j > i || g.kind() == CueGroup.Kind.PARTICIPLE);
        if (complement != null && !(complement.type() == ContentStart.Type.QUOTE && complement.token() == j
                && !speechCategory(g))) {
            return complement;
        }
        if (!g.passive() && !g.directive() && WordClass.exists(t, i) && isClauseAt(t, i, chunk)) {
            return new ContentStart(i, ContentStart.Type.CLAUSE);
        }
        if (!g.passive() && !g.directive() && j > i && (startsWithAdjunct(t, i) || onlyAddressee) && isClauseAt(t, j)) {
            return new ContentStart(j, ContentStart.Type.CLAUSE);
        }
        if (!g.entry().rules().contains(NeedsContent.NAME) && chunk != null) {
            return new ContentStart(i, ContentStart.Type.NOUN_PHRASE);
        }
        return null;
    }

    /**
     * The content of a noun cue: it must follow the noun, after an optional by-phrase: a
     * that-clause (not a relative clause), a to-infinitive or a quotation.
     */
    ContentStart afterNoun(TokenSequence t, CueGroup g) {
        int i = g.last() + 1;
        if (WordClass.form(t, i, "by")) {
            TokenSpan agent = SourceFinder.phraseAfter(t, i + 1, SourceFinder.Appositions.NONE, new boolean[t.size()]);
            if (agent != null) {
                i = agent.last() + 1;
            }
        }
        int k = skipNegator(t, i);
        if (isInfinitiveAt(t, k)) {
            return new ContentStart(i, ContentStart.Type.INFINITIVE);
        }
        ContentStart content = complementAt(t, i, false, true);
        return content != null && content.type() == ContentStart.Type.QUOTE && !WordClass.form(t, content.token() - 1, ":")
                ? null : content;
    }

    /**
     * The cue's clause is a relative clause whose gap is the subject of the content: "a finding
     * [they say] could help …", "a move [that analysts said] would …". Its subject is right before
     * the group and a noun or a relative pronoun before that.
     */
    private static boolean relativeGapBefore(TokenSequence t, CueGroup g) {
        int s = g.first() - 1;
        if (!WordClass.isSubjectPronoun(t, s) && !WordClass.isNounHead(t, s)) {
            return false;
        }
        int start = WordClass.isSubjectPronoun(t, s) ? s : SourceFinder.chunkLeft(t, s, new boolean[t.size()]);
        return start > 0 && (WordClass.isNounHead(t, start - 1) || WordClass.form(t, start - 1, "that", "which"));
    }

    /**
     * A quotation right after the verb (no colon or comma) is a content only for verbs of saying
     * (neutral, distancing, directive); after "showed" or "knew" it is a quoted noun phrase.
     */
    private static boolean speechCategory(CueGroup g) {
        String category = g.entry().category();
        return Categories.NEUTRAL.equals(category) || Categories.DISTANCING.equals(category) || g.directive();
    }

    /** The bare addressee of an addressee verb at {@code i} ("told reporters", "told him"): its last token, or -1. */
    static int bareAddresseeEnd(TokenSequence t, int i) {
        if (WordClass.isObjectPronoun(t, i) && !WordClass.form(t, i, "it")) {
            return i;
        }
        if (!(WordClass.tag(t, i, "NOUN") || WordClass.tag(t, i, "PROPN")) || WordClass.fusedPossessive(t, i) > 0) {
            return -1;
        }
        int e = i;
        while (e - i + 1 < MAX_ADDRESSEE && (WordClass.tag(t, e + 1, "NOUN") || WordClass.tag(t, e + 1, "PROPN"))
                && WordClass.fusedPossessive(t, e + 1) == 0) {
            e++;
        }
        return WordClass.isClitic(t, e + 1) ? -1 : e;
    }

    /** "that" + clause, wh-word, colon, or quotation at {@code j}. */
    private static ContentStart complementAt(TokenSequence t, int j, boolean allowWh, boolean afterNoun) {
        if (!WordClass.exists(t, j)) {
            return null;
        }
        if (WordClass.form(t, j, "that") && isComplementizer(t, j, afterNoun)) {
            int start = WordClass.isComma(t, j + 1) ? j + 2 : j + 1;
            return new ContentStart(start, ContentStart.Type.CLAUSE);
        }
        if (allowWh && WordClass.isWh(t, j) && !WordClass.form(t, j, "that")) {
            int start = j;
            while (WordClass.isAdverb(t, start - 1) && !WordClass.isTimeWord(t, start - 1)) {
                start--;
            }
            return new ContentStart(start, ContentStart.Type.WH);
        }
        if (WordClass.form(t, j, ":")) {
            if (!WordClass.exists(t, j + 1) || WordClass.startsWithQuote(t, j + 1)) {
                return new ContentStart(j + 1, ContentStart.Type.QUOTE);
            }
            return isClauseAt(t, j + 1) ? new ContentStart(j + 1, ContentStart.Type.CLAUSE) : null;
        }
        if (WordClass.startsWithQuote(t, j) && !WordClass.isClitic(t, j)) {
            return new ContentStart(j, ContentStart.Type.QUOTE);
        }
        if (WordClass.isComma(t, j) && WordClass.startsWithQuote(t, j + 1)) {
            return new ContentStart(j + 1, ContentStart.Type.QUOTE);
        }
        return null;
    }

    /**
     * "that" opens a clause. After a verb it does unless nothing verbal follows ("stated that
     * policy"); after a noun or an addressee it must not be followed by a verb (a relative clause:
     * "the reports that were leaked"), and a determiner, pronoun or quotation after it, or a
     * finite verb later, makes it a complementiser.
     */
    static boolean isComplementizer(TokenSequence t, int j, boolean afterNoun) {
        int k = j + 1;
        if (!WordClass.exists(t, k) || WordClass.isFinalPunctuation(t, k)) {
            return false;
        }
        if (WordClass.isComma(t, k)) {
            return true;
        }
        boolean subjectNext = WordClass.isDeterminer(t, k) && !WordClass.form(t, k, "that")
                || WordClass.isPossessivePronoun(t, k) || WordClass.isSubjectPronoun(t, k) || WordClass.startsWithQuote(t, k);
        if (afterNoun && (WordClass.isVerbal(t, k) || WordClass.isAdverb(t, k) && WordClass.isVerbal(t, k + 1))) {
            return false;
        }
        if (subjectNext) {
            return true;
        }
        for (; WordClass.exists(t, k); k++) {
            if (WordClass.form(t, k, ";")) {
                return false;
            }
            if (afterNoun ? WordClass.isFiniteVerb(t, k) : WordClass.isVerbal(t, k)) {
                return true;
            }
        }
        return false;
    }

    /** A zero-that clause: a subject (pronoun or noun phrase) followed by a finite verb. */
    static boolean isClauseAt(TokenSequence t, int j) {
        return WordClass.exists(t, j) && isClauseAt(t, j, SourceFinder.chunkRight(t, j));
    }

    /** {@link #isClauseAt(TokenSequence, int)} with the chunk at {@code j} already found (or null). */
    private static boolean isClauseAt(TokenSequence t, int j, TokenSpan np) {
        int e;
        if (WordClass.isSubjectPronoun(t, j) && !WordClass.isNounHead(t, j)) {
            e = j;
        } else {
            if (np == null) {
                return false;
            }
            e = np.last();
            TokenSpan pp;
            while (WordClass.isAdposition(t, e + 1) && !SourceFinder.CLAUSE_PREPOSITIONS.contains(t.form(e + 1))
                    && (pp = SourceFinder.chunkRight(t, e + 2)) != null) {
                e = pp.last();
            }
        }
        int k = e + 1;
        while (WordClass.isAdverb(t, k) || WordClass.isNegator(t, k)) {
            k++;
        }
        boolean reducedRelative = WordClass.isEd(t, k) && WordClass.form(t, k + 1, "by", "with");
        return WordClass.isFiniteVerb(t, k) && !WordClass.form(t, k - 1, "to") && !reducedRelative;
    }

    /** "to" followed by a verb in its base form (adverbs allowed in between). */
    static boolean isInfinitiveAt(TokenSequence t, int k) {
        if (!WordClass.form(t, k, "to")) {
            return false;
        }
        int v = k + 1;
        while (WordClass.isAdverb(t, v) || WordClass.isQuoteToken(t, v)) {
            v++;
        }
        return (WordClass.isVerb(t, v) || WordClass.isAux(t, v)) && !WordClass.isIng(t, v) && !WordClass.isNounHead(t, v);
    }

    private static int skipNegator(TokenSequence t, int i) {
        return WordClass.form(t, i, "not", "never") ? i + 1 : i;
    }

    /** An object noun phrase before an infinitive: a pronoun or a chunk with "of" phrases. */
    private static TokenSpan objectAt(TokenSequence t, int i) {
        return objectAt(t, i, SourceFinder.chunkRight(t, i));
    }

    /** {@link #objectAt(TokenSequence, int)} with the chunk at {@code i} already found (or null). */
    private static TokenSpan objectAt(TokenSequence t, int i, TokenSpan chunk) {
        if (WordClass.isObjectPronoun(t, i)) {
            return new TokenSpan(i, i);
        }
        if (chunk == null) {
            return null;
        }
        int e = chunk.last();
        TokenSpan pp;
        while (WordClass.isAdposition(t, e + 1) && !WordClass.form(t, e + 1, "to", "by", "as", "than")
                && !SourceFinder.CLAUSE_PREPOSITIONS.contains(t.form(e + 1)) && !WordClass.isIng(t, e + 2)
                && (pp = SourceFinder.chunkRight(t, e + 2)) != null) {
            e = pp.last();
        }
        if (WordClass.form(t, e + 1, "who", "that")) {
            for (int k = e + 2; k < t.size() && k - e <= MAX_ADJUNCT; k++) {
                if (WordClass.isComma(t, k) || WordClass.form(t, k, ";")) {
                    break;
                }
                if (isInfinitiveAt(t, k)) {
                    return new TokenSpan(i, k - 1);
                }
            }
        }
        return new TokenSpan(i, e);
    }

    /**
     * Skips what may stand between a cue and its "that": the addressee noun phrase when one is
     * given (addressee verbs only: "told the jury that"), prepositional phrases ("said on Tuesday",
     * "explained to the MPS' Hangzhou office, Network Security Department"), adverbs and time words.
     */
    private static int skipAdjuncts(TokenSequence t, int i, TokenSpan addressee) {
        int j = addressee == null ? i : addressee.last() + 1;
        TokenSpan apposition;
        while (WordClass.exists(t, j) && j - i < MAX_ADJUNCT) {
            boolean preposition = (WordClass.isAdposition(t, j) || WordClass.form(t, j, "to")) && !isInfinitiveAt(t, j);
            if (preposition) {
                TokenSpan np = SourceFinder.chunkRight(t, j + 1);
                if (np == null || WordClass.isSubjectPronoun(t, j + 1) && !WordClass.isObjectPronoun(t, j + 1)) {
                    break;
                }
                j = np.last() + 1;
            } else if (WordClass.isAdverb(t, j) || WordClass.isTimeWord(t, j)) {
                j++;
            } else if (WordClass.isComma(t, j) && WordClass.isAdverb(t, j + 1) && WordClass.isComma(t, j + 2)) {
                j += 3;
            } else if (WordClass.isTimePhrase(t, j)) {
                j += 2;
            } else if (WordClass.isComma(t, j) && j > i && !WordClass.isSubjectPronoun(t, j + 1)
                    && (apposition = SourceFinder.chunkRight(t, j + 1)) != null) {
                j = apposition.last() + 1;
            } else {
                break;
            }
        }
        return j;
    }

    /** The tokens from i to j are only adverbs ("did not say exactly when"). */
    private static boolean onlyAdverbs(TokenSequence t, int i, int j) {
        for (int k = i; k < j; k++) {
            if (!WordClass.isAdverb(t, k) || WordClass.isTimeWord(t, k)) {
                return false;
            }
        }
        return true;
    }

    /** A time word or a preposition starts at {@code i} ("said Tuesday the …", "said in a statement the …"). */
    private static boolean startsWithAdjunct(TokenSequence t, int i) {
        return WordClass.isAdposition(t, i) || WordClass.isTimeWord(t, i) || WordClass.isTimePhrase(t, i);
    }

    /** How a content's clause ends besides the sentence end and the common boundaries. */
    enum Mode {
        /** A complement of a verb in a main clause. */
        CLAUSE,
        /** A noun cue's complement in a subject: it also ends at a comma and before the main verb. */
        NOUN,
        /** A sentence-initial participle's complement ("Asked whether …,"): it ends at the first comma. */
        FIRST_COMMA,
        /** A cue in a relative or fronted subordinate clause: it ends where the main clause resumes. */
        EMBEDDED
    }

    /**
     * The end (exclusive token index) of a content that starts at {@code start}: the sentence end
     * or the first boundary — a token in {@code stops} (another attribution's reporting clause or a
     * coordinated cue), ";", ", but" (not ", but that"), ", while", ", whereas", ", although",
     * ", despite", ", and" + a new clause, or an apposition to the clause (", a claim that").
     * A noun cue's content (subject clauses) also ends at a comma and before the main verb; the
     * content of a cue inside a relative clause ends where the main clause resumes (", wrote").
     */
    static int end(TokenSequence t, int start, boolean[] stops, Mode mode) {
        boolean nounClause = mode == Mode.NOUN;
        boolean relativeClause = mode == Mode.EMBEDDED;
        int state = 0;
        boolean previousMainVerb = false;
        for (int k = start; k < t.size(); k++) {
            if (stops[k] && k > start || WordClass.form(t, k, ";")) {
                return k;
            }
            if (WordClass.isComma(t, k) && k > start) {
                if (nounClause || mode == Mode.FIRST_COMMA || clauseBreakAfterComma(t, k)
                        || relativeClause && (verbAfter(t, k + 1) || isClauseAt(t, k + 1))) {
                    return k;
                }
            }
            if (nounClause) {
                boolean verbal = WordClass.isVerbal(t, k) && !WordClass.isNounHead(t, k);
                if (state == 0 && verbal && !WordClass.isIng(t, k)) {
                    state = 1;
                } else if (state == 1 && verbal) {
                    if (previousMainVerb && (WordClass.isAux(t, k) || WordClass.isFiniteVerb(t, k))) {
                        return k;
                    }
                } else if (state == 1 && !WordClass.isNegator(t, k) && !WordClass.isAdverb(t, k)) {
                    state = 2;
                } else if (state == 2 && WordClass.isFiniteVerb(t, k) && !WordClass.isNounHead(t, k)
                        && !WordClass.isRelative(t, k - 1) && !WordClass.isCoordinator(t, k - 1)
                        && !WordClass.form(t, k - 1, "to") && !WordClass.isDeterminerLike(t, k - 1)
                        && !WordClass.isAdposition(t, k - 1)) {
                    return k;
                }
                previousMainVerb = WordClass.isVerb(t, k) && !WordClass.isAux(t, k);
            }
        }
        return t.size();
    }

    private static boolean clauseBreakAfterComma(TokenSequence t, int comma) {
        int n = comma + 1;
        if (WordClass.exists(t, n) && CLAUSE_BREAKS.contains(t.form(n))) {
            return !(WordClass.form(t, n, "but") && WordClass.form(t, n + 1, "that"));
        }
        if (WordClass.form(t, n, "even") && WordClass.form(t, n + 1, "though")) {
            return true;
        }
        if (WordClass.form(t, n, "and", "or") && !WordClass.form(t, n + 1, "that") && isClauseAt(t, n + 1)) {
            return true;
        }
        if (WordClass.form(t, n, "a", "an")) {
            TokenSpan apposition = SourceFinder.chunkRight(t, n);
            int k = apposition == null ? -1 : apposition.last() + 1;
            return apposition != null && (WordClass.isRelative(t, k) || WordClass.isDeterminerLike(t, k)
                    || WordClass.isSubjectPronoun(t, k) || WordClass.isNounHead(t, k)
                    || WordClass.isVerb(t, k) && WordClass.isEd(t, k));
        }
        return false;
    }

    /** A finite verb (adverbs allowed before it) starts at {@code k}. */
    private static boolean verbAfter(TokenSequence t, int k) {
        int v = k;
        while (WordClass.isAdverb(t, v)) {
            v++;
        }
        return WordClass.isFiniteVerb(t, v) && !WordClass.isNounHead(t, v);
    }
}
