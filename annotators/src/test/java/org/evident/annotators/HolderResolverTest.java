package org.evident.annotators;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.evident.type.Attribution;
import org.evident.type.AttributionContent;
import org.evident.type.AttributionCue;
import org.evident.type.SpeculationCue;
import org.evident.type.StanceMarker;
import org.junit.jupiter.api.Test;

class HolderResolverTest {

    private static Attribution attribution(JCas jcas, String text, String cue, String content) {
        int cueBegin = text.indexOf(cue);
        AttributionCue cueAnnotation = new AttributionCue(jcas, cueBegin, cueBegin + cue.length());
        cueAnnotation.addToIndexes();
        int contentBegin = text.indexOf(content);
        AttributionContent contentAnnotation = new AttributionContent(jcas, contentBegin, contentBegin + content.length());
        contentAnnotation.addToIndexes();
        Attribution attribution = new Attribution(jcas, Math.min(cueBegin, contentBegin), contentAnnotation.getEnd());
        attribution.setCue(cueAnnotation);
        attribution.setContent(contentAnnotation);
        attribution.addToIndexes();
        return attribution;
    }

    private static JCas document(String text) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        return jcas;
    }

    private static <T extends org.evident.type.Marker> T marker(T marker) {
        marker.addToIndexes();
        return marker;
    }

    @Test
    void markersTakeTheInnermostEnclosingAttributionOrTheWritersVoice() throws Exception {
        String text = "Of course the FBI alleges that Jin explained that it was likely a mistake.";
        JCas jcas = document(text);
        Attribution outer = attribution(jcas, text, "alleges", "Jin explained that it was likely a mistake");
        Attribution inner = attribution(jcas, text, "explained", "it was likely a mistake");
        int likely = text.indexOf("likely");
        SpeculationCue hedge = marker(new SpeculationCue(jcas, likely, likely + 6));
        StanceMarker booster = marker(new StanceMarker(jcas, 0, 9));

        createEngine(HolderResolver.class).process(jcas);

        assertThat(hedge.getHolder()).isSameAs(inner);
        assertThat(inner.getCue().getHolder()).isSameAs(outer);
        assertThat(outer.getCue().getHolder()).isNull();
        assertThat(booster.getHolder()).isNull();
    }

    private static final String BELIEF = "Officials believe that the leak came from inside.";

    @Test
    void aBeliefVerbThatIsAlsoAnAttributionCueSpeaksForItsSource() throws Exception {
        JCas jcas = document(BELIEF);
        Attribution belief = attribution(jcas, BELIEF, "believe", "the leak came from inside");
        int begin = BELIEF.indexOf("believe");
        SpeculationCue hedge = marker(new SpeculationCue(jcas, begin, begin + 7));

        createEngine(HolderResolver.class).process(jcas);

        assertThat(hedge.getHolder()).isSameAs(belief);
        assertThat(belief.getCue().getHolder()).isNull();
    }

    @Test
    void aMarkerThatOnlyStartsWhereACueStartsIsNotThatCue() throws Exception {
        JCas jcas = document(BELIEF);
        Attribution belief = attribution(jcas, BELIEF, "believe", "the leak came from inside");
        int wordsBegin = BELIEF.indexOf("believe that");
        StanceMarker wider = marker(new StanceMarker(jcas, wordsBegin, wordsBegin + "believe that".length()));
        int leak = BELIEF.indexOf("leak");
        SpeculationCue inside = marker(new SpeculationCue(jcas, leak, leak + 4));

        createEngine(HolderResolver.class).process(jcas);

        assertThat(wider.getHolder()).isNull();
        assertThat(inside.getHolder()).isSameAs(belief);
    }
}
