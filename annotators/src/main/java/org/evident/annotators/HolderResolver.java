package org.evident.annotators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.evident.type.Attribution;
import org.evident.type.AttributionContent;
import org.evident.type.Marker;

/**
 * The last engine of the chain: decides whose voice every {@link Marker} speaks in. A marker that
 * lies inside an attribution's content gets that attribution as {@code holder} (the innermost one
 * when contents nest); a marker that shares its span with an attribution's cue ("they believe
 * that …": a belief verb is both an attribution cue and a speculation cue) belongs to that
 * attribution's source. Every other marker keeps a null holder: the writer's own voice.
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
        attributions.sort(Comparator.comparingInt(a -> length(a.getContent())));
        for (Marker marker : JCasUtil.select(jcas, Marker.class)) {
            marker.setHolder(holderOf(marker, attributions));
        }
    }

    /** The innermost attribution whose content covers the marker, or whose cue is the marker's span. */
    private static Attribution holderOf(Marker marker, List<Attribution> bySmallestContent) {
        for (Attribution attribution : bySmallestContent) {
            if (attribution.getCue() != null && attribution.getCue() != marker
                    && attribution.getCue().getBegin() == marker.getBegin()
                    && attribution.getCue().getEnd() == marker.getEnd()) {
                return attribution;
            }
        }
        for (Attribution attribution : bySmallestContent) {
            AttributionContent content = attribution.getContent();
            if (attribution.getCue() != marker && content.getBegin() <= marker.getBegin()
                    && marker.getEnd() <= content.getEnd()) {
                return attribution;
            }
        }
        return null;
    }

    private static int length(AttributionContent content) {
        return content.getEnd() - content.getBegin();
    }
}
