package org.evident.exporters.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.evident.exporters.testing.Runs;
import org.evident.exporters.testing.Samples;
import org.evident.exporters.write.LossReport.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class OutputsTest {
    @TempDir
    Path out;

    @Test
    void closingWritesTheLossReportWithTotalsAndOneEntryPerLossyWriter() throws Exception {
        Runs.write(out, Set.of(OutputFormat.JSON, OutputFormat.CONLL, OutputFormat.HF, OutputFormat.BRAT),
                OutputFormat.Options.defaults(), List.of(Samples.misaligned()));
        JsonNode report = new ObjectMapper().readTree(out.resolve("loss-report.json").toFile());
        assertThat(report.get("writers").fieldNames()).toIterable().containsExactly("brat", "conll", "hf");
        assertThat(report.at("/writers/conll/span_widened").asLong()).isEqualTo(1);
        assertThat(report.at("/writers/hf/span_widened").asLong()).isEqualTo(1);
        assertThat(report.at("/total/span_widened").asLong()).isEqualTo(2);
        assertThat(report.at("/total/span_dropped").asLong()).isEqualTo(3);
        assertThat(report.get("total").fieldNames()).toIterable().containsExactly("overlap_stacked", "span_widened",
                "span_split", "span_dropped", "feature_dropped", "link_dropped");
    }

    @Test
    void aRunWithoutLossyFormatsReportsNothingLost() throws Exception {
        var outputs = Runs.write(out, OutputFormat.JSON, Samples.nested());
        assertThat(outputs.losses().summary()).isEqualTo("losses: none");
        assertThat(out.resolve("loss-report.json")).exists();
    }

    @Test
    void theSummaryListsNonZeroTotals() {
        LossReport report = new LossReport();
        report.recorder("conll").record(Kind.SPAN_SPLIT, 2);
        report.recorder("hf").record(Kind.SPAN_SPLIT);
        report.recorder("hf").record(Kind.LINK_DROPPED, 0);
        assertThat(report.summary()).isEqualTo("losses: span_split 3");
        assertThat(report.total(Kind.SPAN_SPLIT)).isEqualTo(3);
    }
}
