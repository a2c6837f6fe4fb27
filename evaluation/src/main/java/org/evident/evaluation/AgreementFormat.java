package org.evident.evaluation;

import java.util.Locale;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Text and JSON forms of an {@link AgreementReport}: the span report ({@link ReportTable},
 * {@link ReportJson}) followed by the kappa per layer ({@code kappa} → layer → {@code tokens},
 * {@code observed}, {@code expected}, {@code kappa} in JSON).
 */
public final class AgreementFormat {
    private static final String FORMAT = "%-12s %8s %9s %9s %7s%n";

    private AgreementFormat() {
    }

    /** The report as text. */
    public static String table(AgreementReport report) {
        StringBuilder out = new StringBuilder(ReportTable.render(report.spans(), 0));
        out.append(String.format(Locale.ROOT, "%nToken-level agreement (Cohen's kappa):%n"));
        out.append(String.format(Locale.ROOT, FORMAT, "layer", "tokens", "observed", "expected", "kappa"));
        report.kappa().forEach((layer, kappa) -> out.append(String.format(Locale.ROOT, FORMAT, layer, kappa.tokens(),
                decimal(kappa.observed()), decimal(kappa.expected()), decimal(kappa.kappa()))));
        return out.toString();
    }

    /** The report as JSON. */
    public static ObjectNode json(AgreementReport report) {
        ObjectNode root = ReportJson.toJson(report.spans(), 0);
        ObjectNode kappas = root.putObject("kappa");
        report.kappa().forEach((layer, kappa) -> {
            ObjectNode node = kappas.putObject(layer);
            node.put("tokens", kappa.tokens());
            ReportJson.putRatio(node, "observed", kappa.observed());
            ReportJson.putRatio(node, "expected", kappa.expected());
            ReportJson.putRatio(node, "kappa", kappa.kappa());
        });
        return root;
    }

    private static String decimal(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }
}
