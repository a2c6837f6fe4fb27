package org.evident.annotators.stance;

import java.util.Map;

import org.apache.uima.UimaContext;
import org.apache.uima.fit.descriptor.LanguageCapability;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.evident.annotators.LexiconAnnotator;
import org.evident.annotators.SentenceTokens;
import org.evident.annotators.lexicon.ContextRule;
import org.evident.annotators.lexicon.LexiconEntry;
import org.evident.annotators.lexicon.LexiconFormatException;
import org.evident.annotators.lexicon.TokenSequence;
import org.evident.model.Categories;
import org.evident.model.Layer;
import org.evident.type.StanceMarker;

/**
 * The stance layer: boosters, attitude markers and counter-expectation markers from the lexicon
 * {@code en/stance.tsv} (docs/guidelines/stance.md), disambiguated by the context rules of §8
 * ({@link StanceRules}). An attitude marker's span includes the intensifiers that directly
 * precede it; attitude markers and boosters within reach of an odd number of negators are
 * {@code negated}. Polarity comes from the lexicon entry: {@code positive} or {@code negative} for
 * attitude, {@code neutral} for boosters and counters. The holder is left to the
 * {@link org.evident.annotators.HolderResolver}.
 */
@ResourceMetaData(name = "Evident Stance Annotator",
        description = "Boosters, attitude markers (with polarity) and counters, with negation and confidence.")
@LanguageCapability("en")
@TypeCapability(
        inputs = {
            "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
            "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
            "de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS" },
        outputs = { "org.evident.type.StanceMarker" })
public class StanceAnnotator extends LexiconAnnotator {
    /** The polarity of boosters and counters. */
    private static final String NEUTRAL = "neutral";

    private StanceFinder finder;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            lexicon().entries().forEach(StanceAnnotator::checkPolarity);
        } catch (LexiconFormatException e) {
            throw new ResourceInitializationException(e);
        }
        finder = new StanceFinder(lexicon(), minConfidence());
    }

    @Override
    protected Layer layer() {
        return Layer.STANCE;
    }

    @Override
    protected Map<String, ContextRule> contextRules() {
        return StanceRules.all();
    }

    @Override
    public void process(JCas jcas) {
        String text = jcas.getDocumentText();
        if (text == null || alreadyAnnotated(jcas)) {
            return;
        }
        int[] quotes = QuoteTrimmer.curlyQuotes(text);
        for (TokenSequence sentence : SentenceTokens.bySentence(jcas)) {
            TokenSequence tokens = QuoteTrimmer.trim(sentence, text, quotes);
            for (StanceFinder.Found found : finder.find(tokens)) {
                StanceMarker marker = new StanceMarker(jcas, tokens.begin(found.first()), tokens.end(found.last()));
                describe(marker, found.match());
                marker.setPolarity(polarity(found.match().entry()));
                marker.setNegated(found.negated());
                marker.addToIndexes();
            }
        }
    }

    /** The entry's polarity; boosters and counters without one are neutral. */
    private static String polarity(LexiconEntry entry) {
        return entry.polarity() == null ? NEUTRAL : entry.polarity();
    }

    /** Attitude entries need a positive or negative polarity, boosters and counters a neutral one (§4). */
    private static void checkPolarity(LexiconEntry entry) {
        if (entry.isPseudo()) {
            return;
        }
        boolean attitude = Categories.ATTITUDE.equals(entry.category());
        String polarity = polarity(entry);
        boolean neutral = NEUTRAL.equals(polarity);
        if (attitude == neutral) {
            throw new LexiconFormatException(entry.source() + ": "
                    + (attitude ? "an attitude entry needs polarity positive or negative"
                            : "a " + entry.category() + " entry must have polarity neutral or none, not " + polarity), null);
        }
    }
}
