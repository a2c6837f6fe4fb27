package org.evident.annotators.attribution;

import org.evident.annotators.lexicon.TokenSequence;

/**
 * A cue that stands in a reporting clause after or inside its content instead of before it:
 * postposed ("…, health officials said"; "“…,” the coach told reporters"), inverted ("…, said
 * Marco Bellini"), parenthetical ("The new stadium, the council said, will be …") or a sentence of
 * its own after a quotation ("So said the union's lead negotiator").
 *
 * @param type          where the content is
 * @param source        the source tokens
 * @param boundary      the comma or closing-quote token right before the reporting clause, or -1
 * @param cueLast       the last token of the cue (a bare addressee included)
 * @param parenthetical the content goes on after the reporting clause (hull rule)
 */
record ReportingClause(Type type, TokenSpan source, int boundary, int cueLast, boolean parenthetical) {

    /** The reporting clause's position. */
    enum Type {
        /** CONTENT, SOURCE cue. */
        POSTPOSED,
        /** CONTENT, cue SOURCE. */
        INVERTED,
        /** (So) cue SOURCE, after a sentence that is a quotation. */
        AFTER_QUOTATION
    }

    /** The reporting clause of a verbal cue group, or null when the cue is not in one. */
    static ReportingClause find(TokenSequence t, CueGroup g, AttributionWords words, boolean[] blocked) {
        if (g.kind() != CueGroup.Kind.VERB || g.passive()) {
            return null;
        }
        ReportingClause inverted = inverted(t, g, blocked);
        if (inverted != null) {
            return inverted;
        }
        int after = g.last() + 1;
        int cueLast = g.last();
        boolean addresseeVerb = words.is(t.form(g.head()), AttributionWords.ADDRESSEE_VERB);
        int bare = addresseeVerb ? ContentFinder.bareAddresseeEnd(t, after) : -1;
        if (bare >= 0 && closesClause(t, bare + 1)) {
            cueLast = bare;
            after = bare + 1;
        } else if (addresseeVerb || g.directive()) {
            TokenSpan addressee = SourceFinder.chunkRight(t, after);
            if (addressee != null && closesClause(t, addressee.last() + 1)) {
                after = addressee.last() + 1;
            }
        }
        if (!closesClause(t, after) || !boundaryBefore(t, g.first())) {
            return null;
        }
        TokenSpan source = SourceFinder.subjectBefore(t, g.first(), blocked);
        if (source == null || hasModal(t, g)) {
            return null;
        }
        int boundary = source.first() - 1;
        if (WordClass.form(t, boundary, "as") && WordClass.isComma(t, boundary - 1)) {
            boundary--;
        }
        if (!WordClass.isComma(t, boundary) && !WordClass.endsWithQuote(t, boundary)) {
            return null;
        }
        return new ReportingClause(Type.POSTPOSED, source, boundary, cueLast, parenthetical(t, after));
    }

    private static ReportingClause inverted(TokenSequence t, CueGroup g, boolean[] blocked) {
        if (g.first() != g.match().first()) {
            return null;
        }
        int b = g.first() - 1;
        int firstWord = WordClass.firstWord(t);
        boolean sentenceStart = b < firstWord || b == firstWord && WordClass.form(t, b, "so");
        if (!sentenceStart && !WordClass.isComma(t, b) && !WordClass.endsWithQuote(t, b)) {
            return null;
        }
        TokenSpan source = SourceFinder.phraseAfter(t, g.last() + 1, SourceFinder.Appositions.TO_END, blocked);
        if (source == null || !closesClause(t, source.last() + 1)) {
            return null;
        }
        return new ReportingClause(sentenceStart ? Type.AFTER_QUOTATION : Type.INVERTED, source,
                sentenceStart ? -1 : b, g.last(), parenthetical(t, source.last() + 1));
    }

    /** A comma or a closing quotation mark somewhere before the cue: a postposed clause is possible. */
    private static boolean boundaryBefore(TokenSequence t, int first) {
        for (int k = first - 1; k >= 0; k--) {
            if (WordClass.isComma(t, k) || WordClass.endsWithQuote(t, k)) {
                return true;
            }
        }
        return false;
    }

    /** A modal in the group ("…, you will know"): not a reporting clause. */
    private static boolean hasModal(TokenSequence t, CueGroup g) {
        for (int k = g.first(); k < g.head(); k++) {
            if (WordClass.MODALS.contains(t, k) || WordClass.form(t, k, "may")) {
                return true;
            }
        }
        return false;
    }

    /** Nothing that could be a content follows: the end, a comma, an adjunct. */
    private static boolean closesClause(TokenSequence t, int k) {
        return !WordClass.exists(t, k) || WordClass.isFinalPunctuation(t, k) || WordClass.isComma(t, k)
                || WordClass.isAdposition(t, k) || WordClass.isAdverb(t, k) || WordClass.isTimeWord(t, k)
                || WordClass.tag(t, k, "SCONJ") || WordClass.form(t, k, "as", "when", "after", "before", "while");
    }

    /** ", will be finished": the content continues after the reporting clause. */
    private static boolean parenthetical(TokenSequence t, int after) {
        if (!WordClass.isComma(t, after)) {
            return false;
        }
        int k = after + 1;
        while (WordClass.isAdverb(t, k)) {
            k++;
        }
        return WordClass.isFiniteVerb(t, k) && !WordClass.isNounHead(t, k);
    }
}
