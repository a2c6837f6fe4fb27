package org.evident.annotators.attribution;

import java.util.Set;

import org.evident.annotators.lexicon.TokenSequence;

/**
 * Finds source noun phrases from UD tags: a base chunk (determiner or possessive, modifiers,
 * compound nouns and names, titles, possessive clitics) with its postmodifiers (prepositional
 * phrases, participle and adjective phrases, relative clauses) and, where the pattern allows,
 * appositions between commas ("Xinjiang Jin, Zoom's Security Technical Leader"). Pronouns stay
 * pronouns. Tokens marked as blocked (other cues) never enter a source.
 */
final class SourceFinder {
    private static final int MAX_CHUNK = 8;
    /** Prepositions that attach to a clause, not to a noun: a source never extends over them ("fell after the company"). */
    static final Set<String> CLAUSE_PREPOSITIONS = Set.of("after", "before", "since", "until", "till", "during",
            "despite", "as", "than", "because", "following", "amid", "unlike");
    /** Words that may precede a number in a noun phrase ("at least six people", "more than 100"). */
    private static final Set<String> NUMBER_PREFIXES = Set.of("at", "least", "most", "more",
            "less", "fewer", "than", "up", "to", "about", "around", "nearly", "almost", "roughly", "approximately",
            "some", "over", "under", "just", "only", "as", "many");

    private SourceFinder() {
    }

    /** First token of the base chunk that ends at {@code end}, or -1. */
    static int chunkLeft(TokenSequence t, int end, boolean[] blocked) {
        if (!WordClass.exists(t, end) || blocked[end]) {
            return -1;
        }
        if (WordClass.isSubjectPronoun(t, end) && !WordClass.isNounHead(t, end)) {
            return end;
        }
        boolean adjectiveHead = WordClass.isAdjective(t, end) && (WordClass.isDeterminerLike(t, end - 1)
                || WordClass.isNounHead(t, end - 1) || WordClass.isAdjective(t, end - 1));
        if (!WordClass.isNounHead(t, end) && WordClass.fusedPossessive(t, end) == 0 && !adjectiveHead) {
            return -1;
        }
        int s = end;
        while (s - 1 >= 0 && end - s < MAX_CHUNK && !blocked[s - 1]) {
            int j = s - 1;
            if (WordClass.isDeterminerLike(t, j)) {
                return j;
            }
            if (WordClass.isNounHead(t, j) || WordClass.isAdjective(t, j) || WordClass.isQuantifier(t, j)
                    || WordClass.isClitic(t, j) || WordClass.fusedPossessive(t, j) > 0) {
                s = j;
            } else if (WordClass.form(t, j, "-") && WordClass.isNounHead(t, j - 1)) {
                s = j;
            } else if (WordClass.isVerb(t, j) && (WordClass.isEd(t, j) || WordClass.isIng(t, j))
                    && (WordClass.isDeterminerLike(t, j - 1) || WordClass.isAdjective(t, j - 1)
                            || j == WordClass.firstWord(t))) {
                s = j;
            } else if (WordClass.isVerb(t, j) && WordClass.tag(t, j + 1, "NOUN") && !WordClass.isEd(t, j)
                    && !WordClass.isIng(t, j) && !t.form(j).endsWith("s")
                    && (j == WordClass.firstWord(t) || WordClass.isComma(t, j - 1) || WordClass.endsWithQuote(t, j - 1))) {
                s = j;
            } else {
                break;
            }
        }
        return s;
    }

