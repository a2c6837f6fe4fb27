package org.evident.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class BenchCommandTest {

    @Test
    void joinsConsecutiveDocumentsIntoParagraphsOfAboutTheGivenSize() {
        List<String> sentences = List.of("One said it.", "Two may be.", "Three, clearly.", "Four?");
        assertThat(BenchCommand.joined(sentences, 20)).containsExactly("One said it.\n\nTwo may be.",
                "Three, clearly.\n\nFour?");
        assertThat(BenchCommand.joined(sentences, 0)).isSameAs(sentences);
    }

    @Test
    void printsARowForEveryStageAndWriter() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = EvidentCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("bench", "../seeds/zoom-new-mistress-of-the-ccp.txt", "--rounds", "1", "--warmup-mb", "0");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("corpus: 1 documents", "segmentation (OpenNLP + POS)", "+ attribution",
                "+ holders = full pipeline", "writer xmi", "writer jsoncas", "writer jsonl", "writer brat", "x seg",
                "segmentation, no POS annot.", "full pipeline, no POS annot. = annotate", "writer xmi, POS annot.",
                "writer jsoncas, POS annot.", "annotators' own cost on top of segmentation: ");
    }
}
