package org.evident.exporters.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks token-classification JSONL and its labels.json without the writer's code: every line has
 * an id, tokens and the same tag lists; each list is as long as the tokens; every tag is in
 * labels.json; tags are well-formed IOB2.
 */
public final class HfValidator {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private HfValidator() {
    }

    /** Validates; returns each line's tag lists by key, by line id. */
    public static Map<String, Map<String, List<String>>> validate(Path corpus, Path labels) throws IOException {
        JsonNode labelFile = MAPPER.readTree(labels.toFile());
        Map<String, Set<String>> allowed = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = labelFile.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            Set<String> tags = new HashSet<>();
            entry.getValue().forEach(tag -> tags.add(tag.asText()));
            allowed.put(entry.getKey(), tags);
        }
        Map<String, Map<String, List<String>>> lines = new LinkedHashMap<>();
        int number = 0;
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            number++;
            JsonNode node = MAPPER.readTree(line);
            String where = corpus.getFileName() + ":" + number;
            if (!node.path("id").isTextual() || !node.path("tokens").isArray()) {
                throw new AssertionError(where + ": missing id or tokens");
            }
            int size = node.get("tokens").size();
            Map<String, List<String>> tagLists = new LinkedHashMap<>();
            for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
                String key = names.next();
                if (key.equals("id") || key.equals("tokens")) {
                    continue;
                }
                if (!allowed.containsKey(key)) {
                    throw new AssertionError(where + ": " + key + " is not in labels.json");
                }
                List<String> tags = new ArrayList<>();
                node.get(key).forEach(tag -> tags.add(tag.asText()));
                if (tags.size() != size) {
                    throw new AssertionError(where + ": " + key + " has " + tags.size() + " tags for " + size + " tokens");
                }
                for (String tag : tags) {
                    if (!allowed.get(key).contains(tag)) {
                        throw new AssertionError(where + ": tag " + tag + " of " + key + " is not in labels.json");
                    }
                }
                IobCheck.assertWellFormed(tags, where + " " + key);
                tagLists.put(key, tags);
            }
            if (!tagLists.keySet().equals(allowed.keySet())) {
                throw new AssertionError(where + ": keys " + tagLists.keySet() + ", labels.json has " + allowed.keySet());
            }
            lines.put(node.get("id").asText(), tagLists);
        }
        return lines;
    }
}
