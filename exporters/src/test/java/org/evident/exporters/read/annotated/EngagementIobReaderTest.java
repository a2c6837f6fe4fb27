package org.evident.exporters.read.annotated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evident.exporters.read.annotated.Fixtures.file;

import java.nio.file.Files;
import java.nio.file.Path;

import org.evident.exporters.read.InputException;
import org.evident.exporters.spans.DocumentSpans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngagementIobReaderTest {

    @Test
    void documentsStartAtDocstartAndTextJoinsTokensAndSentences() throws InputException {
        AnnotatedCorpus corpus = EngagementIobReader.read(file("engagement-mini.iob"));

        assertThat(corpus.documents()).extracting(AnnotatedDocument::id)
                .containsExactly("engagement-mini.iob#1", "engagement-mini.iob#2");
        AnnotatedDocument first = corpus.documents().get(0);
        assertThat(first.text()).isEqualTo("Some scholars claim it may work .\nHowever , it clearly fails .");
        assertThat(first.sentences()).containsExactly(new TextRange(0, 33), new TextRange(34, 62));
        assertThat(corpus.documents().get(1).text()).isEqualTo("No way .");
    }

    @Test
    void labelsFromEveryColumnMapToEvidentSpansAndUnmappedLabelsAreSkipped() throws InputException {
        AnnotatedCorpus corpus = EngagementIobReader.read(file("engagement-mini.iob"));
        DocumentSpans first = corpus.documents().get(0).spans();

        assertThat(first.spans()).map(s -> Fixtures.describe(first, s)).containsExactly(
                "attribution/source 0-13 [Some scholars]",
                "attribution/cue 14-19 [claim]",
                "speculation/cue 23-26 [may]",
                "stance/marker 34-41 [However] counter",
                "stance/marker 47-54 [clearly] booster");
        assertThat(corpus.documents().get(1).spans().spans()).isEmpty();
        assertThat(corpus.scheme()).isEqualTo(EngagementIobReader.SCHEME);
        assertThat(corpus.scheme().categories("stance", "marker")).containsExactly("booster", "counter");
    }

    @Test
    void aFileWithoutDocstartIsOneDocument(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("plain.iob"), "It\tO\nmay\tB-ENTERTAIN\n\nYes\tO\n");
        AnnotatedCorpus corpus = EngagementIobReader.read(file);
        assertThat(corpus.documents()).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("plain.iob#1");
            assertThat(d.text()).isEqualTo("It may\nYes");
        });
    }

    @Test
    void aBadTagIsAnErrorNamingFileLineAndColumn() {
        assertThatThrownBy(() -> EngagementIobReader.read(file("bad-tag.iob")))
                .isInstanceOf(InputException.class)
                .hasMessageEndingWith("bad-tag.iob: line 3: column 2: 'MAYBE' is not an IOB2 tag (O, B-LABEL or I-LABEL)");
    }

    @Test
    void aLineWithoutTagsIsAnError(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("text.iob"), "Just some prose.\n");
        assertThatThrownBy(() -> EngagementIobReader.read(file))
                .isInstanceOf(InputException.class)
                .hasMessageEndingWith("text.iob: line 1: expected a token and at least one tab-separated tag column");
    }
}
