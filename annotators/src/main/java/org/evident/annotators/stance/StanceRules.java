package org.evident.annotators.stance;

import java.util.Map;

import org.evident.annotators.lexicon.ContextRule;

/** The context rules that stance lexicon entries may name in their {@code rules} column (guidelines §8). */
public final class StanceRules {
    /** Rule name: the word is evaluative only when not attributive. */
    public static final String EVALUATIVE_SENSE = "evaluative_sense";
    /** Rule name: the cue starts a sentence or clause. */
    public static final String SENTENCE_INITIAL = "sentence_initial";
    /** Rule name: "only" as a limiting adverb. */
    public static final String LIMITING_ONLY = "limiting_only";
    /** Rule name: epistemic (inferential) "must". */
    public static final String EPISTEMIC_MUST = "epistemic_must";
    /** Rule name: a stance adverb not used as a manner adverb. */
    public static final String NOT_MANNER = "not_manner";
    /** Rule name: "really", "truly", "absolutely" not grading a word. */
    public static final String NOT_DEGREE = "not_degree";
    /** Rule name: "even" not intensifying a comparative. */
    public static final String NOT_COMPARATIVE = "not_comparative";
    /** Rule name: the word is, or stands where, an adjective. */
    public static final String ADJECTIVE = "adjective";
    /** Rule name: an -ing or -ed adjective that is not a verb with an object. */
    public static final String PARTICIPIAL_ADJECTIVE = "participial_adjective";
    /** Rule name: emphatic auxiliary "do". */
    public static final String EMPHATIC_DO = "emphatic_do";

    private StanceRules() {
    }

    /** Every rule by name. */
    public static Map<String, ContextRule> all() {
        return Map.of(EVALUATIVE_SENSE, new EvaluativeSense(), SENTENCE_INITIAL, new SentenceInitial(),
                LIMITING_ONLY, new LimitingOnly(), EPISTEMIC_MUST, new EpistemicMust(), NOT_MANNER, new NotManner(),
                NOT_DEGREE, new NotDegree(), NOT_COMPARATIVE, new NotComparative(), EMPHATIC_DO, new EmphaticDo(),
                PARTICIPIAL_ADJECTIVE, new ParticipialAdjective(), ADJECTIVE, new Adjective());
    }
}
