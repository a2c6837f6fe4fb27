package org.evident.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.evident.annotators.EvidentPipeline;
import org.evident.exporters.read.annotated.AnnotatedCorpus;
import org.evident.exporters.read.annotated.AnnotatedDocument;
import org.evident.exporters.read.annotated.AnnotatedDocuments;
import org.evident.exporters.spans.DocumentSpans;
import org.evident.exporters.spans.OffsetMode;
import org.evident.exporters.spans.Span;
import org.evident.exporters.write.FlatJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {
    private static final String TEXT = "It may rain. It is sunny.";

    private static Path goldFile(Path dir) throws Exception {
        DocumentSpans gold = new DocumentSpans("sample", TEXT, List.of(Span.plain(1, "speculation", "cue", 3, 6)),
                List.of(), Map.of());
        Path file = dir.resolve("sample.json");
        FlatJson.MAPPER.writeValue(file.toFile(), FlatJson.encode(gold, OffsetMode.CODEPOINT));
        return file;
    }

    @Test
    void thePipelineAnnotatesTheGoldTextAndItsSentencesServeForSentenceScores(@TempDir Path dir) throws Exception {
        AnnotatedCorpus gold = AnnotatedDocuments.read(goldFile(dir));
        List<AnnotatedDocument> seen = new ArrayList<>();
        // a pipeline with the segmenter only: no predictions, whatever layers exist
        EvaluationReport report = Evaluation.annotateAndScore(gold,
                EvidentPipeline.builder().layers(Set.of()).build(), seen::add);

        assertThat(seen).extracting(AnnotatedDocument::id).containsExactly("sample");
        assertThat(report.documents()).isEqualTo(1);
        assertThat(report.kind("speculation", "cue").orElseThrow().all().exact()).isEqualTo(new Counts(0, 0, 1));
        // the segmenter found two sentences, the first uncertain
        assertThat(report.sentences()).isEqualTo(new Counts(0, 0, 1));
    }

    @Test
    void theDefaultPipelineHelperScoresAGoldFile(@TempDir Path dir) throws Exception {
        EvaluationReport report = Evaluation.ofDefaultPipeline(goldFile(dir));
        Counts cues = report.kind("speculation", "cue").orElseThrow().all().exact();
        assertThat(report.documents()).isEqualTo(1);
        assertThat(cues.tp() + cues.fn()).isEqualTo(1);
    }

    @Test
    void predictionsFromFilesArePairedWithTheGold(@TempDir Path dir) throws Exception {
        AnnotatedCorpus gold = AnnotatedDocuments.read(goldFile(dir));
        EvaluationReport report = Evaluation.compare(gold, gold);
        assertThat(report.kind("speculation", "cue").orElseThrow().all().exact()).isEqualTo(new Counts(1, 0, 0));
    }

    @Test
    void everyGoldFileOfTheSampleDocumentIsReadable() throws Exception {
        Path seedsGold = Path.of("..", "seeds", "gold");
        AnnotatedCorpus gold = AnnotatedDocuments.read(seedsGold);
        assertThat(gold.documents()).extracting(AnnotatedDocument::id)
                .containsExactly("zoom-new-mistress-of-the-ccp.txt");
        assertThat(gold.documents().get(0).text())
                .isEqualTo(Files.readString(Path.of("..", "seeds", "zoom-new-mistress-of-the-ccp.txt")));
    }
}
