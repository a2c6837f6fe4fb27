package org.evident.exporters.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a brat collection without the writer's code: every T line's text equals the .txt substring
 * at its code-point offsets (fragments joined by a space), ids are unique, every E, A, R and note
 * references an existing id, and annotation.conf declares every type, role, relation, attribute and
 * value used (with argument types that match), and visual.conf labels every type, role and relation.
 */
public final class BratValidator {
    private static final Pattern TEXT_BOUND = Pattern.compile("(T\\d+)\t(\\S+) (\\d+ \\d+(?:;\\d+ \\d+)*)\t(.*)");
    private static final Pattern EVENT = Pattern.compile("(E\\d+)\t(\\S+):(T\\d+)((?: \\S+:[TE]\\d+)*)");
    private static final Pattern ATTRIBUTE = Pattern.compile("(A\\d+)\t(\\S+) ([TE]\\d+)(?: (\\S+))?");
    private static final Pattern RELATION = Pattern.compile("(R\\d+)\t(\\S+) Arg1:(T\\d+) Arg2:(T\\d+)");
    private static final Pattern NOTE = Pattern.compile("(#\\d+)\tAnnotatorNotes ([TER]\\d+)\t(.*)");
    /** One argument of an annotation.conf line, as brat's configuration reader matches it. */
    private static final Pattern CONF_ARGUMENT = Pattern.compile("(\\S*?):(\\S*)");

    /** What annotation.conf declares. */
    private record Config(Set<String> entities, Map<String, Map<String, Set<String>>> events,
            Map<String, String[]> relations, Map<String, Set<String>> attributeTargets,
            Map<String, Set<String>> attributeValues, Set<String> labels) {
    }

    private BratValidator() {
    }

    /** Validates every document under a collection folder; returns the number of documents checked. */
    public static int validate(Path folder) throws IOException {
        Config config = config(folder.resolve("annotation.conf"), folder.resolve("visual.conf"));
        List<Path> annotationFiles;
        try (Stream<Path> walk = Files.walk(folder)) {
            annotationFiles = walk.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
        }
        for (Path annotationFile : annotationFiles) {
            String name = annotationFile.getFileName().toString();
            Path textFile = annotationFile.resolveSibling(name.replaceFirst("\\.ann$", ".txt"));
            validateDocument(annotationFile, Files.readString(textFile, StandardCharsets.UTF_8), config);
        }
        return annotationFiles.size();
    }

