package org.evident.exporters.columns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.evident.exporters.spans.CasSpans;
import org.evident.exporters.testing.SampleCas;
import org.evident.exporters.write.LossReport;
import org.evident.exporters.write.LossReport.Kind;
import org.junit.jupiter.api.Test;

class TokenGridTest {
    private final LossReport report = new LossReport();

    @Test
    void threeNestedSpansOfAGroupTakeThreeColumnsOuterFirst() throws Exception {
        SampleCas doc = SampleCas.of("d", "a b c d e", "a b c d e");
        doc.scope(doc.speculation("a", "epistemic", "low"), "a b c d e");
        doc.scope(doc.speculation("b", "doxastic", "low"), "b c d");
        doc.scope(doc.speculation("c", "question", "low"), "c");
        TokenGrid grid = grid(doc.jcas());

        List<TokenGrid.Column> scopes = grid.columns().stream()
                .filter(c -> c.group() == ColumnGroup.SPECULATION_SCOPE).toList();
        assertThat(scopes).extracting(TokenGrid.Column::header)
                .containsExactly("SPECULATION_SCOPE", "SPECULATION_SCOPE_2", "SPECULATION_SCOPE_3");
        assertThat(grid.tags(scopes.get(0), 0)).containsExactly("B-SPEC_scope", "I-SPEC_scope", "I-SPEC_scope",
                "I-SPEC_scope", "I-SPEC_scope");
        assertThat(grid.tags(scopes.get(1), 0)).containsExactly("O", "B-SPEC_scope", "I-SPEC_scope", "I-SPEC_scope", "O");
        assertThat(grid.tags(scopes.get(2), 0)).containsExactly("O", "O", "B-SPEC_scope", "O", "O");
        assertThat(report.count("g", Kind.OVERLAP_STACKED)).isEqualTo(2);
    }

    @Test
    void disjointSpansShareAColumnAndAdjacentOnesStartAgain() throws Exception {
        SampleCas doc = SampleCas.of("d", "surely surely not", "surely surely not");
        doc.stance(0, 6, "booster", "positive");
        doc.stance(7, 13, "booster", "positive");
        TokenGrid grid = grid(doc.jcas());
        TokenGrid.Column stance = new TokenGrid.Column(ColumnGroup.STANCE, 1);
        assertThat(grid.columns()).contains(stance).doesNotContain(new TokenGrid.Column(ColumnGroup.STANCE, 2));
        assertThat(grid.tags(stance, 0)).containsExactly("B-STANCE_booster_positive", "B-STANCE_booster_positive", "O");
    }

    @Test
    void missingValuesAndUnsafeCharactersGiveStableLabels() throws Exception {
        SampleCas doc = SampleCas.of("d", "one two three", "one two three");
        doc.stance("one", null, null);
        doc.stance("two", "odd value", "very_negative");
        doc.speculation("three", null, null);
        TokenGrid grid = grid(doc.jcas());
        assertThat(grid.tags(new TokenGrid.Column(ColumnGroup.STANCE, 1), 0))
                .containsExactly("B-STANCE_marker", "B-STANCE_odd-value_very-negative", "O");
        assertThat(grid.tags(new TokenGrid.Column(ColumnGroup.SPECULATION_CUE, 1), 0))
                .containsExactly("O", "O", "B-SPEC_cue");
        assertThat(report.count("g", Kind.FEATURE_DROPPED)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aCasWithTokensButNoSentencesIsOneSentence() throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText("x y");
        new de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token(jcas, 0, 1).addToIndexes();
        new de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token(jcas, 2, 3).addToIndexes();
        TokenGrid grid = grid(jcas);
        assertThat(grid.sentenceCount()).isEqualTo(1);
        assertThat(grid.tokens(0)).extracting(GridToken::form).containsExactly("x", "y");
        assertThat(grid.tokens(0)).extracting(GridToken::pos).containsOnly("_");
        assertThat(grid.sentenceText(0)).isEqualTo("x y");
    }

    private TokenGrid grid(JCas jcas) throws Exception {
        return TokenGrid.build(jcas, CasSpans.extract(jcas), report.recorder("g"));
    }
}
