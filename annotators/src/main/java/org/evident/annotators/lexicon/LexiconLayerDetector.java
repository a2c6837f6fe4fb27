package org.evident.annotators.lexicon;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.evident.model.Layer;

/**
 * Tells which layer a user's lexicon file belongs to from the categories it uses (the layers'
 * vocabularies do not overlap), so that {@code --lexicon FILE} needs no layer name.
 */
public final class LexiconLayerDetector {
    private LexiconLayerDetector() {
    }

    /**
     * The single layer whose categories the file uses. A category of no layer is an error naming
     * its line, as the lexicon parser would report it.
     */
    public static Layer detect(Path file) {
        Set<Layer> layers = EnumSet.noneOf(Layer.class);
        int lineNumber = 0;
        int categoryColumn = -1;
        for (String line : read(file).split("\n", -1)) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (categoryColumn < 0) {
                categoryColumn = categoryColumn(fields, file, lineNumber);
                continue;
            }
            String category = categoryColumn < fields.length ? fields[categoryColumn].trim() : LexiconEntry.PSEUDO;
            if (!category.equals(LexiconEntry.PSEUDO)) {
                // a pseudo-cue belongs to whichever layer the file's cues do
                layers.add(layerOf(category, file, lineNumber));
            }
        }
        if (categoryColumn < 0) {
            throw new LexiconFormatException(file + ": no header row (an empty lexicon)", null);
        }
        if (layers.size() != 1) {
            throw new LexiconFormatException(file + ": cannot tell its layer from its categories "
                    + (layers.isEmpty() ? "(it has no entries)" : "(they belong to " + layers + ")")
                    + "; name it as LAYER:FILE", null);
        }
        return layers.iterator().next();
    }

    /** The file as text, strictly UTF-8: an invalid byte is an error naming its line. */
    private static String read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new LexiconFormatException(file + ": lexicon file not found", e);
        } catch (IOException e) {
            throw new LexiconFormatException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(in).toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new LexiconFormatException(file + ":" + line + ": not valid UTF-8", e);
        }
    }

    private static int categoryColumn(String[] header, Path file, int lineNumber) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].trim().toLowerCase(Locale.ROOT).equals("category")) {
                return i;
            }
        }
        throw new LexiconFormatException(file + ":" + lineNumber + ": header lacks the column 'category'", null);
    }

    private static Layer layerOf(String category, Path file, int lineNumber) {
        for (Layer layer : Layer.values()) {
            if (layer.categories().contains(category)) {
                return layer;
            }
        }
        StringBuilder known = new StringBuilder();
        for (Layer layer : Layer.values()) {
            known.append(known.length() == 0 ? "" : "; ").append(layer.id()).append(": ")
                    .append(String.join(", ", new TreeSet<>(layer.categories())));
        }
        throw new LexiconFormatException(file + ":" + lineNumber + ": unknown category '" + category
                + "' (the layers' categories are " + known + ")", null);
    }
}
