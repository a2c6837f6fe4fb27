package org.evident.annotators.speculation;

/** Which way a scope extends from its cue (ConText's direction, with syntactic variants). */
enum Direction {
    /** From the cue to the first terminator. */
    FORWARD,
    /** Like {@link #FORWARD}, but a coordinated complement clause ("… but that …", "… and that …") stays in scope. */
    COMPLEMENT,
    /** From the start of the cue's clause (its subject included) to the first terminator. */
    CLAUSE,
    /** From the cue over its noun phrase and the phrase's complements, up to the predicate of the clause. */
    NOUN_PHRASE,
    /** The interrogative clause that the question mark closes, the mark included. */
    INTERROGATIVE,
    /** The whole sentence. */
    SENTENCE;
}
