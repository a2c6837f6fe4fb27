package org.evident.annotators.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FormFilterTest {

    @Test
    void neverTurnsAwayAnAddedForm() {
        FormFilter filter = new FormFilter();
        List<String> forms = List.of("allegedly", "according", "of course", "it's", "-", "ill-conceived", "");
        forms.forEach(filter::add);
        assertThat(forms).allMatch(form -> filter.mightContain(form.hashCode()));
    }

    @Test
    void anEmptyFilterTurnsEverythingAway() {
        FormFilter filter = new FormFilter();
        assertThat(List.of("the", "zoom", "said", "")).noneMatch(form -> filter.mightContain(form.hashCode()));
    }

    @Test
    void turnsAwayMostFormsThatWereNotAdded() {
        FormFilter filter = new FormFilter();
        for (int i = 0; i < 2_000; i++) {
            filter.add("cue" + i);
        }
        long passed = java.util.stream.IntStream.range(0, 10_000)
                .filter(i -> filter.mightContain(("word" + i).hashCode())).count();
        assertThat(passed).isLessThan(100);
    }

    @Test
    void turnsAwayTheFrequentOneCharacterTokensOfAFullLexicon() {
        FormFilter filter = new FormFilter();
        for (int i = 0; i < 2_000; i++) {
            filter.add("cue" + i);
        }
        long passed = java.util.stream.IntStream.range(0, 0x250).mapToObj(c -> String.valueOf((char) c))
                .filter(form -> filter.mightContain(form.hashCode())).count();
        assertThat(passed).isLessThan(10);
    }

    @Test
    void aSmallFilterForAFewFormsKeepsThemAllAndTurnsAwayMostOthers() {
        List<String> forms = List.of("not", "n't", "never");
        FormFilter filter = FormFilter.small(forms);
        assertThat(forms).allMatch(form -> filter.mightContain(form.hashCode()));
        long passed = java.util.stream.IntStream.range(0, 10_000)
                .filter(i -> filter.mightContain(("word" + i).hashCode())).count();
        assertThat(passed).isLessThan(100);
    }

    @Test
    void aFilterSizeMustBeAPowerOfTwoOfAtLeast64Bits() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FormFilter(100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FormFilter(32))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
