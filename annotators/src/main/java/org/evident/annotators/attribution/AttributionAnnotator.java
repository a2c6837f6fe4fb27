package org.evident.annotators.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.UimaContext;
import org.apache.uima.fit.descriptor.LanguageCapability;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.evident.annotators.LexiconAnnotator;
import org.evident.annotators.Negation;
import org.evident.annotators.SentenceTokens;
import org.evident.annotators.lexicon.ContextRule;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.TokenSequence;
import org.evident.model.Layer;
import org.evident.type.Attribution;
import org.evident.type.AttributionContent;
import org.evident.type.AttributionCue;
import org.evident.type.AttributionSource;


/**
 * Marks who says what (PARC 3.0 / PolNeAR, docs/guidelines/attribution.md): every attribution's
 * source, cue and content, its kind (direct, indirect, mixed) and the attribution it is nested in.
 * Cues come from the attribution lexicon ({@code en/attribution.tsv}) matched on tokens and widened
 * to their verb group; sources are noun phrases found from UD tags; contents are clauses,
 * infinitives and quotations, also across sentences. Each cue records its lexicon entry in
 * {@code rule} and, in {@code confidence}, the entry's confidence scaled by the pattern's.
 */
@ResourceMetaData(name = "Evident Attribution Annotator",
        description = "Attribution source, cue and content with kind and nesting, from a cue lexicon and UD tags.")
@LanguageCapability("en")
@TypeCapability(
        inputs = {
                "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
                "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
                "de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS" },
        outputs = {
                "org.evident.type.Attribution",
                "org.evident.type.AttributionSource",
                "org.evident.type.AttributionCue",
                "org.evident.type.AttributionContent" })
public class AttributionAnnotator extends LexiconAnnotator {
    private final AttributionWords words = AttributionWords.builtin();
    private final CueGroupFinder groupFinder = new CueGroupFinder(words);
    private TagRepair tagRepair;
    private CueTriggers triggers;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        tagRepair = TagRepair.forLexicon(lexicon());
        triggers = CueTriggers.of(lexicon());
    }

    @Override
    protected Layer layer() {
        return Layer.ATTRIBUTION;
    }

    @Override
    protected Map<String, ContextRule> contextRules() {
        AttributionWords builtin = AttributionWords.builtin();
        return Map.of(NeedsContent.NAME, new NeedsContent(builtin),
                NotNounCompound.NAME, new NotNounCompound(builtin),
                NotAdjective.NAME, new NotAdjective());
    }

    @Override
    public void process(JCas jcas) {
        String text = jcas.getDocumentText();
        if (text == null || text.isEmpty() || alreadyAnnotated(jcas)) {
            return;
        }
        List<TokenSequence> sentences = new ArrayList<>();
        List<List<CueGroup>> groups = new ArrayList<>();
        for (TokenSequence tokens : SentenceTokens.bySentence(jcas)) {
            if (tokens.size() == 0) {
                continue;
            }
            if (!triggers.anyIn(tokens)) {
                sentences.add(tokens);
                groups.add(List.of());
                continue;
            }
            TokenSequence repaired = tagRepair.repair(tokens);
            List<CueGroup> sentenceGroups = new ArrayList<>();
            List<LexiconMatch> matches = cues(repaired);
            List<LexiconMatch> negators = matches.isEmpty() ? List.of() : Negation.negators(repaired);
            for (LexiconMatch match : matches) {
                sentenceGroups.add(groupFinder.find(repaired, match, negators));
            }
            sentences.add(repaired);
            groups.add(sentenceGroups);
        }
        Quotes quotes = QuotePairer.pair(text);
        List<Candidate> found = new AttributionFinder(text, sentences, groups, quotes, words).find();
        AttributionNester.nest(found);
        write(jcas, found, quotes, text);
    }

    private static void write(JCas jcas, List<Candidate> found, Quotes quotes, String text) {
        Map<CharSpan, AttributionSource> sources = new HashMap<>();
        Map<CharSpan, AttributionContent> contents = new HashMap<>();
        Map<Candidate, Attribution> attributions = new IdentityHashMap<>();
        for (Candidate candidate : found) {
            Attribution attribution = new Attribution(jcas, candidate.begin(), candidate.end());
            AttributionCue cue = new AttributionCue(jcas, candidate.cueSpan.begin(), candidate.cueSpan.end());
            describe(cue, candidate.cue.match());
            cue.setConfidence(candidate.confidence());
            cue.setNegated(candidate.cue.negated());
            cue.addToIndexes();
            attribution.setCue(cue);
            if (candidate.source != null) {
                attribution.setSource(sources.computeIfAbsent(candidate.source, span -> {
                    AttributionSource source = new AttributionSource(jcas, span.begin(), span.end());
                    source.addToIndexes();
                    return source;
                }));
            }
            attribution.setContent(contents.computeIfAbsent(candidate.content, span -> {
                AttributionContent content = new AttributionContent(jcas, span.begin(), span.end());
                content.addToIndexes();
                return content;
            }));
            attribution.setKind(ContentKind.of(candidate, quotes, text));
            attributions.put(candidate, attribution);
        }
        for (Map.Entry<Candidate, Attribution> entry : attributions.entrySet()) {
            Candidate parent = entry.getKey().parent;
            if (parent != null) {
                entry.getValue().setParent(attributions.get(parent));
            }
            entry.getValue().addToIndexes();
        }
    }
}
