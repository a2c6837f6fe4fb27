package org.evident.annotators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
        String readme = Files.readString(Path.of("../README.md"));
        int example = readme.indexOf("prints\n\n```\n", readme.indexOf("## In a UIMA pipeline")) + 12;
        assertThat(printed).containsExactlyElementsOf(readme.substring(example, readme.indexOf("```", example)).lines().toList());
    }
}
