package org.evident.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.evident.annotators.EvidentPipeline;
import org.evident.exporters.spans.CasSpans;
import org.evident.exporters.read.DocumentTexts;
import org.evident.exporters.spans.DocumentSpans;
import org.junit.jupiter.api.Test;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

class SectionedAnnotationTest {

    @Test
    void sectionsEndAtParagraphThenLineThenSpaceBreaks() {
        String text = "aaaa bbbb\n\ncccc dddd\neeee ffff gggg";
        assertThat(SectionedAnnotation.cut(text, 0, 14)).isEqualTo(11);
        assertThat(SectionedAnnotation.cut(text, 11, 12)).isEqualTo(21);
        assertThat(SectionedAnnotation.cut(text, 21, 8)).isEqualTo(26);
        assertThat(SectionedAnnotation.cut(text, 26, 100)).isEqualTo(text.length());
    }

    @Test
    void aSectionWithoutBreaksNeverEndsBetweenTheHalvesOfAnEmoji() {
        String text = "\uD83D\uDE00".repeat(20);
        for (int length = 3; length < 12; length++) {
            int end = SectionedAnnotation.cut(text, 0, length);
            assertThat(end).as("length %d", length).isEven().isBetween(length - 1, length);
        }
    }

    @Test
    void aDocumentAnnotatedInSectionsHasTheSpansOfTheWholeDocument() throws Exception {
        String text = Files.readString(Path.of("../seeds/zoom-new-mistress-of-the-ccp.txt"));
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(EvidentPipeline.builder().build());
        JCas whole = JCasFactory.createJCas();
        whole.setDocumentText(text);
        whole.setDocumentLanguage("en");
        engine.process(whole);
        DocumentSpans expected = CasSpans.extract(whole);

        JCas sectioned = JCasFactory.createJCas();
        sectioned.setDocumentText(text);
        sectioned.setDocumentLanguage("en");
        DocumentSpans actual = SectionedAnnotation.annotate(sectioned, engine, 1500, (part, spans) -> { });

        assertThat(expected.spans()).isNotEmpty();
        assertThat(actual).isEqualTo(expected);
        assertThat(sectioned.getDocumentText()).isEqualTo(text);
    }

    @Test
    void eachPartIsADocumentThatNamesTheWholeAndItsOffset() throws Exception {
        String text = Files.readString(Path.of("../seeds/zoom-new-mistress-of-the-ccp.txt"));
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(EvidentPipeline.builder().build());
        JCas jcas = JCasFactory.createJCas();
        DocumentTexts.load(jcas, "opinion/zoom.txt", null, text, Map.of("source", "\"Epoch\""), "zoom.txt");
        List<DocumentSpans> parts = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        DocumentSpans whole = SectionedAnnotation.annotate(jcas, engine, 3000, (part, spans) -> {
            assertThat(JCasUtil.select(part, Token.class)).isNotEmpty();
            assertThat(spans.metadata()).containsEntry("partOffset", Integer.toString(joined.length()))
                    .containsEntry("partOf", "\"opinion/zoom.txt\"").containsEntry("source", "\"Epoch\"");
            joined.append(part.getDocumentText());
            parts.add(spans);
        });

        assertThat(parts).hasSizeGreaterThan(2);
        assertThat(parts.get(0).id()).isEqualTo("opinion/zoom.part-001.txt");
        assertThat(parts.get(1).metadata()).containsEntry("part", "2");
        assertThat(joined.toString()).isEqualTo(text);
        assertThat(whole.id()).isEqualTo("opinion/zoom.txt");
        assertThat(whole.metadata()).containsOnlyKeys("source");
        assertThat(parts.stream().mapToInt(part -> part.spans().size()).sum()).isEqualTo(whole.spans().size());
    }
}
