package org.evident.annotators.segment;

import java.util.Map;
import java.util.function.BiFunction;

import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_ADJ;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_ADP;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_ADV;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_AUX;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_CONJ;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_DET;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_INTJ;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_NOUN;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_NUM;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_PART;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_PRON;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_PROPN;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_PUNCT;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_SCONJ;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_SYM;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_VERB;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_X;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Maps Universal Dependencies part-of-speech tags to DKPro's coarse POS types, so that tools
 * reading the CAS (INCEpTION, dkpro-cassis) see the usual DKPro layer.
 */
final class UdPos {
    private interface Factory extends BiFunction<JCas, int[], POS> {
    }

    private static final Map<String, Factory> TYPES = Map.ofEntries(
            Map.entry("ADJ", (j, s) -> new POS_ADJ(j, s[0], s[1])),
            Map.entry("ADP", (j, s) -> new POS_ADP(j, s[0], s[1])),
            Map.entry("ADV", (j, s) -> new POS_ADV(j, s[0], s[1])),
            Map.entry("AUX", (j, s) -> new POS_AUX(j, s[0], s[1])),
            Map.entry("CCONJ", (j, s) -> new POS_CONJ(j, s[0], s[1])),
            Map.entry("DET", (j, s) -> new POS_DET(j, s[0], s[1])),
            Map.entry("INTJ", (j, s) -> new POS_INTJ(j, s[0], s[1])),
            Map.entry("NOUN", (j, s) -> new POS_NOUN(j, s[0], s[1])),
            Map.entry("NUM", (j, s) -> new POS_NUM(j, s[0], s[1])),
            Map.entry("PART", (j, s) -> new POS_PART(j, s[0], s[1])),
            Map.entry("PRON", (j, s) -> new POS_PRON(j, s[0], s[1])),
            Map.entry("PROPN", (j, s) -> new POS_PROPN(j, s[0], s[1])),
            Map.entry("PUNCT", (j, s) -> new POS_PUNCT(j, s[0], s[1])),
            Map.entry("SCONJ", (j, s) -> new POS_SCONJ(j, s[0], s[1])),
            Map.entry("SYM", (j, s) -> new POS_SYM(j, s[0], s[1])),
            Map.entry("VERB", (j, s) -> new POS_VERB(j, s[0], s[1])));

    private UdPos() {
    }

    /** Gives the token a POS annotation of its offsets holding the tag, added to the indexes. */
    static void attach(JCas jcas, Token token, String tag) {
        POS pos = create(jcas, token.getBegin(), token.getEnd(), tag);
        pos.addToIndexes();
        token.setPos(pos);
    }

    static POS create(JCas jcas, int begin, int end, String tag) {
        Factory factory = TYPES.getOrDefault(tag, (j, s) -> new POS_X(j, s[0], s[1]));
        POS pos = factory.apply(jcas, new int[] {begin, end});
        pos.setPosValue(tag);
        pos.setCoarseValue(tag);
        return pos;
    }
}
