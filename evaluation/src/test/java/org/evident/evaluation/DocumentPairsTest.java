package org.evident.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.evident.exporters.read.InputException;
import org.evident.exporters.read.annotated.AnnotatedCorpus;
import org.evident.exporters.read.annotated.AnnotatedDocument;
import org.evident.exporters.read.annotated.AnnotationScheme;
import org.evident.exporters.spans.DocumentSpans;
import org.junit.jupiter.api.Test;

class DocumentPairsTest {
    private static AnnotatedDocument document(String id, String text) {
        return new AnnotatedDocument(new DocumentSpans(id, text, List.of(), List.of(), Map.of()), List.of());
    }

    private static AnnotatedCorpus corpus(String origin, AnnotatedDocument... documents) {
        return new AnnotatedCorpus(origin, AnnotationScheme.full(), List.of(documents));
    }

    @Test
    void documentsArePairedByIdInGoldOrderAndExtraPredictionsAreIgnored() throws InputException {
        List<DocumentPairs.Pair> pairs = DocumentPairs.pair(corpus("gold", document("a", "x"), document("b", "y")),
                corpus("pred", document("c", "z"), document("b", "y"), document("a", "x")));
        assertThat(pairs).extracting(p -> p.gold().id() + "=" + p.predicted().id()).containsExactly("a=a", "b=b");
    }

    @Test
    void aMissingPredictionIsAnErrorNamingTheFiles() {
        assertThatThrownBy(() -> DocumentPairs.pair(corpus("gold.jsonl", document("a", "x"), document("b", "y")),
                corpus("pred.jsonl", document("a", "x"))))
                .isInstanceOf(InputException.class)
                .hasMessage("pred.jsonl: has no document 'b' (one of the 2 documents of gold.jsonl)");
    }

    @Test
    void aDifferentTextIsAnErrorNamingTheOffset() {
        assertThatThrownBy(() -> DocumentPairs.pair(corpus("gold", document("a", "It may rain.")),
                corpus("pred", document("a", "It may snow."))))
                .isInstanceOf(InputException.class)
                .hasMessage("pred: document 'a': the text differs from the gold text from offset 7");
        assertThatThrownBy(() -> DocumentPairs.pair(corpus("gold", document("a", "It")),
                corpus("pred", document("a", "It may"))))
                .hasMessageEndingWith("from offset 2");
    }
}
