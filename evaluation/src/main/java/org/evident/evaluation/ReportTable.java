package org.evident.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.evident.exporters.read.annotated.AnnotationScheme;
import org.evident.exporters.spans.Span;
import org.evident.model.Layer;

/**
 * The plain-text form of an {@link EvaluationReport}: an aligned table with the columns layer,
 * type, category, match, tp, fp, fn, P, R, F1 (percentages, {@code -} when undefined), then the
 * scope and polarity figures, what was not scored, and the most frequent errors.
 */
public final class ReportTable {
    private static final String HEADER_FORMAT = "%-12s %-9s %-14s %-8s %7s %7s %7s %6s %6s %6s%n";
    private static final String ALL = "(all)";

    private ReportTable() {
    }

    /**
     * The report as text.
     *
     * @param errorLimit how many error groups per list to show; 0 for none
     */
    public static String render(EvaluationReport report, int errorLimit) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, HEADER_FORMAT, "layer", "type", "category", "match", "tp", "fp", "fn",
                "P", "R", "F1"));
        for (KindResult kind : report.kinds()) {
            rows(out, kind);
            boolean speculation = kind.layer().equals(Layer.SPECULATION.id());
            if (speculation && kind.type().equals(Span.CUE) && report.sentences() != null) {
                row(out, kind.layer(), "sentence", ALL, "sentence", report.sentences());
            }
            if (speculation && kind.type().equals(Span.SCOPE) && report.scope() != null) {
                row(out, kind.layer(), Span.SCOPE, "(tokens)", "token", report.scope().tokens());
            }
        }
        out.append(String.format(Locale.ROOT, "%nDocuments: %d. P, R, F1 in %%; (all) rows are category-blind, micro "
                + "pools the category rows, macro averages them.%n", report.documents()));
        if (report.scope() != null) {
            ScopeResult scope = report.scope();
            out.append(String.format(Locale.ROOT, "Scope PCS: %s (%d of %d gold scopes correct); %s of the %d whose "
                    + "cue was found exactly.%n", percentSign(scope.pcs()), scope.correct(), scope.goldScopes(),
                    percentSign(scope.pcsGivenCue()), scope.cuesFound()));
        }
        if (report.polarity() != null) {
            out.append(String.format(Locale.ROOT, "Attitude polarity accuracy: %s (%d of %d matched markers).%n",
                    percentSign(report.polarity().accuracy()), report.polarity().correct(),
                    report.polarity().matched()));
        }
        List<String> unscored = new ArrayList<>(AnnotationScheme.full().kinds());
        unscored.removeAll(report.scheme().kinds());
        if (!unscored.isEmpty()) {
            out.append("Not annotated in the gold, not scored: ").append(String.join(", ", unscored)).append('\n');
        }
        if (errorLimit > 0) {
            errors(out, report.withTopErrors(errorLimit).errors());
        }
        return out.toString();
    }

    private static void rows(StringBuilder out, KindResult kind) {
        for (MatchMode mode : MatchMode.values()) {
            row(out, kind.layer(), kind.type(), ALL, mode.id(), kind.all().get(mode));
        }
        if (kind.categories().isEmpty()) {
            return;
        }
        kind.categories().forEach((category, counts) -> {
            for (MatchMode mode : MatchMode.values()) {
                row(out, kind.layer(), kind.type(), category, mode.id(), counts.get(mode));
            }
        });
        for (MatchMode mode : MatchMode.values()) {
            row(out, kind.layer(), kind.type(), "micro", mode.id(), kind.micro(mode));
        }
        for (MatchMode mode : MatchMode.values()) {
            Averages.Macro macro = kind.macro(mode);
            out.append(String.format(Locale.ROOT, HEADER_FORMAT, kind.layer(), kind.type(), "macro", mode.id(), "", "",
                    "", percent(macro.precision()), percent(macro.recall()), percent(macro.f1())));
        }
    }

    private static void row(StringBuilder out, String layer, String type, String category, String match, Counts counts) {
        out.append(String.format(Locale.ROOT, HEADER_FORMAT, layer, type, category, match, counts.tp(), counts.fp(),
                counts.fn(), percent(counts.precision()), percent(counts.recall()), percent(counts.f1())));
    }

    private static void errors(StringBuilder out, Map<String, KindErrors> errors) {
        out.append("\nMost frequent errors (exact matching, category-blind):\n");
        errors.forEach((kind, list) -> {
            if (!list.falsePositives().isEmpty() || !list.falseNegatives().isEmpty()) {
                errorList(out, kind + " false positives", list.falsePositives());
                errorList(out, kind + " false negatives", list.falseNegatives());
            }
        });
    }

    private static void errorList(StringBuilder out, String title, List<ErrorGroup> groups) {
        out.append('\n').append(title).append(groups.isEmpty() ? ": none\n" : ":\n");
        for (ErrorGroup group : groups) {
            out.append(String.format(Locale.ROOT, "%6d  %-20s %s%n", group.count(), group.text(), group.example()));
        }
    }

    /** A ratio as a percentage with one decimal, or {@code -} when undefined. */
    static String percent(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.1f", 100 * value);
    }

    private static String percentSign(Double value) {
        return value == null ? "-" : percent(value) + "%";
    }
}
