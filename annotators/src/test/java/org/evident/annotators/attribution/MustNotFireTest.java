package org.evident.annotators.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sentences that contain a cue word, or quotation marks, but no attribution (issue #5 item 4 and
 * docs/guidelines/attribution.md §9). Scare quotes, titles and labels are not attributions: a
 * quotation needs a reporting cue (or must continue a direct attribution).
 */
class MustNotFireTest {

    @ParameterizedTest
    @ValueSource(strings = {
            // issue #5: "the said company", "insurance claims", "annual reports", "a report on trade", "he told a story"
            "The said company never filed its tax returns.",
            "Farmers lodged hundreds of insurance claims after the floods.",
            "The annual reports of both charities were published in March.",
            "The ministry will publish a report on trade with Africa next month.",
            "He told a story about his first season as a coach.",
            // a single scare-quoted word and other quotations without a cue
            "The so-called \u201Creform\u201D doubled the paperwork for small farms.",
            "Her \u2018solution\u2019 was to close the library on Sundays.",
            "The film \u201CRiver of Salt\u201D opens in cinemas on Friday.",
            "Investigators named the suspect only as \u201CPerson A\u201D in the filing.",
            // no content: noun-phrase objects, no complement
            "The committee revealed the winners at a dinner in Leeds.",
            "A spokeswoman for the airline declined to comment.",
            "He said nothing about the budget during the debate.",
            "The engineers admitted to several mistakes.",
            "The insurer did not admit wrongdoing as part of the agreement.",
            // adjectival participles, raising passives, noun compounds
            "The alleged fraud cost investors millions.",
            "The company's stated aim is to double its sales.",
            "The number of reported thefts fell last year.",
            "The painting is said to be worth millions.",
            "The missing climber is believed to have died in the storm.",
            "Hospital admissions rose again in January.",
            // pseudo-cues and fixed phrases
            "Needless to say, the match was called off.",
            "Residents want a say in how the park is used.",
            "It is too early to say whether the treatment works.",
            "The fighting claimed the lives of twelve soldiers.",
            "Only a handful of fans showed up for the final.",
            "The pandemic continues to shape how people shop.",
            "Where are we supposed to sleep tonight?",
            "The software could help explain how the virus spreads.",
            // a bare verb that opens the sentence speaks to the reader
            "Note that the figures are provisional."
    })
    void noAttribution(String sentence) {
        assertThat(AttributionFixture.annotate(sentence)).isEmpty();
    }
}
