package org.evident.exporters.brat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.evident.exporters.brat.BratAnnotation.Argument;
import org.evident.exporters.brat.BratAnnotation.Attribute;
import org.evident.exporters.brat.BratAnnotation.Event;
import org.evident.exporters.brat.BratAnnotation.Fragment;
import org.evident.exporters.brat.BratAnnotation.Note;
import org.evident.exporters.brat.BratAnnotation.Other;
import org.evident.exporters.brat.BratAnnotation.Relation;
import org.evident.exporters.brat.BratAnnotation.TextBound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BratAnnotationTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "T1\tContent 0 5;6 10\tHello world",
        "T12\tSpeculationCue 3 8\tmaybe",
        "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3 Parent:E2",
        "A1\tNegated T2",
        "A2\tCategory T2 distancing",
        "R1\tScope Arg1:T1 Arg2:T2",
        "#1\tAnnotatorNotes T1\tconfidence=0.9 rule=my rules.tsv:3",
        "*\tEquiv T1 T2"})
    void printsWhatItParsed(String line) {
        assertThat(BratAnnotation.parse(line).line()).isEqualTo(line);
    }

    @Test
    void parsesEachKind() {
        assertThat(BratAnnotation.parse("T1\tContent 0 5;6 10\tab cd")).isEqualTo(
                new TextBound("T1", "Content", List.of(new Fragment(0, 5), new Fragment(6, 10)), "ab cd"));
        assertThat(BratAnnotation.parse("E2\tAttribution:T4 Theme2:T1")).isEqualTo(
                new Event("E2", "Attribution", "T4", List.of(new Argument("Theme2", "T1"))));
        assertThat(BratAnnotation.parse("A3\tKind E1 direct")).isEqualTo(new Attribute("A3", "Kind", "E1", "direct"));
        assertThat(BratAnnotation.parse("R1\tHolder Arg1:T1 Arg2:T2")).isEqualTo(
                new Relation("R1", "Holder", "T1", "T2"));
        assertThat(BratAnnotation.parse("#1\tAnnotatorNotes T1\tsome note")).isEqualTo(
                new Note("#1", "AnnotatorNotes", "T1", "some note"));
        assertThat(BratAnnotation.parse("N1\tReference T1 Wiki:1\tx")).isInstanceOf(Other.class);
    }

    @Test
    void rejectsMalformedLines() {
        assertThatThrownBy(() -> BratAnnotation.parse("T1 Source 0 4 text")).hasMessageContaining("tab");
        assertThatThrownBy(() -> BratAnnotation.parse("T1\tSource 4 0\ttext")).hasMessageContaining("ends before");
        assertThatThrownBy(() -> BratAnnotation.parse("E1\tAttribution")).hasMessageContaining("ROLE:ID");
        assertThatThrownBy(() -> BratAnnotation.parse("R1\tScope Arg1:T1")).hasMessageContaining("Arg2");
    }

    @Test
    void notesKeepConfidenceAndRulesWithSpaces() {
        BratNotes notes = BratNotes.parse("confidence=0.5 rule=my rules.tsv:3");
        assertThat(notes).isEqualTo(new BratNotes(0.5f, "my rules.tsv:3"));
        assertThat(notes.text()).isEqualTo("confidence=0.5 rule=my rules.tsv:3");
        assertThat(BratNotes.parse("a human note")).isEqualTo(new BratNotes(null, null));
        assertThat(new BratNotes(null, "tab\there").text()).isEqualTo("rule=tab here");
    }
}
