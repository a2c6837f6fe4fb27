package org.evident.exporters.testing;

import org.apache.uima.jcas.JCas;
import org.evident.type.Attribution;
import org.evident.type.SpeculationCue;
import org.evident.type.StanceMarker;

/**
 * The documents the writer tests share. {@link #nested()} holds every layer, nested scopes and
 * nested attributions, an emoji outside the BMP, a combining mark and a line break inside a span,
 * all aligned with tokens. {@link #misaligned()} holds a span inside a token, a span across a
 * sentence boundary and an empty span between tokens.
 */
public final class Samples {
    /** The text of {@link #nested()}. */
    public static final String NESTED_TEXT = "The FBI alleges that the \uD83E\uDD8A leader may possibly have lied.\n"
            + "Officials said the cafe\u0301 report, which critics claim is clearly flawed, might be\nwrong.";

    private Samples() {
    }

    /** Every layer, nested, with an emoji, a combining mark and a line break inside spans. */
    public static JCas nested() throws Exception {
        SampleCas doc = SampleCas.of("news/nested.txt", NESTED_TEXT,
                "The FBI alleges that the \uD83E\uDD8A leader may possibly have lied.",
                "Officials said the cafe\u0301 report, which critics claim is clearly flawed, might be\nwrong.");
        Attribution fbi = doc.attribution("The FBI", "alleges", "distancing", "the \uD83E\uDD8A leader may possibly have lied",
                "indirect");
        SpeculationCue may = doc.speculation("may", "epistemic", "medium");
        doc.scope(may, "may possibly have lied");
        SpeculationCue possibly = doc.speculation("possibly", "epistemic", "low");
        doc.scope(possibly, "possibly have lied");
        possibly.setNegated(true);
        may.setHolder(fbi);
        possibly.setHolder(fbi);
        Attribution officials = doc.attribution("Officials", "said", "neutral",
                "the cafe\u0301 report, which critics claim is clearly flawed, might be\nwrong", "indirect");
        Attribution critics = doc.attribution("critics", "claim", "distancing", "is clearly flawed", "indirect");
        critics.setParent(officials);
        StanceMarker clearly = doc.stance("clearly", "booster", "neutral");
        StanceMarker flawed = doc.stance("flawed", "attitude", "negative");
        clearly.setHolder(critics);
        flawed.setHolder(critics);
        SpeculationCue might = doc.speculation("might", "epistemic", "medium");
        doc.scope(might, "might be\nwrong");
        might.setHolder(officials);
        return doc.jcas();
    }

    /** A span inside a token, a content across two sentences and an empty span between tokens. */
    public static JCas misaligned() throws Exception {
        SampleCas doc = SampleCas.of("misaligned.txt", "Critics say it is perhaps true. Others disagree.",
                "Critics say it is perhaps true.", "Others disagree.");
        doc.stance(1, 7, "counter", "neutral");
        doc.stance(doc.at(" say", 1), doc.at(" say", 1), "booster", "positive");
        doc.attribution("Critics", "say", "neutral", "it is perhaps true. Others", "indirect");
        SpeculationCue perhaps = doc.speculation("perhaps", "epistemic", "medium");
        doc.scope(perhaps, "perhaps true");
        return doc.jcas();
    }
}
