package org.evident.exporters.read.annotated;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.io.FilenameUtils;
import org.evident.exporters.read.InputException;
import org.evident.exporters.write.FlatJson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * Reads annotated documents in Evident's flat JSON (decoded by {@link FlatJson#decode}): a
 * {@code .json} file holding one document object, or a {@code .jsonl} file holding one a line.
 * Errors name the file, and the line for JSONL.
 */
public final class FlatJsonReader {
    private static final ObjectReader STRICT = FlatJson.MAPPER.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private FlatJsonReader() {
    }

    /** Parses a whole JSON file strictly (one value, nothing after it). */
    static JsonNode parse(Path file) throws InputException {
        try {
            return STRICT.readTree(Files.newInputStream(file));
        } catch (JsonProcessingException e) {
            throw new InputException(file.toString(), malformed(e, true));
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** The document of a {@code .json} file's parsed content; its id defaults to the file's base name. */
    static AnnotatedDocument document(JsonNode root, Path file) throws InputException {
        return new AnnotatedDocument(FlatJson.decode(root, FilenameUtils.getBaseName(file.toString()),
                file.toString()), List.of());
    }

    /** The documents of a {@code .jsonl} file, one a non-blank line; ids default to {@code file:line}. */
    public static List<AnnotatedDocument> readLines(Path file) throws InputException {
        List<AnnotatedDocument> documents = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String origin = file + ":" + number;
                JsonNode node;
                try {
                    node = STRICT.readTree(line);
                } catch (JsonProcessingException e) {
                    throw new InputException(origin, malformed(e, false));
                }
                documents.add(new AnnotatedDocument(FlatJson.decode(node, origin, origin), List.of()));
            }
        } catch (CharacterCodingException e) {
            throw new InputException(file.toString(), "not valid UTF-8", e);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read (" + e.getMessage() + ")", e);
        }
        return documents;
    }

    private static String malformed(JsonProcessingException e, boolean withLine) {
        JsonLocation location = e.getLocation();
        String where = location == null ? ""
                : (withLine ? " at line " + location.getLineNr() + "," : " at") + " column " + location.getColumnNr();
        return "malformed JSON" + where + " (" + e.getOriginalMessage() + ")";
    }
}
