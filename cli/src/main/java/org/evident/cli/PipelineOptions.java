package org.evident.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.resource.ResourceInitializationException;
import org.evident.annotators.EvidentPipeline;
import org.evident.annotators.lexicon.LexiconLayerDetector;
import org.evident.model.Layer;

import picocli.CommandLine.Option;

/** The command-line options that configure the annotation pipeline (shared by annotate and eval). */
public final class PipelineOptions {
    @Option(names = "--segmenter", defaultValue = "OPENNLP", paramLabel = "opennlp|fast",
            description = "opennlp: sentences, tokens and POS tags (default); fast: DKPro BreakIterator, no POS.")
    EvidentPipeline.Segmenter segmenter;

    @Option(names = "--pos-annotations", negatable = true, defaultValue = "false", fallbackValue = "true",
            description = "Keep the OpenNLP segmenter's part-of-speech tags in the CAS as DKPro POS annotations: "
                    + "XMI and JSON CAS files get a POS layer and the conll POS column its tags. By default the "
                    + "layers use the tags but the CAS keeps none, so CAS files hold one structure per token instead "
                    + "of two (less than half the size, written about twice as fast).")
    boolean posAnnotations;

    @Option(names = "--layers", split = ",", paramLabel = "LAYER", converter = OptionValues.LayerId.class,
            description = "Layers to annotate (speculation, stance, attribution). Default: every available layer.")
    List<Layer> layers;

    @Option(names = "--lexicon", paramLabel = "[LAYER:]FILE",
            description = "A lexicon TSV file (docs/lexicons.md) that extends the built-in one of its layer; "
                    + "the layer is recognised from the file's categories or named as LAYER:FILE. Repeatable.")
    List<String> lexicons = new ArrayList<>();

    @Option(names = "--replace-lexicons",
            description = "User lexicons replace the built-in lexicon of their layer instead of extending it.")
    boolean replaceLexicons;

    @Option(names = "--min-confidence", defaultValue = "0", paramLabel = "0..1", converter = OptionValues.Confidence.class,
            description = "Drop markers whose lexicon entry has a lower confidence (default ${DEFAULT-VALUE}).")
    float minConfidence;

    /** The pipeline description these options describe. */
    AnalysisEngineDescription pipeline() throws ResourceInitializationException {
        EvidentPipeline builder = EvidentPipeline.builder().segmenter(segmenter).minConfidence(minConfidence)
                .posAnnotations(posAnnotations);
        if (layers != null) {
            builder.layers(layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers));
        }
        if (replaceLexicons && lexicons.isEmpty()) {
            throw new IllegalArgumentException("--replace-lexicons needs at least one --lexicon FILE to replace the "
                    + "built-in lexicon with");
        }
        Map<Layer, List<String>> files = new EnumMap<>(Layer.class);
        for (String option : lexicons) {
            int colon = option.indexOf(':');
            Layer layer;
            String file;
            if (colon > 0 && isLayer(option.substring(0, colon))) {
                layer = Layer.fromId(option.substring(0, colon));
                file = option.substring(colon + 1);
            } else if (colon > 0 && !Files.exists(Path.of(option))) {
                throw new IllegalArgumentException("--lexicon " + option + ": '" + option.substring(0, colon)
                        + "' is not a layer (speculation, stance or attribution) and no file has that name");
            } else {
                file = option;
                layer = LexiconLayerDetector.detect(Path.of(file));
            }
            files.computeIfAbsent(layer, l -> new ArrayList<>()).add(file);
        }
        files.forEach((layer, list) -> builder.lexicon(layer, new EvidentPipeline.LexiconFiles(list, replaceLexicons)));
        return builder.build();
    }

    private static boolean isLayer(String name) {
        for (Layer layer : Layer.values()) {
            if (layer.id().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
