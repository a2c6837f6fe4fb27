package org.evident.exporters.read.annotated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evident.exporters.read.annotated.Fixtures.file;

import java.util.List;
import java.util.Map;

import org.evident.exporters.read.InputException;
import org.evident.exporters.spans.DocumentSpans;
import org.evident.exporters.spans.Span;
import org.junit.jupiter.api.Test;

class UncertaintyXmlReaderTest {

    @Test
    void szegedDocumentsJoinSentencesWithNewlinesAndMapCueTypesToCategories() throws InputException {
        AnnotatedCorpus corpus = UncertaintyXmlReader.read(file("szeged-mini.xml"));

        assertThat(corpus.documents()).extracting(AnnotatedDocument::id).containsExactly("First_1", "Second_2");
        AnnotatedDocument first = corpus.documents().get(0);
        assertThat(first.text()).isEqualTo("First\nIt may rain & if so.\nSome experts believe it.");
        assertThat(first.sentences()).containsExactly(new TextRange(0, 5), new TextRange(6, 26), new TextRange(27, 51));
        assertThat(describe(first.spans())).containsExactly(
                "speculation/cue 9-12 [may] epistemic",
                "speculation/cue 20-22 [if] condition",
                "speculation/cue 40-47 [believe] doxastic");

        AnnotatedDocument second = corpus.documents().get(1);
        assertThat(second.sentences()).containsExactly(new TextRange(0, 35));
        assertThat(describe(second.spans())).containsExactly(
                "speculation/cue 13-27 [whether or not] investigation",
                "speculation/cue 31-34 [can]");
    }

    @Test
    void szegedSchemeHasCategorisedCuesAndNoScopes() throws InputException {
        assertThat(UncertaintyXmlReader.read(file("szeged-mini.xml")).scheme()).isEqualTo(AnnotationScheme.of(Map.of(
                "speculation/cue", List.of("epistemic", "doxastic", "condition", "investigation"))));
    }

    @Test
    void bioscopeSpeculationCuesGetTheirScopesAndNegationIsSkipped() throws InputException {
        AnnotatedCorpus corpus = UncertaintyXmlReader.read(file("bioscope-mini.xml"));

        assertThat(corpus.scheme()).isEqualTo(AnnotationScheme.of(Map.of(
                "speculation/cue", List.of(), "speculation/scope", List.of())));
        AnnotatedDocument document = corpus.documents().get(0);
        assertThat(document.id()).isEqualTo("111");
        assertThat(document.text()).isEqualTo("A title.\nThis suggests that it is not required.\nIt either binds or fails.");
        assertThat(document.sentences()).containsExactly(new TextRange(0, 8), new TextRange(9, 47),
                new TextRange(48, 73));
        DocumentSpans spans = document.spans();
        assertThat(describe(spans)).containsExactly(
                "speculation/scope 14-46 [suggests that it is not required]",
                "speculation/cue 14-22 [suggests]",
                "speculation/scope 51-72 [either binds or fails]",
                "speculation/cue 51-57 [either]",
                "speculation/cue 64-66 [or]");
    }

    @Test
    void everyPartOfAMultiPartCuePointsToTheSharedScopeWhichPointsToTheFirstPart() throws InputException {
        DocumentSpans spans = UncertaintyXmlReader.read(file("bioscope-mini.xml")).documents().get(0).spans();
        Span scope = spans.spans().get(2);
        Span either = spans.spans().get(3);
        Span or = spans.spans().get(4);
        assertThat(either.scope()).isEqualTo(scope.id());
        assertThat(or.scope()).isEqualTo(scope.id());
        assertThat(scope.cue()).isEqualTo(either.id());
        assertThat(spans.span(spans.spans().get(1).scope())).contains(spans.spans().get(0));
    }

    @Test
    void aCueReferringToAMissingScopeIsAnErrorNamingFileAndLine() {
        assertThatThrownBy(() -> UncertaintyXmlReader.read(file("broken-ref.xml")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("broken-ref.xml: line 3: cue refers to <xcope id=\"X9\">, which is not in its sentence");
    }

    @Test
    void malformedXmlIsAnErrorNamingFileLineAndColumn() {
        assertThatThrownBy(() -> UncertaintyXmlReader.read(file("unclosed.xml")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("unclosed.xml: malformed XML at line 3, column");
    }

    @Test
    void cueTypesAreNormalisedBeforeMapping() {
        assertThat(UncertaintyXmlReader.category("speculation_hypo_doxastic _")).isEqualTo("doxastic");
        assertThat(UncertaintyXmlReader.category("speculation_modal_probable_")).isEqualTo("epistemic");
        assertThat(UncertaintyXmlReader.category("speculation")).isEmpty();
        assertThat(UncertaintyXmlReader.category("negation")).isNull();
        assertThat(UncertaintyXmlReader.category("weasel")).isNull();
    }

    private static List<String> describe(DocumentSpans document) {
        return document.spans().stream().map(s -> Fixtures.describe(document, s)).toList();
    }
}
