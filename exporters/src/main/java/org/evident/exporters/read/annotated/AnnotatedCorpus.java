package org.evident.exporters.read.annotated;

import java.util.List;

/**
 * The annotated documents of one file or folder, with the scheme that says what was annotated.
 *
 * @param origin    the file or folder read, for messages
 * @param scheme    what the source annotates
 * @param documents the documents in file order
 */
public record AnnotatedCorpus(String origin, AnnotationScheme scheme, List<AnnotatedDocument> documents) {

    public AnnotatedCorpus {
        documents = List.copyOf(documents);
    }
}
