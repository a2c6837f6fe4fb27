package org.evident.annotators.attribution;

/**
 * Where a cue's content begins, found to the right of the cue.
 *
 * @param token     first token of the content; for {@link Type#QUOTE} the token that opens the
 *                  quotation, or the sentence length when the quotation follows the sentence
 * @param type      the content's construction
 * @param addressee last token of a bare addressee that belongs to the cue ("told reporters"), or -1
 */
record ContentStart(int token, Type type, int addressee) {

    /** The content constructions of the guidelines (§3.3.2). */
    enum Type {
        /** A finite clause, after "that" or without it. */
        CLAUSE,
        /** A wh-, whether- or if-clause, the wh-word included. */
        WH,
        /** A to-infinitive ("pledged to keep"), a negator before "to" included ("promises never to"). */
        INFINITIVE,
        /** A noun phrase with a to-infinitive ("urged governments to keep") or "of -ing" (accuse). */
        OBJECT_INFINITIVE,
        /** An -ing clause ("deny taking part"). */
        GERUND,
        /** A quotation, directly or after a colon or comma. */
        QUOTE,
        /** A noun phrase, only for cues that take one ("called for an inquiry"). */
        NOUN_PHRASE
    }

    ContentStart(int token, Type type) {
        this(token, type, -1);
    }

    /** The same start with a bare addressee that joins the cue. */
    ContentStart withAddressee(int last) {
        return new ContentStart(token, type, last);
    }
}
