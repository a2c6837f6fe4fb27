package org.evident.exporters.brat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.evident.exporters.spans.AttributionRelation;
import org.evident.exporters.spans.DocumentSpans;
import org.evident.exporters.spans.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BratReaderTest {
    /** A PolNeAR-style document: discontinuous quoted content, a shared source, an attribution without source. */
    private static final String TEXT = "\u201CWe will win,\u201D Smith said. \u201CAnd soon.\u201D "
            + "He argued \u2014 in an interview \u2014 that polls mislead.";

    @TempDir
    Path folder;

    @Test
    void readsPolNeArAttributionsWithFragmentsSharedSourcesAndNoSource() throws Exception {
        Files.createDirectories(folder.resolve("politics"));
        write("politics/a.txt", TEXT);
        write("politics/a.ann", String.join("\n",
                "T1\tSource 15 20\tSmith",
                "T2\tCue 21 25\tsaid",
                "T3\tContent 0 14;27 38\t\u201CWe will win,\u201D \u201CAnd soon.\u201D",
                "T4\tAttribution 21 25\tsaid",
                "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
                "T5\tCue 42 48\targued",
                "T6\tContent 69 87\tthat polls mislead",
                "T7\tAttribution 42 48\targued",
                "E2\tAttribution:T7 Content:T6 Cue:T5 Source:T1",
                "T8\tCue 54 66\tan interview",
                "T9\tAttribution-no-source 54 66\tan interview",
                "E3\tAttribution-no-source:T9 Cue:T8",
                ""));

        List<DocumentSpans> documents = BratReader.read(folder);
        assertThat(documents).hasSize(1);
        DocumentSpans document = documents.get(0);
        assertThat(document.id()).isEqualTo("politics/a.txt");
        assertThat(document.spans()).extracting(Span::kind, document::textOf).containsExactly(
                org.assertj.core.groups.Tuple.tuple("attribution/content", TEXT.substring(0, 38)),
                org.assertj.core.groups.Tuple.tuple("attribution/source", "Smith"),
                org.assertj.core.groups.Tuple.tuple("attribution/cue", "said"),
                org.assertj.core.groups.Tuple.tuple("attribution/cue", "argued"),
                org.assertj.core.groups.Tuple.tuple("attribution/cue", "an interview"),
                org.assertj.core.groups.Tuple.tuple("attribution/content", "that polls mislead"));
        assertThat(document.spans()).allMatch(s -> !s.type().equals("cue") || Boolean.FALSE.equals(s.negated()));
        assertThat(document.attributions()).containsExactly(
                new AttributionRelation(7, null, 2, 3, 1, null),
                new AttributionRelation(8, null, 2, 4, 6, null),
                new AttributionRelation(9, null, null, 5, null, null));
    }

    @Test
    void offsetsAreCodePoints() throws Exception {
        write("e.txt", "\uD83D\uDE00 maybe");
        write("e.ann", "T1\tSpeculationCue 2 7\tmaybe\nA1\tCategory T1 epistemic\n#1\tAnnotatorNotes T1\tfree text\n");
        DocumentSpans document = BratReader.read(folder).get(0);
        Span cue = document.spans().get(0);
        assertThat(document.textOf(cue)).isEqualTo("maybe");
        assertThat(cue.begin()).isEqualTo(3);
        assertThat(cue.category()).isEqualTo("epistemic");
        assertThat(cue.rule()).isNull();
        assertThat(cue.confidence()).isNull();
    }

    @Test
    void unknownTypesAndLineKindsAreIgnored() throws Exception {
        write("u.txt", "Acme sells.");
        write("u.ann", "T1\tOrganization 0 4\tAcme\nN1\tReference T1 Wiki:123\tAcme\n*\tEquiv T1 T1\n");
        assertThat(BratReader.read(folder).get(0).spans()).isEmpty();
    }

    @Test
    void aMalformedLineIsAnErrorNamingFileAndLine() throws Exception {
        write("bad.txt", "text");
        write("bad.ann", "T1\tSource 0 4\ttext\n\nT2\tCue zero 4\ttext\n");
        assertThatThrownBy(() -> BratReader.read(folder)).isInstanceOf(IOException.class)
                .hasMessageContaining("bad.ann:3").hasMessageContaining("not an offset");
    }

    @Test
    void aMissingTextFileIsAnError() throws Exception {
        write("lonely.ann", "");
        assertThatThrownBy(() -> BratReader.read(folder)).isInstanceOf(IOException.class)
                .hasMessageContaining("lonely.txt");
    }

    @Test
    void anOffsetOutsideTheTextIsAnErrorNamingTheFile() throws Exception {
        write("short.txt", "abc");
        write("short.ann", "T1\tSource 0 9\tabcdefghi\n");
        assertThatThrownBy(() -> BratReader.read(folder)).isInstanceOf(IOException.class)
                .hasMessageContaining("short.ann");
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }
}
