package org.evident.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.uima.cas.Type;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.evident.type.Attribution;
import org.evident.type.AttributionCue;
import org.evident.type.SpeculationCue;
import org.evident.type.SpeculationScope;
import org.junit.jupiter.api.Test;

class TypeSystemTest {

    @Test
    void uimaFitAutoDetectsTheTypeSystemWithEveryFeature() throws Exception {
        JCas jcas = JCasFactory.createJCas();
        Type marker = jcas.getTypeSystem().getType("org.evident.type.Marker");
        assertThat(marker).isNotNull();
        assertThat(marker.getFeatures()).extracting(f -> f.getShortName())
                .contains("category", "rule", "confidence", "negated", "holder");
        Type attribution = jcas.getTypeSystem().getType("org.evident.type.Attribution");
        assertThat(attribution.getFeatures()).extracting(f -> f.getShortName())
                .contains("source", "cue", "content", "kind", "parent");
    }

    @Test
    void generatedClassesLinkCueScopeAndHolder() throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText("The FBI alleges that it may be true.");
        Attribution attribution = new Attribution(jcas, 0, 35);
        AttributionCue cue = new AttributionCue(jcas, 8, 15);
        cue.setCategory(Categories.DISTANCING);
        attribution.setCue(cue);
        SpeculationCue may = new SpeculationCue(jcas, 24, 27);
        SpeculationScope scope = new SpeculationScope(jcas, 24, 35);
        may.setScope(scope);
        scope.setCue(may);
        may.setHolder(attribution);
        assertThat(may.getScope().getCoveredText()).isEqualTo("may be true");
        assertThat(may.getHolder().getCue().getCoveredText()).isEqualTo("alleges");
        assertThat(Layer.fromId("Stance")).isEqualTo(Layer.STANCE);
    }
}