    /** The base chunk that starts at {@code start}: {first, last} or null. */
    static TokenSpan chunkRight(TokenSequence t, int start) {
        if (!WordClass.exists(t, start)) {
            return null;
        }
        if (WordClass.isSubjectPronoun(t, start) || WordClass.isObjectPronoun(t, start)) {
            return new TokenSpan(start, start);
        }
        int i = start;
        int head = -1;
        int lastModifier = -1;
        boolean open = true;
        while (WordClass.exists(t, i) && NUMBER_PREFIXES.contains(t.form(i)) && i - start < 3
                && (WordClass.tag(t, i + 1, "NUM") || WordClass.tag(t, i + 2, "NUM"))) {
            i++;
        }
        if (WordClass.isDeterminerLike(t, i) || WordClass.form(t, i, "further", "more", "fewer", "less")
                && (WordClass.isNounHead(t, i + 1) || WordClass.isAdjective(t, i + 1))) {
            i++;
        }
        while (WordClass.exists(t, i) && i - start <= MAX_CHUNK) {
            boolean possessive = WordClass.fusedPossessive(t, i) > 0;
            if (WordClass.isNounHead(t, i) || possessive) {
                head = i;
                open = possessive || WordClass.tag(t, i, "NUM");
                i++;
            } else if (WordClass.isClitic(t, i) && head >= 0) {
                open = true;
                i++;
            } else if (open && (WordClass.isAdjective(t, i) || WordClass.isQuantifier(t, i) || WordClass.isSymbol(t, i)
                    || WordClass.tag(t, i, "ADV") && WordClass.tag(t, i + 1, "NUM")
                    || WordClass.isVerb(t, i) && (WordClass.isEd(t, i) || WordClass.isIng(t, i))
                            && (WordClass.isNounHead(t, i + 1) || WordClass.isAdjective(t, i + 1)))) {
                lastModifier = i;
                i++;
            } else if ((WordClass.isQuoteToken(t, i) || WordClass.form(t, i, "-"))
                    && (WordClass.isNounHead(t, i + 1) || WordClass.isAdjective(t, i + 1) || head == i - 1)) {
                open = true;
                i++;
            } else {
                break;
            }
        }
        if (head < 0) {
            return lastModifier >= 0 && WordClass.isDeterminerLike(t, start) && WordClass.isAdjective(t, lastModifier)
                    ? new TokenSpan(start, lastModifier) : null;
        }
        if (lastModifier > head && WordClass.fusedPossessive(t, head) > 0 && WordClass.isAdjective(t, lastModifier)) {
            head = lastModifier;
        }
        int last = head;
        if (WordClass.isQuoteToken(t, head + 1) && WordClass.endsWithQuote(t, head + 1)) {
            last = head + 1;
        }
        return new TokenSpan(start, last);
    }

    /**
     * The subject of the verb group that starts at {@code groupFirst}: the noun phrase right before
     * it (adverbs such as "also", "now" skipped), with its postmodifiers, an apposition when the
     * group follows a comma, or the antecedent of a relative pronoun.
     */
    static TokenSpan subjectBefore(TokenSequence t, int groupFirst, boolean[] blocked) {
        int e = groupFirst - 1;
        int a = skipAdjuncts(t, e, blocked);
        if (a < 0 || blocked[a]) {
            return null;
        }
        if (a < e && WordClass.isParticiple(t, a) && !WordClass.isAux(t, a)) {
            int s = chunkLeft(t, a - 1, blocked);
            return s < 0 ? null : new TokenSpan(extendLeft(t, s, blocked), e);
        }
        if (WordClass.isAdjective(t, a) && WordClass.isVerb(t, a - 1) && WordClass.isIng(t, a - 1)) {
            int s = chunkLeft(t, a - 2, blocked);
            return s < 0 ? null : new TokenSpan(extendLeft(t, s, blocked), e);
        }
        if (WordClass.isRelative(t, a) && !WordClass.tag(t, a, "SCONJ")) {
            int end = WordClass.isComma(t, a - 1) ? a - 2 : a - 1;
            int s = chunkLeft(t, end, blocked);
            return s < 0 ? null : new TokenSpan(extendLeft(t, s, blocked), end);
        }
        if (WordClass.isComma(t, a)) {
            return appositive(t, a, blocked);
        }
        int s = chunkLeft(t, a, blocked);
        if (s < 0 && WordClass.isParticiple(t, a)) {
            return null;
        }
        return s < 0 ? null : new TokenSpan(coordinated(t, extendLeft(t, s, blocked), blocked), a);
    }

    /**
     * Steps left over what stands between a subject and its verb: adverbs ("also", "now"), a
     * parenthetical adverb between commas (", however,") and a time phrase ("on Wednesday").
     */
    private static int skipAdjuncts(TokenSequence t, int e, boolean[] blocked) {
        int a = e;
        while (true) {
            if (WordClass.isAdverb(t, a) && !blocked[a]) {
                a--;
            } else if (WordClass.isComma(t, a) && WordClass.isAdverb(t, a - 1) && WordClass.isComma(t, a - 2)) {
                a -= 3;
            } else if (WordClass.isTimeWord(t, a) && WordClass.form(t, a - 1, "on", "in", "at")) {
                a -= 2;
            } else if (WordClass.isTimePhrase(t, a - 1) && !WordClass.isNounHead(t, a - 2)) {
                a -= 2;
            } else {
                return a;
            }
        }
    }

    /** The chunk right before a participle cue, with a coordinated chunk ("the US and other countries"). */
    static TokenSpan adjacentBefore(TokenSequence t, int groupFirst, boolean[] blocked) {
        int s = chunkLeft(t, groupFirst - 1, blocked);
        if (s < 0 || WordClass.isSubjectPronoun(t, s) && s == groupFirst - 1 && !WordClass.isNounHead(t, s)) {
            return null;
        }
        return new TokenSpan(coordinated(t, s, blocked), groupFirst - 1);
    }

