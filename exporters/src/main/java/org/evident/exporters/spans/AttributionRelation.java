package org.evident.exporters.spans;

/**
 * An attribution relation between spans of the same document.
 *
 * @param id      number of the relation, unique among the document's span and relation ids
 * @param kind    {@code direct}, {@code indirect} or {@code mixed}
 * @param source  id of the source span, or null when implicit
 * @param cue     id of the cue span
 * @param content id of the content span
 * @param parent  id of the enclosing attribution, or null
 */
public record AttributionRelation(int id, String kind, Integer source, Integer cue, Integer content,
        Integer parent) {
}
