package org.evident.exporters.columns;

/**
 * One row of a column format: a token with its UTF-16 offsets (converted by the writers), its
 * form and its part-of-speech tag ({@code _} when the CAS has none).
 *
 * @param begin begin offset (UTF-16)
 * @param end   end offset (UTF-16, exclusive)
 * @param form  the covered text, tabs and line breaks replaced by spaces
 * @param pos   the part-of-speech tag, or {@code _}
 */
public record GridToken(int begin, int end, String form, String pos) {
}
