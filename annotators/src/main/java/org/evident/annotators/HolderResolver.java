package org.evident.annotators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.text.AnnotationIndex;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.evident.type.Attribution;
import org.evident.type.AttributionContent;
import org.evident.type.AttributionCue;
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
        AnnotationIndex<Attribution> index = jcas.getAnnotationIndex(Attribution.class);
        if (index.size() == 0) {
            return;
        }
        List<Attribution> attributions = innermostFirst(index);
        int count = attributions.size();
        int[] contentBegins = new int[count];
        int[] contentEnds = new int[count];
        Map<Integer, List<Attribution>> byCueBegin = new HashMap<>();
        for (int rank = 0; rank < count; rank++) {
            Attribution attribution = attributions.get(rank);
            contentBegins[rank] = attribution.getContent().getBegin();
            contentEnds[rank] = attribution.getContent().getEnd();
            if (attribution.getCue() != null) {
                byCueBegin.computeIfAbsent(attribution.getCue().getBegin(), k -> new ArrayList<>(1)).add(attribution);
            }
        }
        int[] byContentBegin = orderedByValue(contentBegins);
        int[] open = new int[count];
        int opened = 0;
        int next = 0;
        // markers come in index order (by begin), so contents are opened once and closed once
        for (Marker marker : jcas.getAnnotationIndex(Marker.class)) {
            int begin = marker.getBegin();
            while (next < count && contentBegins[byContentBegin[next]] <= begin) {
                open[opened++] = byContentBegin[next++];
            }
            int kept = 0;
            for (int k = 0; k < opened; k++) {
                if (contentEnds[open[k]] >= begin) {
                    open[kept++] = open[k];
                }
            }
            opened = kept;
            Attribution holder = cueHolder(marker, byCueBegin);
            if (holder == null) {
                int innermost = innermostCovering(marker, attributions, open, opened, contentEnds);
                holder = innermost < 0 ? null : attributions.get(innermost);
            }
            marker.setHolder(holder);
        }
    }

    /**
     * The attributions that have a content, innermost first: the smallest content, then the earlier
     * attribution in index order. An attribution's position in this list is its rank.
     */
    private static List<Attribution> innermostFirst(AnnotationIndex<Attribution> index) {
        List<Attribution> withContent = new ArrayList<>(index.size());
        for (Attribution attribution : index) {
            if (attribution.getContent() != null) {
                withContent.add(attribution);
            }
        }
        int[] lengths = new int[withContent.size()];
        for (int i = 0; i < lengths.length; i++) {
            AttributionContent content = withContent.get(i).getContent();
            lengths[i] = content.getEnd() - content.getBegin();
        }
        List<Attribution> ranked = new ArrayList<>(lengths.length);
        for (int i : orderedByValue(lengths)) {
            ranked.add(withContent.get(i));
        }
        return ranked;
    }

    /** The indexes of {@code values} ordered by value, equal values by index (for offsets and lengths, never negative). */
    private static int[] orderedByValue(int[] values) {
        long[] keys = new long[values.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = (long) values[i] << 32 | i;
        }
        Arrays.sort(keys);
        int[] order = new int[keys.length];
        for (int k = 0; k < keys.length; k++) {
            order[k] = (int) keys[k];
        }
        return order;
    }

    /**
     * The attribution, other than the marker's own, whose cue has the marker's span (looked up by
     * begin offset, which spreads evenly over a hash table where a packed begin and end did not).
     */
    private static Attribution cueHolder(Marker marker, Map<Integer, List<Attribution>> byCueBegin) {
        List<Attribution> sameBegin = byCueBegin.get(marker.getBegin());
        if (sameBegin != null) {
            for (Attribution attribution : sameBegin) {
                AttributionCue cue = attribution.getCue();
                if (cue != marker && cue.getEnd() == marker.getEnd()) {
                    return attribution;
                }
            }
        }
        return null;
    }

    /** The rank of the innermost open attribution whose content covers the marker, or -1. */
    private static int innermostCovering(Marker marker, List<Attribution> byRank, int[] open, int opened,
            int[] contentEnds) {
        int best = -1;
        for (int k = 0; k < opened; k++) {
            int rank = open[k];
            if ((best < 0 || rank < best) && marker.getEnd() <= contentEnds[rank]
                    && byRank.get(rank).getCue() != marker) {
                best = rank;
            }
        }
        return best;
    }

}
