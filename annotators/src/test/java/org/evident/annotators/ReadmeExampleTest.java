package org.evident.annotators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.evident.type.Marker;
import org.junit.jupiter.api.Test;

/** The README's "In a UIMA pipeline" example, as written there, prints what the README shows. */
class ReadmeExampleTest {

    @Test
    void theReadmeExamplePrintsItsMarkers() throws Exception {
        List<String> printed = new ArrayList<>();
        // from here to the end of the loop: the README's code, with println collected
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText("The FBI alleges that Zoom employees may have supported China.");
        jcas.setDocumentLanguage("en");
        SimplePipeline.runPipeline(jcas, EvidentPipeline.builder().build());
        for (Marker marker : JCasUtil.select(jcas, Marker.class)) {
            printed.add(marker.getType().getShortName() + " '" + marker.getCoveredText() + "' "
                    + marker.getCategory() + " " + marker.getRule());
        }
        printed.forEach(System.out::println);
        assertThat(printed).hasSize(2);
        assertThat(printed.get(0)).startsWith("AttributionCue 'alleges' distancing en/attribution.tsv:");
        assertThat(printed.get(1)).startsWith("SpeculationCue 'may' epistemic en/speculation.tsv:");
    }
}
