package org.evident.annotators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.evident.type.Attribution;
import org.evident.type.AttributionContent;
import org.evident.type.Marker;

/**
 * The last engine of the chain: decides whose voice every {@link Marker} speaks in. A marker that
 * lies inside an attribution's content gets that attribution as {@code holder} (the innermost one
 * when contents nest); a marker that shares its span with an attribution's cue ("they believe
 * that …": a belief verb is both an attribution cue and a speculation cue) belongs to that
 * attribution's source. Every other marker keeps a null holder: the writer's own voice. Markers
 * and contents are swept in text order, so the cost grows with the number of markers times the
 * nesting depth of contents, not times the number of attributions.
 */
@ResourceMetaData(name = "Evident Holder Resolver")
@TypeCapability(
        inputs = {"org.evident.type.Marker", "org.evident.type.Attribution"},
        outputs = {"org.evident.type.Marker:holder"})
public class HolderResolver extends JCasAnnotator_ImplBase {

    @Override
    public void process(JCas jcas) {
        List<Attribution> attributions = new ArrayList<>(JCasUtil.select(jcas, Attribution.class));
        if (attributions.isEmpty()) {
            return;
        }
        attributions.removeIf(a -> a.getContent() == null);
        // innermost first: the smallest content, then the earlier attribution in index order (stable sort)
        attributions.sort(Comparator.comparingInt(a -> length(a.getContent())));
        Map<Long, List<Attribution>> byCueSpan = new HashMap<>();
        for (Attribution attribution : attributions) {
            if (attribution.getCue() != null) {
                byCueSpan.computeIfAbsent(span(attribution.getCue()), k -> new ArrayList<>(1)).add(attribution);
            }
        }
        Map<Attribution, Integer> rank = new IdentityHashMap<>();
        for (int i = 0; i < attributions.size(); i++) {
            rank.put(attributions.get(i), i);
        }
        List<Attribution> byContentBegin = new ArrayList<>(attributions);
        byContentBegin.sort(Comparator.comparingInt(a -> a.getContent().getBegin()));
        List<Attribution> open = new ArrayList<>();
        int next = 0;
        // markers come in index order (by begin), so contents are opened once and closed once
        for (Marker marker : JCasUtil.select(jcas, Marker.class)) {
            while (next < byContentBegin.size() && byContentBegin.get(next).getContent().getBegin() <= marker.getBegin()) {
                open.add(byContentBegin.get(next++));
            }
            open.removeIf(a -> a.getContent().getEnd() < marker.getBegin());
            marker.setHolder(holderOf(marker, byCueSpan, open, rank));
        }
    }

    /** The attribution whose cue has the marker's span, else the innermost one whose content covers it. */
    private static Attribution holderOf(Marker marker, Map<Long, List<Attribution>> byCueSpan, List<Attribution> open,
            Map<Attribution, Integer> rank) {
        for (Attribution attribution : byCueSpan.getOrDefault(span(marker), List.of())) {
            if (attribution.getCue() != marker) {
                return attribution;
            }
        }
        Attribution best = null;
        for (Attribution attribution : open) {
            if (attribution.getCue() != marker && marker.getEnd() <= attribution.getContent().getEnd()
                    && (best == null || rank.get(attribution) < rank.get(best))) {
                best = attribution;
            }
        }
        return best;
    }

    private static long span(Annotation annotation) {
        return ((long) annotation.getBegin() << 32) | annotation.getEnd();
    }

    private static int length(AttributionContent content) {
        return content.getEnd() - content.getBegin();
    }
}
