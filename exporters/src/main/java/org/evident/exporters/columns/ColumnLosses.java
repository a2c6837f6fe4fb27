package org.evident.exporters.columns;

import java.util.HashSet;
import java.util.Set;

import org.evident.exporters.spans.AttributionRelation;
import org.evident.exporters.spans.DocumentSpans;
import org.evident.exporters.spans.Span;
import org.evident.exporters.write.LossReport;
import org.evident.exporters.write.LossReport.Kind;

/**
 * Counts what a tag column cannot hold, whatever the geometry: every feature besides category and
 * polarity (strength, rule, confidence, negated, attribution kind) and every link (cue–scope,
 * holder, the roles and parent of an attribution).
 */
final class ColumnLosses {
    private ColumnLosses() {
    }

    static void record(DocumentSpans document, LossReport.Recorder losses) {
        Set<Long> scopeLinks = new HashSet<>();
        for (Span span : document.spans()) {
            losses.record(Kind.FEATURE_DROPPED, count(span.strength(), span.rule(), span.confidence(), span.negated()));
            losses.record(Kind.LINK_DROPPED, count(span.holder()));
            if (span.scope() != null) {
                scopeLinks.add(pair(span.id(), span.scope()));
            }
            if (span.cue() != null) {
                scopeLinks.add(pair(span.cue(), span.id()));
            }
        }
        losses.record(Kind.LINK_DROPPED, scopeLinks.size());
        for (AttributionRelation relation : document.attributions()) {
            losses.record(Kind.FEATURE_DROPPED, count(relation.kind()));
            losses.record(Kind.LINK_DROPPED,
                    count(relation.source(), relation.cue(), relation.content(), relation.parent()));
        }
    }

    private static long pair(int cue, int scope) {
        return (long) cue << 32 | scope & 0xffffffffL;
    }

    private static int count(Object... values) {
        int present = 0;
        for (Object value : values) {
            if (value != null) {
                present++;
            }
        }
        return present;
    }
}
