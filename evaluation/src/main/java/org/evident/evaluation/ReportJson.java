package org.evident.evaluation;

import org.evident.exporters.spans.Span;
import org.evident.model.Layer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON form of an {@link EvaluationReport} (docs/evaluation.md): {@code documents}, the
 * {@code scored} kinds, and {@code layers} → layer → type → {@code exact} / {@code overlap} counts
 * ({@code tp}, {@code fp}, {@code fn}, {@code p}, {@code r}, {@code f1}; ratios 0–1 rounded to four
 * places, null when undefined), with {@code categories}, {@code micro} and {@code macro} where the
 * gold has categories. Stance lists its categories directly under the layer beside the
 * category-blind {@code marker}. Speculation adds {@code sentence} and, with scopes, {@code pcs}
 * and {@code token} under {@code scope}.
 */
public final class ReportJson {
    /** The mapper for reports. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportJson() {
    }

    /**
     * The report as JSON.
     *
     * @param errorLimit how many error groups per list to include under {@code errors}; 0 for none
     */
    public static ObjectNode toJson(EvaluationReport report, int errorLimit) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("documents", report.documents());
        ArrayNode scored = root.putArray("scored");
        report.scheme().kinds().forEach(scored::add);
        ObjectNode layers = root.putObject("layers");
        for (KindResult kind : report.kinds()) {
            ObjectNode layer = layers.has(kind.layer()) ? (ObjectNode) layers.get(kind.layer()) : layers.putObject(kind.layer());
            boolean stance = kind.layer().equals(Layer.STANCE.id());
            ObjectNode node = layer.putObject(kind.type());
            putModes(node, kind.all());
            if (!kind.categories().isEmpty()) {
                ObjectNode categories = stance ? layer : node.putObject("categories");
                kind.categories().forEach((category, counts) -> putModes(categories.putObject(category), counts));
                ObjectNode micro = (stance ? layer : node).putObject("micro");
                ObjectNode macro = (stance ? layer : node).putObject("macro");
                for (MatchMode mode : MatchMode.values()) {
                    micro.set(mode.id(), counts(kind.micro(mode)));
                    macro.set(mode.id(), macro(kind.macro(mode)));
                }
            }
            if (kind.type().equals(Span.SCOPE) && report.scope() != null) {
                node.set("pcs", pcs(report.scope()));
                node.set("token", counts(report.scope().tokens()));
            }
            if (kind.type().equals(Span.CUE) && kind.layer().equals(Layer.SPECULATION.id()) && report.sentences() != null) {
                layer.set("sentence", counts(report.sentences()));
            }
            if (stance && report.polarity() != null) {
                ObjectNode polarity = layer.putObject("polarity");
                polarity.put("matched", report.polarity().matched());
                polarity.put("correct", report.polarity().correct());
                putRatio(polarity, "accuracy", report.polarity().accuracy());
            }
        }
        if (errorLimit > 0) {
            ObjectNode errors = root.putObject("errors");
            report.withTopErrors(errorLimit).errors().forEach((kind, list) -> {
                ObjectNode node = errors.putObject(kind);
                node.set("false_positives", groups(list.falsePositives()));
                node.set("false_negatives", groups(list.falseNegatives()));
            });
        }
        return root;
    }

    private static void putModes(ObjectNode node, MatchCounts counts) {
        for (MatchMode mode : MatchMode.values()) {
            node.set(mode.id(), counts(counts.get(mode)));
        }
    }

    /** The JSON object of counts: tp, fp, fn, p, r, f1. */
    private static ObjectNode counts(Counts counts) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("tp", counts.tp());
        node.put("fp", counts.fp());
        node.put("fn", counts.fn());
        putRatio(node, "p", counts.precision());
        putRatio(node, "r", counts.recall());
        putRatio(node, "f1", counts.f1());
        return node;
    }

    private static ObjectNode macro(Averages.Macro macro) {
        ObjectNode node = MAPPER.createObjectNode();
        putRatio(node, "p", macro.precision());
        putRatio(node, "r", macro.recall());
        putRatio(node, "f1", macro.f1());
        return node;
    }

    private static ObjectNode pcs(ScopeResult scope) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("gold_scopes", scope.goldScopes());
        node.put("cues_found", scope.cuesFound());
        node.put("correct", scope.correct());
        putRatio(node, "pcs", scope.pcs());
        putRatio(node, "pcs_given_cue", scope.pcsGivenCue());
        return node;
    }

    private static ArrayNode groups(Iterable<ErrorGroup> groups) {
        ArrayNode array = MAPPER.createArrayNode();
        for (ErrorGroup group : groups) {
            ObjectNode node = array.addObject();
            node.put("text", group.text());
            node.put("count", group.count());
            node.put("document", group.document());
            node.put("example", group.example().strip());
        }
        return array;
    }

    /** Puts a ratio rounded to four places, or null. */
    public static void putRatio(ObjectNode node, String field, Double value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, Math.round(value * 10_000) / 10_000.0);
        }
    }
}
