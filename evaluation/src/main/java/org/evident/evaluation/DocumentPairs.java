package org.evident.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.evident.exporters.read.InputException;
import org.evident.exporters.read.annotated.AnnotatedCorpus;
import org.evident.exporters.read.annotated.AnnotatedDocument;

/**
 * Pairs each gold (or reference) document with the predicted document of the same id, checking
 * that both have the same text. Predicted documents without a gold counterpart are not scored.
 */
public final class DocumentPairs {

    /**
     * A gold document and the prediction for it.
     *
     * @param gold      the gold document
     * @param predicted the predicted document
     */
    public record Pair(AnnotatedDocument gold, AnnotatedDocument predicted) {
    }

    private DocumentPairs() {
    }

    /**
     * The pairs, in gold order.
     *
     * @throws InputException naming the predictions when a gold document has no prediction or its
     *                        text differs
     */
    public static List<Pair> pair(AnnotatedCorpus gold, AnnotatedCorpus predicted) throws InputException {
        Map<String, AnnotatedDocument> byId = new HashMap<>();
        predicted.documents().forEach(document -> byId.put(document.id(), document));
        List<Pair> pairs = new ArrayList<>();
        for (AnnotatedDocument document : gold.documents()) {
            AnnotatedDocument prediction = byId.get(document.id());
            if (prediction == null) {
                throw new InputException(predicted.origin(), "has no document '" + document.id() + "' (one of the "
                        + gold.documents().size() + " documents of " + gold.origin() + ")");
            }
            int difference = firstDifference(document.text(), prediction.text());
            if (difference >= 0) {
                throw new InputException(predicted.origin(), "document '" + document.id()
                        + "': the text differs from the gold text from offset " + difference);
            }
            pairs.add(new Pair(document, prediction));
        }
        return pairs;
    }

    private static int firstDifference(String a, String b) {
        int common = Math.min(a.length(), b.length());
        for (int i = 0; i < common; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i;
            }
        }
        return a.length() == b.length() ? -1 : common;
    }
}
