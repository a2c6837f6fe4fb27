package org.evident.annotators.speculation;

import java.util.List;

/**
 * How the scope of one class of cues extends (a row of the scope rules file).
 *
 * @param cueClass    the class of cues it applies to
 * @param direction   which way the scope extends from the cue
 * @param maxScope    the longest scope in tokens, the cue included
 * @param terminators the terminators that end the scope, in file order
 * @param source      {@code file:line} of the row
 */
record ScopeRule(CueClass cueClass, Direction direction, int maxScope, List<Terminator> terminators, String source) {
    ScopeRule {
        terminators = List.copyOf(terminators);
    }
}
