package org.evident.annotators.speculation;

import java.util.Set;

/**
 * Tokens that end a scope under a condition (a row of the scope rules file's terminator section).
 *
 * @param name      the name that scope rules list in their {@code terminated_by} column
 * @param tokens    the lower-case token forms
 * @param condition when an occurrence ends the scope
 * @param source    {@code file:line} of the row
 */
record Terminator(String name, Set<String> tokens, TerminatorCondition condition, String source) {
    Terminator {
        tokens = Set.copyOf(tokens);
    }
}
