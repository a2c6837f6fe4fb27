package org.evident.annotators.speculation;

import java.util.Map;

import org.apache.uima.UimaContext;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.LanguageCapability;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.evident.annotators.LexiconAnnotator;
import org.evident.annotators.Negation;
import org.evident.annotators.SentenceTokens;
import org.evident.annotators.lexicon.ContextRule;
import org.evident.annotators.lexicon.LexiconFormatException;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;
import org.evident.model.Categories;
import org.evident.model.Layer;
import org.evident.type.SpeculationCue;
import org.evident.type.SpeculationScope;


/**
 * The speculation layer: hedge cues from the lexicon {@code en/speculation.tsv} (categories
 * epistemic, doxastic, condition, investigation, question), disambiguated by the context rules
 * of docs/guidelines/speculation.md §8, each with the scope it governs (§7) from the scope rules
 * {@code en/speculation-scope.tsv}. A cue shortly after a negator is marked {@code negated}; a
 * question mark never is.
 */
@ResourceMetaData(name = "Evident Speculation Annotator",
        description = "Speculation cues with category, strength, confidence, negation and scope.")
@LanguageCapability("en")
@TypeCapability(
        inputs = {
            "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
            "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
            "de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS" },
        outputs = { "org.evident.type.SpeculationCue", "org.evident.type.SpeculationScope" })
public class SpeculationAnnotator extends LexiconAnnotator {

    /**
     * A scope rules file (format: docs/guidelines/speculation.md §7 and the built-in
     * {@code en/speculation-scope.tsv}). Its rows replace the built-in rows with the same cue class
     * or terminator name, so a file may change one class alone. Default: the built-in rules only.
     */
    public static final String PARAM_SCOPE_RULES = "scopeRules";
    @ConfigurationParameter(name = PARAM_SCOPE_RULES, mandatory = false)
    private String scopeRules;

    private ScopeResolver resolver;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            resolver = new ScopeResolver(ScopeRules.load(scopeRules));
        } catch (LexiconFormatException e) {
            throw new ResourceInitializationException(e);
        }
    }

    @Override
    protected Layer layer() {
        return Layer.SPECULATION;
    }

    @Override
    protected Map<String, ContextRule> contextRules() {
        return SpeculationRules.all();
    }

    @Override
    public void process(JCas jcas) {
        if (alreadyAnnotated(jcas)) {
            return;
        }
        for (TokenSequence tokens : SentenceTokens.bySentence(jcas)) {
            for (LexiconMatch match : cues(tokens)) {
                annotate(jcas, tokens, match);
            }
        }
    }

    private void annotate(JCas jcas, TokenSequence tokens, LexiconMatch match) {
        SpeculationCue cue = new SpeculationCue(jcas, tokens.begin(match.first()), tokens.end(match.last()));
        describe(cue, match);
        cue.setStrength(match.entry().strength());
        boolean question = Categories.QUESTION.equals(match.entry().category());
        cue.setNegated(!question && Negation.isNegated(tokens, match.first(), match.last()));
        TokenRange range = resolver.resolve(tokens, match);
        SpeculationScope scope = new SpeculationScope(jcas, tokens.begin(range.first()), tokens.end(range.last()));
        scope.setCue(cue);
        cue.setScope(scope);
        cue.addToIndexes();
        scope.addToIndexes();
    }
}