    private static void validateDocument(Path file, String text, Config config) throws IOException {
        int[] codePoints = text.codePoints().toArray();
        Map<String, String> typeOf = new HashMap<>();
        List<String[]> deferred = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            String where = file.getFileName() + ":" + number + ": ";
            String id = line.substring(0, line.indexOf('\t'));
            if (typeOf.containsKey(id)) {
                throw new AssertionError(where + "duplicate id " + id);
            }
            Matcher t = TEXT_BOUND.matcher(line);
            if (t.matches()) {
                List<String> pieces = new ArrayList<>();
                for (String fragment : t.group(3).split(";")) {
                    String[] offsets = fragment.split(" ");
                    int begin = Integer.parseInt(offsets[0]);
                    int end = Integer.parseInt(offsets[1]);
                    if (begin >= end || end > codePoints.length) {
                        throw new AssertionError(where + "bad fragment " + fragment);
                    }
                    pieces.add(new String(codePoints, begin, end - begin));
                }
                if (!String.join(" ", pieces).equals(t.group(4))) {
                    throw new AssertionError(where + "text '" + t.group(4) + "' but the .txt has '"
                            + String.join(" ", pieces) + "'");
                }
                if (!config.entities().contains(t.group(2)) && !config.events().containsKey(t.group(2))) {
                    throw new AssertionError(where + "type " + t.group(2) + " not declared");
                }
                typeOf.put(id, t.group(2));
            } else if (line.startsWith("E") || line.startsWith("A") || line.startsWith("R") || line.startsWith("#")) {
                typeOf.put(id, line.startsWith("E") ? line.split("[\t:]")[1] : "");
                deferred.add(new String[] {where, line});
            } else {
                throw new AssertionError(where + "unexpected line " + line);
            }
        }
        for (String[] entry : deferred) {
            checkReferences(entry[0], entry[1], typeOf, config);
        }
    }

    private static void checkReferences(String where, String line, Map<String, String> typeOf, Config config) {
        Matcher e = EVENT.matcher(line);
        Matcher a = ATTRIBUTE.matcher(line);
        Matcher r = RELATION.matcher(line);
        Matcher n = NOTE.matcher(line);
        if (e.matches()) {
            Map<String, Set<String>> roles = config.events().get(e.group(2));
            if (roles == null) {
                throw new AssertionError(where + "event type " + e.group(2) + " not declared");
            }
            require(where, e.group(2).equals(typeOf.get(e.group(3))), "trigger " + e.group(3) + " of the wrong type");
            for (String argument : e.group(4).trim().split(" ")) {
                if (argument.isEmpty()) {
                    continue;
                }
                String role = argument.substring(0, argument.indexOf(':')).replaceFirst("\\d+$", "");
                String target = argument.substring(argument.indexOf(':') + 1);
                require(where, typeOf.containsKey(target), "argument " + target + " does not exist");
                require(where, roles.containsKey(role), "role " + role + " not declared");
                require(where, roles.get(role).contains(typeOf.get(target)), "role " + role + " cannot take "
                        + typeOf.get(target));
                require(where, config.labels().contains(role), "role " + role + " has no label in visual.conf");
            }
        } else if (a.matches()) {
            String name = a.group(2);
            require(where, config.attributeTargets().containsKey(name), "attribute " + name + " not declared");
            require(where, typeOf.containsKey(a.group(3)), "target " + a.group(3) + " does not exist");
            require(where, config.attributeTargets().get(name).contains(typeOf.get(a.group(3))),
                    "attribute " + name + " cannot apply to " + typeOf.get(a.group(3)));
            Set<String> values = config.attributeValues().get(name);
            require(where, values == null ? a.group(4) == null : values.contains(a.group(4)),
                    "value " + a.group(4) + " of " + name + " not declared");
        } else if (r.matches()) {
            String[] args = config.relations().get(r.group(2));
            require(where, args != null, "relation " + r.group(2) + " not declared");
            require(where, typeOf.containsKey(r.group(3)) && typeOf.containsKey(r.group(4)), "argument missing");
            require(where, Set.of(args[0].split("\\|")).contains(typeOf.get(r.group(3)))
                    && Set.of(args[1].split("\\|")).contains(typeOf.get(r.group(4))), "argument types do not match");
            require(where, config.labels().contains(r.group(2)), "relation has no label in visual.conf");
        } else if (n.matches()) {
            require(where, typeOf.containsKey(n.group(2)), "note on missing " + n.group(2));
        } else {
            throw new AssertionError(where + "malformed line " + line);
        }
    }

    private static void require(String where, boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(where + message);
        }
    }

    private static Config config(Path annotationConf, Path visualConf) throws IOException {
        Set<String> entities = new HashSet<>();
        Map<String, Map<String, Set<String>>> events = new HashMap<>();
        Map<String, String[]> relations = new HashMap<>();
        Map<String, Set<String>> attributeTargets = new HashMap<>();
        Map<String, Set<String>> attributeValues = new HashMap<>();
        String section = "";
        for (String line : Files.readAllLines(annotationConf, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                section = line.trim();
                continue;
            }
            String[] parts = line.trim().split("\\s+", 2);
            Map<String, String> spec = new HashMap<>();
            if (parts.length > 1) {
                for (String item : parts[1].split(",")) {
                    Matcher argument = CONF_ARGUMENT.matcher(item.trim());
                    if (!argument.matches()) {
                        throw new AssertionError("annotation.conf: '" + item + "' is not NAME:VALUE (brat cuts at commas): " + line);
                    }
                    spec.put(argument.group(1), argument.group(2));
                }
            }
            switch (section) {
                case "[entities]" -> entities.add(parts[0]);
                case "[relations]" -> relations.put(parts[0], new String[] {spec.get("Arg1"), spec.get("Arg2")});
                case "[events]" -> {
                    Map<String, Set<String>> roles = new HashMap<>();
                    spec.forEach((role, types) -> roles.put(role.replace("?", ""), Set.of(types.split("\\|"))));
                    events.put(parts[0], roles);
                }
                case "[attributes]" -> {
                    attributeTargets.put(parts[0], Set.of(spec.get("Arg").split("\\|")));
                    if (spec.containsKey("Value")) {
                        attributeValues.put(parts[0], Set.of(spec.get("Value").split("\\|")));
                    }
                }
                default -> throw new AssertionError("annotation.conf: line outside a section: " + line);
            }
        }
        Set<String> labels = new HashSet<>();
        boolean inLabels = false;
        for (String line : Files.readAllLines(visualConf, StandardCharsets.UTF_8)) {
            if (line.startsWith("[")) {
                inLabels = line.trim().equals("[labels]");
            } else if (inLabels && !line.isBlank()) {
                labels.add(line.split("\\|")[0].trim());
            }
        }
        for (String type : entities) {
            if (!labels.contains(type)) {
                throw new AssertionError("visual.conf: no label for " + type);
            }
        }
        for (String type : events.keySet()) {
            if (!labels.contains(type)) {
                throw new AssertionError("visual.conf: no label for " + type);
            }
        }
        return new Config(entities, events, relations, attributeTargets, attributeValues, labels);
    }
}
