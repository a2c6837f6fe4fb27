package org.evident.annotators.stance;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.evident.annotators.HolderResolver;
import org.evident.type.Attribution;
import org.evident.type.AttributionContent;
import org.evident.type.AttributionCue;
import org.evident.type.AttributionSource;
import org.evident.type.StanceMarker;
import org.junit.jupiter.api.Test;

/**
 * The holder resolver on the stance layer's own markers (guidelines §9): a marker inside an
 * attribution's content speaks in that attribution's voice, the innermost one when they nest;
 * every other marker, the source and the cue included, is the writer's.
 */
class VoicesTest {

    private static Attribution attribution(JCas jcas, String source, String cue, String content) {
        String text = jcas.getDocumentText();
        AttributionSource sourceSpan = new AttributionSource(jcas, text.indexOf(source),
                text.indexOf(source) + source.length());
        AttributionCue cueSpan = new AttributionCue(jcas, text.indexOf(cue), text.indexOf(cue) + cue.length());
        AttributionContent contentSpan = new AttributionContent(jcas, text.indexOf(content),
                text.indexOf(content) + content.length());
        Attribution attribution = new Attribution(jcas, sourceSpan.getBegin(), contentSpan.getEnd());
        attribution.setSource(sourceSpan);
        attribution.setCue(cueSpan);
        attribution.setContent(contentSpan);
        sourceSpan.addToIndexes();
        cueSpan.addToIndexes();
        contentSpan.addToIndexes();
        attribution.addToIndexes();
        return attribution;
    }

    private static StanceMarker marker(JCas jcas, String text) {
        return JCasUtil.select(jcas, StanceMarker.class).stream().filter(m -> m.getCoveredText().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no marker " + text));
    }

    @Test
    void markersInsideAContentTakeItsInnermostAttribution() throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText("Unfortunately, the honest regulator said that Zoom claimed it was a mistake.");
        Stance.engine().process(jcas);
        Attribution regulator = attribution(jcas, "the honest regulator", "said", "Zoom claimed it was a mistake");
        Attribution zoom = attribution(jcas, "Zoom", "claimed", "it was a mistake");
        createEngine(HolderResolver.class).process(jcas);

        assertThat(marker(jcas, "mistake").getHolder()).isSameAs(zoom);
        assertThat(marker(jcas, "Unfortunately").getHolder()).isNull();
        assertThat(marker(jcas, "honest").getHolder()).as("a marker in the source is the writer's").isNull();
        assertThat(zoom.getCue().getHolder()).isSameAs(regulator);
    }
}
