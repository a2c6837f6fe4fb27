package org.evident.exporters.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.evident.exporters.spans.CasSpans;
import org.evident.type.StanceMarker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class CasFileItemTest {
    @TempDir
    Path folder;

    @Test
    void aJsonCasWithCustomTypesKeepsEvidentAnnotationsAndDropsTheRest() throws Exception {
        Path file = folder.resolve("doc.json");
        ForeignCas.writeJson(ForeignCas.create(true), file);
        JCas jcas = JCasFactory.createJCas();
        new CasFileItem(file, "doc.json").loadInto(jcas);

        assertThat(jcas.getDocumentText()).isEqualTo(ForeignCas.TEXT);
        assertThat(JCasUtil.select(jcas, StanceMarker.class)).singleElement()
                .satisfies(m -> assertThat(m.getCoveredText()).isEqualTo("may"))
                .satisfies(m -> assertThat(m.getCategory()).isEqualTo("booster"));
        assertThat(jcas.getTypeSystem().getType("webanno.custom.Claim")).isNull();
        assertThat(CasSpans.documentId(jcas)).isEqualTo("doc.json");
    }

    @Test
    void anXmiWithCustomTypesKeepsEvidentAnnotations() throws Exception {
        Path file = folder.resolve("doc.xmi");
        ForeignCas.writeXmi(ForeignCas.create(true), file);
        JCas jcas = JCasFactory.createJCas();
        new CasFileItem(file, "doc.xmi").loadInto(jcas);
        assertThat(JCasUtil.select(jcas, StanceMarker.class)).hasSize(1);
    }

    @Test
    void aFileThatIsNotACasIsAnErrorNamingIt() throws Exception {
        Path file = folder.resolve("flat.json");
        Files.writeString(file, "{\"id\": \"x\", \"text\": \"flat JSON, not a CAS\"}");
        assertThatThrownBy(() -> new CasFileItem(file, "flat.json").loadInto(JCasFactory.createJCas()))
                .isInstanceOf(InputException.class).hasMessageStartingWith(file.toString())
                .hasMessageContaining("top-level field \"id\"");
    }
}
