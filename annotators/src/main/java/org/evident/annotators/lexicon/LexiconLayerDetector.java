package org.evident.annotators.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.evident.model.Layer;

/**
 * Tells which layer a user's lexicon file belongs to from the categories it uses (the layers'
 * vocabularies do not overlap), so that {@code --lexicon FILE} needs no layer name.
 */
public final class LexiconLayerDetector {
    private LexiconLayerDetector() {
    }

    /** The single layer whose categories the file uses. */
    public static Layer detect(Path file) {
        Set<Layer> layers = EnumSet.noneOf(Layer.class);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int categoryColumn = -1;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (categoryColumn < 0) {
                    for (int i = 0; i < fields.length; i++) {
                        if (fields[i].trim().toLowerCase(Locale.ROOT).equals("category")) {
                            categoryColumn = i;
                        }
                    }
                    if (categoryColumn < 0) {
                        throw new LexiconFormatException(file + ":1: header lacks the column 'category'", null);
                    }
                    continue;
                }
                if (categoryColumn < fields.length) {
                    String category = fields[categoryColumn].trim();
                    for (Layer layer : Layer.values()) {
                        if (layer.categories().contains(category)) {
                            layers.add(layer);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new LexiconFormatException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        if (layers.size() != 1) {
            throw new LexiconFormatException(file + ": cannot tell its layer from its categories "
                    + (layers.isEmpty() ? "(none is a layer category)" : "(they belong to " + layers + ")")
                    + "; name it as LAYER:FILE", null);
        }
        return layers.iterator().next();
    }
}