    /** Extends a chunk leftwards over the phrases it heads: "Researchers [at the University of Ghent]". */
    private static int extendLeft(TokenSequence t, int s, boolean[] blocked) {
        while (s >= 2 && !blocked[s - 1] && !blocked[s - 2]) {
            int p = s - 1;
            int q = p - 1;
            if (WordClass.isAdposition(t, p) && !WordClass.tag(t, p, "SCONJ") && !CLAUSE_PREPOSITIONS.contains(t.form(p))) {
                if (WordClass.isSubjectPronoun(t, q) && !WordClass.isNounHead(t, q) && WordClass.form(t, p, "of", "in", "at")) {
                    s = q;
                    continue;
                }
                if (WordClass.isNounHead(t, q) || WordClass.fusedPossessive(t, q) > 0) {
                    int c = chunkLeft(t, q, blocked);
                    if (c < 0) {
                        break;
                    }
                    s = c;
                    continue;
                }
                if ((WordClass.isParticiple(t, q) && !WordClass.isAux(t, q) || WordClass.isAdjective(t, q))
                        && chunkLeft(t, q - 1, blocked) >= 0) {
                    s = chunkLeft(t, q - 1, blocked);
                    continue;
                }
                if (WordClass.isVerb(t, q) && WordClass.isRelative(t, q - 1) && chunkLeft(t, q - 2, blocked) >= 0) {
                    s = chunkLeft(t, q - 2, blocked);
                    continue;
                }
            } else if (WordClass.isVerb(t, p) && WordClass.isRelative(t, q) && chunkLeft(t, q - 1, blocked) >= 0) {
                s = chunkLeft(t, q - 1, blocked);
                continue;
            }
            break;
        }
        return s;
    }

    /** "A and B": includes the first conjunct when it starts the clause or follows a preposition. */
    private static int coordinated(TokenSequence t, int s, boolean[] blocked) {
        if (s >= 2 && WordClass.form(t, s - 1, "and", "or") && !blocked[s - 2]) {
            int c = chunkLeft(t, s - 2, blocked);
            if (c >= 0 && (c == WordClass.firstWord(t) || WordClass.isComma(t, c - 1)
                    || WordClass.isAdposition(t, c - 1) || WordClass.tag(t, c - 1, "SCONJ"))) {
                return c;
            }
        }
        return s;
    }

    /** "HEAD, APPOSITION, cue": the subject runs from the head to before the second comma. */
    private static TokenSpan appositive(TokenSequence t, int secondComma, boolean[] blocked) {
        int c1 = secondComma - 1;
        while (c1 >= 0 && !WordClass.isComma(t, c1)) {
            c1--;
        }
        if (c1 < 1 || c1 == secondComma - 1) {
            return null;
        }
        int m = c1 + 1;
        boolean relative = WordClass.form(t, m, "who", "which");
        boolean participle = WordClass.isParticiple(t, m) && !WordClass.isAux(t, m);
        boolean apposition = WordClass.isDeterminerLike(t, m) || WordClass.isNounHead(t, m)
                || WordClass.isAdjective(t, m) || WordClass.fusedPossessive(t, m) > 0;
        if (!relative && !participle && !apposition) {
            return null;
        }
        if (!relative) {
            for (int k = m; k < secondComma; k++) {
                if (WordClass.isAux(t, k) || WordClass.isVerb(t, k) && k > m && !WordClass.isParticiple(t, k)) {
                    return null;
                }
            }
        }
        int s = chunkLeft(t, c1 - 1, blocked);
        if (s < 0 || WordClass.isSubjectPronoun(t, s) && s == c1 - 1 && !WordClass.isNounHead(t, s)) {
            return null;
        }
        s = extendLeft(t, s, blocked);
        boolean clauseStart = s == WordClass.firstWord(t) || WordClass.isComma(t, s - 1) || WordClass.endsWithQuote(t, s - 1)
                || WordClass.tag(t, s - 1, "SCONJ") || WordClass.isCoordinator(t, s - 1) || WordClass.form(t, s - 1, "that");
        return clauseStart ? new TokenSpan(s, secondComma - 1) : null;
    }

    /** Which appositions {@link #phraseAfter} takes. */
    enum Appositions {
        /** None: the phrase ends at the first comma. */
        NONE,
        /** An apposition or relative clause that runs to the end of the sentence or to a comma. */
        TO_END,
        /** An apposition or relative clause between commas only (a content follows). */
        BETWEEN_COMMAS
    }

