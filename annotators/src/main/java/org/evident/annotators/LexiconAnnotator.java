package org.evident.annotators;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.uima.UimaContext;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.evident.annotators.lexicon.ContextRule;
import org.evident.annotators.lexicon.Lexicon;
import org.evident.annotators.lexicon.LexiconFormatException;
import org.evident.annotators.lexicon.LexiconLoader;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.model.Layer;
import org.evident.type.AttributionCue;
import org.evident.type.Marker;
import org.evident.type.SpeculationCue;
import org.evident.type.StanceMarker;

/**
 * Base of the layer annotators: loads the layer's lexicon (built-in, replaced or extended by the
 * user's files) once per JVM, filters matches by minimum confidence, and fills the features that
 * every {@link Marker} shares. Subclasses hold only their layer's logic.
 */
public abstract class LexiconAnnotator extends JCasAnnotator_ImplBase {

    /**
     * The user's lexicon files (TSV, see docs/lexicons.md). By default they extend the built-in
     * lexicon; set {@link #PARAM_REPLACE_BUILTIN_LEXICON} to use them alone.
     */
    public static final String PARAM_LEXICON_FILES = "lexiconFiles";
    @ConfigurationParameter(name = PARAM_LEXICON_FILES, mandatory = false, defaultValue = {})
    private String[] lexiconFiles;

    /** Use only {@link #PARAM_LEXICON_FILES}, not the built-in lexicon. Default: false (extend). */
    public static final String PARAM_REPLACE_BUILTIN_LEXICON = "replaceBuiltinLexicon";
    @ConfigurationParameter(name = PARAM_REPLACE_BUILTIN_LEXICON, mandatory = true, defaultValue = "false")
    private boolean replaceBuiltinLexicon;

    /**
     * Matches whose entry confidence is below this value are not annotated. Default 0 keeps
     * everything, so that a corrector in INCEpTION sees every candidate with its confidence.
     */
    public static final String PARAM_MIN_CONFIDENCE = "minConfidence";
    @ConfigurationParameter(name = PARAM_MIN_CONFIDENCE, mandatory = true, defaultValue = "0.0")
    private float minConfidence;

    private static final Map<Layer, Class<? extends Marker>> MARKER_TYPES = Map.of(Layer.SPECULATION,
            SpeculationCue.class, Layer.STANCE, StanceMarker.class, Layer.ATTRIBUTION, AttributionCue.class);

    private Lexicon lexicon;

    /** The layer this annotator writes. */
    protected abstract Layer layer();

    /** The context rules that this layer's lexicon entries may name. */
    protected abstract Map<String, ContextRule> contextRules();

    /**
     * True when the document already holds this layer's markers (read from XMI or JSON CAS, e.g.
     * corrected in INCEpTION): the layer keeps them and does not run again, so nothing is doubled.
     */
    protected final boolean alreadyAnnotated(JCas jcas) {
        // the index's size, not an iterator: asked once per document and layer, so on a corpus of
        // short documents an iterator's set-up was a cost of its own
        return jcas.getAnnotationIndex(MARKER_TYPES.get(layer())).size() > 0;
    }

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new ResourceInitializationException(new IllegalArgumentException(
                    PARAM_MIN_CONFIDENCE + " must be a confidence from 0 to 1, not " + minConfidence));
        }
        try {
            lexicon = LexiconLoader.load("en/" + layer().id() + ".tsv", Arrays.asList(lexiconFiles),
                    replaceBuiltinLexicon, layer().categories(), contextRules());
        } catch (LexiconFormatException | IllegalArgumentException e) {
            throw new ResourceInitializationException(e);
        }
    }

    /** The loaded lexicon. */
    protected Lexicon lexicon() {
        return lexicon;
    }

    /** The cues of a sentence at or above the minimum confidence. */
    protected List<LexiconMatch> cues(org.evident.annotators.lexicon.TokenSequence tokens) {
        List<LexiconMatch> cues = lexicon.find(tokens);
        cues.removeIf(match -> match.entry().confidence() < minConfidence);
        return cues;
    }

    /** The minimum confidence configured. */
    protected float minConfidence() {
        return minConfidence;
    }

    /** Copies the entry's category, rule and confidence onto a marker; negation starts false. */
    protected static void describe(Marker marker, LexiconMatch match) {
        marker.setCategory(match.entry().category());
        marker.setRule(match.entry().source());
        marker.setConfidence(match.entry().confidence());
        marker.setNegated(false);
    }
}
