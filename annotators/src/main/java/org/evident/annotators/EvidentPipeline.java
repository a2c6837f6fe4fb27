package org.evident.annotators;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.resource.ResourceInitializationException;
import org.evident.annotators.attribution.AttributionAnnotator;
import org.evident.annotators.segment.FastSegmenter;
import org.evident.annotators.segment.OpenNlpSegmenter;
import org.evident.annotators.speculation.SpeculationAnnotator;
import org.evident.annotators.stance.StanceAnnotator;
import org.evident.model.Layer;

/**
 * Builds the aggregate description of Evident's chain — segmenter, then the layer annotators in
 * the order attribution, speculation, stance, then the {@link HolderResolver} — with every
 * parameter set from the builder. The result is an ordinary uimaFIT description: run it with
 * {@code SimplePipeline}, embed it in another aggregate, or take a single component from
 * {@link #layerAnnotator}.
 */
public final class EvidentPipeline {

    /** Which segmenter starts the chain. */
    public enum Segmenter {
        /** OpenNLP sentences, tokens and UD part-of-speech tags (default; the layers use the tags). */
        OPENNLP,
        /** DKPro BreakIterator: much faster, no part-of-speech tags. */
        FAST,
        /** No segmenter: the input already carries sentences and tokens. */
        NONE
    }

    /** The user's lexicon files for one layer, and whether they replace the built-in lexicon. */
    public record LexiconFiles(List<String> files, boolean replaceBuiltin) {
        public LexiconFiles {
            files = List.copyOf(files);
        }
    }

    /** The order in which the layer annotators run. */
    private static final List<Layer> CHAIN_ORDER = List.of(Layer.ATTRIBUTION, Layer.SPECULATION, Layer.STANCE);

    private static final Map<Layer, Class<? extends LexiconAnnotator>> ANNOTATORS = new EnumMap<>(Layer.class);
    static { ANNOTATORS.put(Layer.ATTRIBUTION, AttributionAnnotator.class); }

    static {
        ANNOTATORS.put(Layer.SPECULATION, SpeculationAnnotator.class);
        ANNOTATORS.put(Layer.STANCE, StanceAnnotator.class);
    }

    private Segmenter segmenter = Segmenter.OPENNLP;
    private final Set<Layer> layers = EnumSet.noneOf(Layer.class);
    private final Map<Layer, LexiconFiles> lexicons = new EnumMap<>(Layer.class);
    private float minConfidence;
    private boolean resolveHolders = true;
    private boolean posAnnotations = true;

    private EvidentPipeline() {
        layers.addAll(availableLayers());
    }

    /** A builder with the default configuration: OpenNLP segmentation and every available layer. */
    public static EvidentPipeline builder() {
        return new EvidentPipeline();
    }

    /** The layers whose annotators exist in this build. */
    public static Set<Layer> availableLayers() {
        return Collections.unmodifiableSet(ANNOTATORS.isEmpty() ? EnumSet.noneOf(Layer.class)
                : EnumSet.copyOf(ANNOTATORS.keySet()));
    }

    public EvidentPipeline segmenter(Segmenter choice) {
        this.segmenter = choice;
        return this;
    }

    /** Runs only the given layers. */
    public EvidentPipeline layers(Set<Layer> chosen) {
        for (Layer layer : chosen) {
            if (!ANNOTATORS.containsKey(layer)) {
                throw new IllegalArgumentException("the " + layer.id() + " layer is not available in this build");
            }
        }
        layers.clear();
        layers.addAll(chosen);
        return this;
    }

    /** Lexicon files for one layer. */
    public EvidentPipeline lexicon(Layer layer, LexiconFiles files) {
        lexicons.put(layer, files);
        return this;
    }

    /** Minimum entry confidence for every layer, from 0 (keep every cue, the default) to 1. */
    public EvidentPipeline minConfidence(float value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("a minimum confidence is from 0 to 1, not " + value);
        }
        this.minConfidence = value;
        return this;
    }

    /** Whether the {@link HolderResolver} ends the chain (default: yes, when any layer runs). */
    public EvidentPipeline resolveHolders(boolean value) {
        this.resolveHolders = value;
        return this;
    }

    /**
     * Whether the OpenNLP segmenter's tags stay in the CAS as DKPro POS annotations (default: yes).
     * Without them the layers still use the tags; see {@link OpenNlpSegmenter#PARAM_POS_ANNOTATIONS}.
     */
    public EvidentPipeline posAnnotations(boolean value) {
        this.posAnnotations = value;
        return this;
    }

    /** The aggregate description. */
    public AnalysisEngineDescription build() throws ResourceInitializationException {
        List<AnalysisEngineDescription> components = new ArrayList<>();
        switch (segmenter) {
            case OPENNLP -> components.add(createEngineDescription(OpenNlpSegmenter.class,
                    OpenNlpSegmenter.PARAM_POS_ANNOTATIONS, posAnnotations));
            case FAST -> components.add(createEngineDescription(FastSegmenter.class));
            case NONE -> { }
        }
        for (Map.Entry<Layer, LexiconFiles> lexicon : lexicons.entrySet()) {
            if (!layers.contains(lexicon.getKey())) {
                throw new IllegalArgumentException("lexicon files " + lexicon.getValue().files() + " are for the "
                        + lexicon.getKey().id() + " layer, which this pipeline does not run");
            }
        }
        for (Layer layer : CHAIN_ORDER) {
            if (layers.contains(layer)) {
                components.add(layerAnnotator(layer, lexicons.get(layer), minConfidence));
            }
        }
        if (resolveHolders && !layers.isEmpty()) {
            components.add(createEngineDescription(HolderResolver.class));
        }
        return createEngineDescription(components.toArray(new AnalysisEngineDescription[0]));
    }

    /** The description of one layer annotator, for pipelines that want it alone. */
    public static AnalysisEngineDescription layerAnnotator(Layer layer, LexiconFiles files, float minConfidence)
            throws ResourceInitializationException {
        Class<? extends LexiconAnnotator> type = ANNOTATORS.get(layer);
        if (type == null) {
            throw new IllegalArgumentException("the " + layer.id() + " layer is not available in this build");
        }
        LexiconFiles lexicon = files == null ? new LexiconFiles(List.of(), false) : files;
        return createEngineDescription(type,
                LexiconAnnotator.PARAM_LEXICON_FILES, lexicon.files().toArray(new String[0]),
                LexiconAnnotator.PARAM_REPLACE_BUILTIN_LEXICON, lexicon.replaceBuiltin(),
                LexiconAnnotator.PARAM_MIN_CONFIDENCE, minConfidence);
    }
}
