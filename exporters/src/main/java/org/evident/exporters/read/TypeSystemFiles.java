package org.evident.exporters.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.uima.UIMAFramework;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.InvalidXMLException;
import org.apache.uima.util.XMLInputSource;

/**
 * Finds the {@code TypeSystem.xml} that describes a serialized CAS — the file Evident's writers,
 * DKPro's XmiWriter and INCEpTION's exports put beside the documents (any letter case), in the
 * document's folder or a folder above it up to the input root — and reads its type names. Each
 * file is parsed once per process.
 */
final class TypeSystemFiles {
    private static final Map<Path, Set<String>> CACHE = new ConcurrentHashMap<>();

    private TypeSystemFiles() {
    }

    /** The type names declared by the nearest type system file between {@code file} and {@code root}. */
    static Optional<Set<String>> nearest(Path file, Path root) throws IOException {
        Path stop = root.toAbsolutePath().normalize();
        for (Path folder = file.toAbsolutePath().normalize().getParent(); folder != null;
                folder = folder.getParent()) {
            Optional<Path> found = find(folder);
            if (found.isPresent()) {
                return Optional.of(typeNames(found.get()));
            }
            if (folder.equals(stop)) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> find(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().equalsIgnoreCase("TypeSystem.xml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .findFirst();
        }
    }

    private static Set<String> typeNames(Path file) throws IOException {
        Set<String> cached = CACHE.get(file);
        if (cached != null) {
            return cached;
        }
        try {
            TypeSystemDescription description = UIMAFramework.getXMLParser()
                    .parseTypeSystemDescription(new XMLInputSource(file.toFile()));
            Set<String> names = new HashSet<>();
            for (TypeDescription type : description.getTypes()) {
                names.add(type.getName());
            }
            CACHE.put(file, Set.copyOf(names));
            return names;
        } catch (InvalidXMLException e) {
            throw new IOException(file + ": not a UIMA type system (" + e.getMessage() + ")", e);
        }
    }
}
