package org.evident.exporters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.uima.jcas.JCas;
import org.evident.exporters.spans.CasSpans;
import org.evident.exporters.spans.OffsetConverter;
import org.evident.exporters.spans.OffsetMode;
import org.evident.exporters.write.FlatJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

/** In every offset mode, each flat span's text is the document text sliced the way that mode counts. */
class FlatJsonOffsetsTest {
    /** Emoji outside the BMP and combining marks before the annotated spans. */
    private static final String PREFIX = "Cafe\u0301 \uD83C\uDDFA\uD83C\uDDF8 na\u0308ive \uD834\uDD1E. ";

    @ParameterizedTest
    @EnumSource(OffsetMode.class)
    void everySpanTextEqualsTheSliceOfTheText(OffsetMode mode) throws Exception {
        JCas jcas = AnnotatedCasFixture.create(PREFIX);
        JsonNode json = FlatJson.encode(CasSpans.extract(jcas), mode);
        String text = json.get("text").asText();
        assertThat(json.get("offsets").asText()).isEqualTo(mode.id());
        assertThat(json.get("spans")).hasSize(6);
        for (JsonNode span : json.get("spans")) {
            String slice = slice(text, span.get("begin").asInt(), span.get("end").asInt(), mode);
            assertThat(slice).as("span %s in %s", span, mode).isEqualTo(span.get("text").asText());
        }
    }

    @ParameterizedTest
    @EnumSource(OffsetMode.class)
    void offsetsConvertBackToUtf16(OffsetMode mode) throws Exception {
        String text = AnnotatedCasFixture.create(PREFIX).getDocumentText();
        OffsetConverter converter = new OffsetConverter(text, mode);
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || !Character.isLowSurrogate(text.charAt(i))) {
                assertThat(converter.toUtf16(converter.fromUtf16(i))).isEqualTo(i);
            }
        }
    }

    /** Slices independently of OffsetConverter: code points, UTF-16 units or UTF-8 bytes. */
    private static String slice(String text, int begin, int end, OffsetMode mode) {
        return switch (mode) {
            case UTF16 -> text.substring(begin, end);
            case CODEPOINT -> new String(text.codePoints().toArray(), begin, end - begin);
            case UTF8 -> new String(Arrays.copyOfRange(text.getBytes(StandardCharsets.UTF_8), begin, end),
                    StandardCharsets.UTF_8);
        };
    }
}
