package org.evident.annotators.speculation;

/**
 * The syntactic classes of speculation cues that decide how far a scope reaches. The scope rules
 * file ({@code en/speculation-scope.tsv}, names in lower case) gives each class a direction, a
 * maximum length and its terminators; {@link CueClassifier} assigns the class of an occurrence.
 */
enum CueClass {
    /** A question mark: the interrogative clause. */
    QUESTION,
    /** A conditional conjunction (if, unless, provided that). */
    CONDITION,
    /** The conjunction of an embedded question (whether, if after ask). */
    INVESTIGATION,
    /** A modal auxiliary in the active voice (may, might, could). */
    MODAL,
    /** A modal or negated cue with a passive verb, whose subject falls into the scope (may be regulated). */
    PASSIVE,
    /** An adverb or adverbial phrase (possibly, perhaps, in all likelihood). */
    ADVERB,
    /** An adverb between a form of "be" and its predicate (was allegedly Xinjiang Jin). */
    PREDICATE_ADVERB,
    /** A verb with a complement (suggest, indicate, believe). */
    VERB,
    /** A raising or passive verb or adjective whose subject falls into the scope (seems to, is thought to, likely to). */
    RAISING,
    /** A participle modifying the noun before it (agents thought to activate, genes suspected of). */
    REDUCED_RELATIVE,
    /** A belief verb used parenthetically (Zoom, I think, knew). */
    PARENTHETICAL,
    /** An adjective before its noun (possible link, alleged act). */
    ATTRIBUTIVE,
    /** A predicative adjective (it is unclear, remains unknown). */
    PREDICATIVE,
    /** A noun (possibility, hypothesis, rumour). */
    NOUN,
    /** Anything else: a cue with no tag or an unusual head. */
    OTHER;
}
