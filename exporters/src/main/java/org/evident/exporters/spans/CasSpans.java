package org.evident.exporters.spans;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.evident.model.Layer;
import org.evident.type.Attribution;
import org.evident.type.AttributionContent;
import org.evident.type.AttributionCue;
import org.evident.type.AttributionSource;
import org.evident.type.Marker;
import org.evident.type.MetadataField;
import org.evident.type.SpeculationCue;
import org.evident.type.SpeculationScope;
import org.evident.type.StanceMarker;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/**
 * Extracts the {@link DocumentSpans} view of an annotated CAS: every Evident annotation becomes a
 * span, numbered in text order (begin, then longer first), and every {@link Attribution} a relation
 * numbered after the spans. Links (scope, cue, holder, parent) become ids.
 */
public final class CasSpans {
    private static final String SPECULATION = Layer.SPECULATION.id();
    private static final String STANCE = Layer.STANCE.id();
    private static final String ATTRIBUTION = Layer.ATTRIBUTION.id();

    private CasSpans() {
    }

    /** The document id recorded in the CAS's {@link DocumentMetaData}, or {@code "document"}. */
    public static String documentId(JCas jcas) {
        return JCasUtil.select(jcas, DocumentMetaData.class).stream()
                .map(DocumentMetaData::getDocumentId)
                .filter(id -> id != null)
                .findFirst().orElse("document");
    }

    /** The view of the CAS. */
    public static DocumentSpans extract(JCas jcas) {
        List<Annotation> annotations = new ArrayList<>();
        annotations.addAll(JCasUtil.select(jcas, SpeculationCue.class));
        annotations.addAll(JCasUtil.select(jcas, SpeculationScope.class));
        annotations.addAll(JCasUtil.select(jcas, StanceMarker.class));
        annotations.addAll(JCasUtil.select(jcas, AttributionSource.class));
        annotations.addAll(JCasUtil.select(jcas, AttributionCue.class));
        annotations.addAll(JCasUtil.select(jcas, AttributionContent.class));
        annotations.sort(Comparator.comparingInt(Annotation::getBegin)
                .thenComparing(Comparator.comparingInt(Annotation::getEnd).reversed())
                .thenComparing(a -> layerOf(a) + "/" + typeOf(a)));
        Map<FeatureStructure, Integer> ids = new IdentityHashMap<>();
        int next = 1;
        for (Annotation annotation : annotations) {
            ids.put(annotation, next++);
        }
        List<Attribution> attributions = new ArrayList<>(JCasUtil.select(jcas, Attribution.class));
        for (Attribution attribution : attributions) {
            ids.put(attribution, next++);
        }

        List<Span> spans = new ArrayList<>(annotations.size());
        for (Annotation annotation : annotations) {
            spans.add(span(annotation, ids));
        }
        List<AttributionRelation> relations = new ArrayList<>(attributions.size());
        for (Attribution a : attributions) {
            relations.add(new AttributionRelation(ids.get(a), a.getKind(), idOf(a.getSource(), ids),
                    idOf(a.getCue(), ids), idOf(a.getContent(), ids), idOf(a.getParent(), ids)));
        }
        // a bag index has no order of its own: the fields come back in the order they were made
        List<MetadataField> fields = new ArrayList<>(JCasUtil.select(jcas, MetadataField.class));
        fields.sort(Comparator.comparingInt(MetadataField::_id));
        Map<String, String> metadata = new LinkedHashMap<>();
        for (MetadataField field : fields) {
            metadata.put(field.getKey(), field.getValue());
        }
        return new DocumentSpans(documentId(jcas), jcas.getDocumentText() == null ? "" : jcas.getDocumentText(),
                spans, relations, metadata);
    }

    private static Span span(Annotation a, Map<FeatureStructure, Integer> ids) {
        String category = null;
        String strength = null;
        String polarity = null;
        String rule = null;
        Float confidence = null;
        Boolean negated = null;
        Integer holder = null;
        Integer scope = null;
        Integer cue = null;
        if (a instanceof Marker marker) {
            category = marker.getCategory();
            rule = marker.getRule();
            confidence = marker.getConfidence();
            negated = marker.getNegated();
            holder = idOf(marker.getHolder(), ids);
        }
        if (a instanceof SpeculationCue speculation) {
            strength = speculation.getStrength();
            scope = idOf(speculation.getScope(), ids);
        } else if (a instanceof StanceMarker stance) {
            polarity = stance.getPolarity();
        } else if (a instanceof SpeculationScope speculationScope) {
            cue = idOf(speculationScope.getCue(), ids);
        }
        return new Span(ids.get(a), layerOf(a), typeOf(a), a.getBegin(), a.getEnd(), category, strength, polarity,
                rule, confidence, negated, holder, scope, cue);
    }

    private static Integer idOf(FeatureStructure fs, Map<FeatureStructure, Integer> ids) {
        return fs == null ? null : ids.get(fs);
    }

    private static final Map<Class<?>, String[]> KINDS = new HashMap<>(Map.of(
            SpeculationCue.class, new String[] {SPECULATION, Span.CUE},
            SpeculationScope.class, new String[] {SPECULATION, Span.SCOPE},
            StanceMarker.class, new String[] {STANCE, Span.MARKER},
            AttributionSource.class, new String[] {ATTRIBUTION, Span.SOURCE},
            AttributionCue.class, new String[] {ATTRIBUTION, Span.CUE},
            AttributionContent.class, new String[] {ATTRIBUTION, Span.CONTENT}));

    private static String layerOf(Annotation a) {
        return KINDS.get(a.getClass())[0];
    }

    private static String typeOf(Annotation a) {
        return KINDS.get(a.getClass())[1];
    }
}
