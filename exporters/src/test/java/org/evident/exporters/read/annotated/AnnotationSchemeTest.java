package org.evident.exporters.read.annotated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.evident.exporters.spans.Span;
import org.junit.jupiter.api.Test;

class AnnotationSchemeTest {
    private static Span marker(String layer, String type, String category) {
        return new Span(1, layer, type, 0, 1, category, null, null, null, null, null, null, null, null);
    }

    @Test
    void theFullSchemeCoversEveryKindInCanonicalOrder() {
        assertThat(AnnotationScheme.full().kinds()).containsExactly("speculation/cue", "speculation/scope",
                "attribution/source", "attribution/cue", "attribution/content", "stance/marker");
        assertThat(AnnotationScheme.full().categories("stance", "marker")).containsExactly("booster", "attitude", "counter");
    }

    @Test
    void coversOnlyAnnotatedKindsAndListedCategories() {
        AnnotationScheme scheme = AnnotationScheme.of(Map.of("stance/marker", List.of("booster"),
                "speculation/cue", List.of()));
        assertThat(scheme.covers(marker("stance", "marker", "booster"))).isTrue();
        assertThat(scheme.covers(marker("stance", "marker", "attitude"))).isFalse();
        assertThat(scheme.covers(marker("stance", "marker", null))).isTrue();
        assertThat(scheme.covers(marker("speculation", "cue", "question"))).isTrue();
        assertThat(scheme.covers(marker("speculation", "scope", null))).isFalse();
        assertThat(scheme.layers()).containsExactly("speculation", "stance");
    }

    @Test
    void intersectionKeepsCommonKindsAndCategoriesAndDropsCategoriesOneSideLacks() {
        AnnotationScheme engagementLike = AnnotationScheme.of(Map.of("stance/marker", List.of("booster", "counter"),
                "speculation/cue", List.of()));
        AnnotationScheme both = AnnotationScheme.full().intersect(engagementLike);
        assertThat(both.kinds()).containsExactly("speculation/cue", "stance/marker");
        assertThat(both.categories("stance", "marker")).containsExactly("booster", "counter");
        assertThat(both.categories("speculation", "cue")).isEmpty();
    }

    @Test
    void unknownKindsAndCategoriesAreRejected() {
        assertThatThrownBy(() -> AnnotationScheme.of(Map.of("stance/cue", List.of())))
                .hasMessage("unknown span kind 'stance/cue'");
        assertThatThrownBy(() -> AnnotationScheme.of(Map.of("stance/marker", List.of("hedge"))))
                .hasMessageContaining("are not all stance/marker categories");
    }
}
