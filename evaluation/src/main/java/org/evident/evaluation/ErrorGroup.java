package org.evident.evaluation;

/**
 * Errors with the same lower-cased covered text.
 *
 * @param text    the covered text, lower-cased
 * @param count   how many times it was an error
 * @param example a keyword-in-context line of its first occurrence ({@link Kwic})
 * @param document the id of the document of the example
 */
public record ErrorGroup(String text, int count, String example, String document) {
}
