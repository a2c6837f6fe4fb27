package org.evident.evaluation;

/**
 * Cohen's kappa between two labellings of the same tokens: (observed − expected) / (1 − expected),
 * where observed is the share of tokens both gave the same label and expected the agreement two
 * annotators with the same label frequencies would reach by chance.
 *
 * @param tokens   the number of tokens compared
 * @param observed observed agreement, null without tokens
 * @param expected chance agreement, null without tokens
 * @param kappa    the kappa, null without tokens or when chance agreement is 1 (both sides gave
 *                 every token one and the same label)
 */
public record Kappa(long tokens, Double observed, Double expected, Double kappa) {
}