    /**
     * The noun phrase that starts at {@code start} with its postmodifiers (prepositional phrases,
     * participles, "who"-clauses) and, as {@code appositions} allows, an apposition or relative
     * clause after a comma ("said Lena Kowalski, who heads the regional flood authority").
     */
    static TokenSpan phraseAfter(TokenSequence t, int start, Appositions appositions, boolean[] blocked) {
        TokenSpan chunk = chunkRight(t, start);
        if (chunk == null || blocked[chunk.first()]) {
            return null;
        }
        int e = relativeClause(t, extendRight(t, chunk.last(), blocked), false);
        if (appositions != Appositions.NONE && WordClass.isComma(t, e + 1)) {
            int m = e + 2;
            int a = -1;
            if (WordClass.form(t, m, "who", "which")) {
                a = relativeClause(t, e, true);
            } else {
                TokenSpan apposition = chunkRight(t, m);
                if (apposition != null && !WordClass.isSubjectPronoun(t, m) && !WordClass.isObjectPronoun(t, m)) {
                    a = relativeClause(t, extendRight(t, apposition.last(), blocked), false);
                }
            }
            boolean closed = WordClass.isComma(t, a + 1)
                    || appositions == Appositions.TO_END && (!WordClass.exists(t, a + 1) || WordClass.isFinalPunctuation(t, a + 1));
            if (a > e && closed) {
                e = a;
            }
        }
        return new TokenSpan(start, e);
    }

    /**
     * A relative clause right after token {@code e} ("engineers who inspected it"; after a comma
     * when {@code afterComma}) runs to the next comma or the end of the sentence: its last token, or
     * {@code e} when there is none.
     */
    private static int relativeClause(TokenSequence t, int e, boolean afterComma) {
        int r = afterComma ? e + 2 : e + 1;
        if (afterComma && !WordClass.isComma(t, e + 1)
                || !(WordClass.form(t, r, "who", "which") && (afterComma || WordClass.isVerbal(t, r + 1)
                        || WordClass.isAdverb(t, r + 1)))) {
            return e;
        }
        int k = r;
        while (WordClass.exists(t, k + 1) && !WordClass.isComma(t, k + 1) && !WordClass.isFinalPunctuation(t, k + 1)) {
            k++;
        }
        return k;
    }

    /** Extends a chunk rightwards over prepositional, participle and adjective postmodifiers. */
    private static int extendRight(TokenSequence t, int e, boolean[] blocked) {
        while (true) {
            int j = e + 1;
            if (!WordClass.exists(t, j) || blocked[j]) {
                return e;
            }
            if (WordClass.isAdposition(t, j) && !WordClass.form(t, j, "by", "as", "than")) {
                TokenSpan pp = chunkRight(t, j + 1);
                if (pp == null || WordClass.isSubjectPronoun(t, j + 1) && !WordClass.isNounHead(t, j + 1)) {
                    return e;
                }
                e = pp.last();
            } else if (WordClass.isParticiple(t, j) && !WordClass.isAux(t, j) || WordClass.isAdjective(t, j)) {
                int k = j + 1;
                while (WordClass.isTimeWord(t, k) || WordClass.isAdverb(t, k)) {
                    k++;
                }
                TokenSpan pp = WordClass.isAdposition(t, k) ? chunkRight(t, k + 1) : null;
                if (pp == null) {
                    return e;
                }
                e = pp.last();
            } else {
                return e;
            }
        }
    }

    /** The by-phrase agent that starts at {@code by} ("by stadium staff"), or null. */
    static TokenSpan agentAt(TokenSequence t, int by, boolean[] blocked) {
        if (!WordClass.form(t, by, "by")) {
            return null;
        }
        return phraseAfter(t, by + 1, Appositions.NONE, blocked);
    }

    /**
     * The possessor of a noun cue: a possessive pronoun ("His suggestion", "its earlier promises")
     * or a noun phrase with a clitic ("The company's claim", "Protesters' demands"), without the clitic.
     */
    static TokenSpan possessor(TokenSequence t, int noun, boolean[] blocked) {
        int j = noun - 1;
        while (WordClass.isAdjective(t, j) || WordClass.tag(t, j, "ADV")) {
            j--;
        }
        if (!WordClass.exists(t, j) || blocked[j]) {
            return null;
        }
        if (WordClass.isPossessivePronoun(t, j)) {
            return new TokenSpan(j, j);
        }
        if (WordClass.isClitic(t, j) && WordClass.exists(t, j - 1)) {
            int s = chunkLeft(t, j - 1, blocked);
            return s < 0 ? null : new TokenSpan(s, j - 1);
        }
        int fused = WordClass.fusedPossessive(t, j);
        if (fused > 0) {
            int s = chunkLeft(t, j, blocked);
            return s < 0 ? null : new TokenSpan(s, j, fused);
        }
        return null;
    }
}
