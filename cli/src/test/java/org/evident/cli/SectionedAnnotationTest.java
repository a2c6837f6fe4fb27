package org.evident.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.evident.annotators.EvidentPipeline;
import org.evident.exporters.spans.CasSpans;
import org.evident.exporters.spans.DocumentSpans;
import org.junit.jupiter.api.Test;

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
        DocumentSpans actual = SectionedAnnotation.annotate(sectioned, engine, 1500);

        assertThat(expected.spans()).isNotEmpty();
        assertThat(actual).isEqualTo(expected);
        assertThat(sectioned.getDocumentText()).isEqualTo(text);
    }
}
