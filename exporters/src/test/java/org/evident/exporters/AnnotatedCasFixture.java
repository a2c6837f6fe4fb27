package org.evident.exporters;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.evident.type.Attribution;
import org.evident.type.AttributionContent;
import org.evident.type.AttributionCue;
import org.evident.type.AttributionSource;
import org.evident.type.SpeculationCue;
import org.evident.type.SpeculationScope;
import org.evident.type.StanceMarker;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/** Builds a CAS annotated by hand with every Evident type, feature and link, for writer tests. */
public final class AnnotatedCasFixture {
    private AnnotatedCasFixture() {
    }

    /**
     * "The FBI alleges that Jin was allegedly the leader 😀, of course." with an attribution, a
     * speculation cue with scope and holder, and a stance marker.
     */
    public static JCas create(String prefix) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        String text = prefix + "The FBI alleges that Jin was allegedly the leader \uD83D\uDE00, of course.";
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        DocumentMetaData meta = DocumentMetaData.create(jcas);
        meta.setDocumentId("fixture.txt");
        int base = prefix.length();

        AttributionSource source = add(new AttributionSource(jcas, base, base + 7));
        AttributionCue cue = add(new AttributionCue(jcas, base + 8, base + 15));
        cue.setCategory("distancing");
        cue.setRule("en/attribution.tsv:12");
        cue.setConfidence(1.0f);
        int contentEnd = text.length() - 1;
        AttributionContent content = add(new AttributionContent(jcas, base + 21, contentEnd));
        Attribution attribution = add(new Attribution(jcas, base, contentEnd));
        attribution.setSource(source);
        attribution.setCue(cue);
        attribution.setContent(content);
        attribution.setKind("indirect");

        int cueBegin = text.indexOf("allegedly");
        SpeculationCue speculation = add(new SpeculationCue(jcas, cueBegin, cueBegin + 9));
        speculation.setCategory("doxastic");
        speculation.setStrength("medium");
        speculation.setRule("en/speculation.tsv:40");
        speculation.setConfidence(0.9f);
        speculation.setHolder(attribution);
        SpeculationScope scope = add(new SpeculationScope(jcas, cueBegin, text.indexOf(",", cueBegin)));
        speculation.setScope(scope);
        scope.setCue(speculation);

        int booster = text.indexOf("of course");
        StanceMarker marker = add(new StanceMarker(jcas, booster, booster + 9));
        marker.setCategory("booster");
        marker.setPolarity("neutral");
        marker.setRule("en/stance.tsv:3");
        marker.setConfidence(1.0f);
        marker.setNegated(true);
        marker.setHolder(attribution);
        return jcas;
    }

    private static <T extends org.apache.uima.jcas.tcas.Annotation> T add(T annotation) {
        annotation.addToIndexes();
        return annotation;
    }
}
