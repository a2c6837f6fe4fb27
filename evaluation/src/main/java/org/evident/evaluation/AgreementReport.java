package org.evident.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Agreement between two annotations of the same texts.
 *
 * @param spans span scores with the first annotation as reference
 * @param kappa token-level Cohen's kappa by layer
 */
public record AgreementReport(EvaluationReport spans, Map<String, Kappa> kappa) {

    public AgreementReport {
        kappa = Collections.unmodifiableMap(new LinkedHashMap<>(kappa));
    }
}
