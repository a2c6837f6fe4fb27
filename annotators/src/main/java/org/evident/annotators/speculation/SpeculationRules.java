package org.evident.annotators.speculation;

import java.util.Map;

import org.evident.annotators.lexicon.ContextRule;

/**
 * The context rules that the speculation lexicon's {@code rules} column may name, each defined in
 * docs/guidelines/speculation.md §8.
 */
final class SpeculationRules {
    private static final Map<String, ContextRule> ALL = Map.ofEntries(
            Map.entry(NotMonth.NAME, new NotMonth()),
            Map.entry(EpistemicModal.NAME, new EpistemicModal()),
            Map.entry(NotPropose.NAME, new NotPropose()),
            Map.entry(NotShowUp.NAME, new NotShowUp()),
            Map.entry(ComplementClause.NAME, new ComplementClause()),
            Map.entry(NotEvenIf.NAME, new NotEvenIf()),
            Map.entry(EmbeddedQuestion.EMBEDDED, new EmbeddedQuestion(true)),
            Map.entry(EmbeddedQuestion.NOT_EMBEDDED, new EmbeddedQuestion(false)),
            Map.entry(OpenQuestion.NAME, new OpenQuestion()),
            Map.entry(AsComplement.NAME, new AsComplement()),
            Map.entry(RaisingPassive.NAME, new RaisingPassive()),
            Map.entry(Attributive.NAME, new Attributive()),
            Map.entry(OfComplement.NAME, new OfComplement()),
            Map.entry(PredicateComplement.NAME, new PredicateComplement()));

    private SpeculationRules() {
    }

    /** Every rule by name. */
    static Map<String, ContextRule> all() {
        return ALL;
    }
}
