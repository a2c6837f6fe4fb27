package org.evident.cli;

import java.util.Locale;
import java.util.function.Function;

import org.evident.exporters.spans.OffsetMode;
import org.evident.exporters.write.OutputFormat;
import org.evident.model.Layer;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters that check option values while the command line is parsed, so that a bad value is a
 * usage error (exit code 2, with the option named) before anything runs.
 */
final class OptionValues {
    /** The shortest section a long document is cut into: a few paragraphs. */
    static final int MIN_SECTION_LENGTH = 1000;

    private OptionValues() {
    }

    /** The value as {@code parse} reads it; its refusal becomes picocli's, which names the option. */
    private static <T> T parsed(Function<String, T> parse, String value) {
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /** An output format id: {@code xmi}, {@code jsoncas}, … */
    static final class Format implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return parsed(OutputFormat::fromId, value);
        }
    }

    /** An offset mode: {@code codepoint}, {@code utf16} or {@code utf8}. */
    static final class Offsets implements ITypeConverter<OffsetMode> {
        @Override
        public OffsetMode convert(String value) {
            return parsed(OffsetMode::fromId, value);
        }
    }

    /** A layer id: {@code speculation}, {@code stance} or {@code attribution}. */
    static final class LayerId implements ITypeConverter<Layer> {
        @Override
        public Layer convert(String value) {
            return parsed(id -> Layer.fromId(id.trim()), value);
        }
    }

    /** A confidence from 0 to 1. */
    static final class Confidence implements ITypeConverter<Float> {
        @Override
        public Float convert(String value) {
            float confidence = Float.parseFloat(value);
            if (!(confidence >= 0 && confidence <= 1)) {
                throw new TypeConversionException("'" + value + "' is not a confidence from 0 to 1");
            }
            return confidence;
        }
    }

    /** A count of at least one (threads, rounds). */
    static final class AtLeastOne implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return atLeast(value, 1, "count");
        }
    }

    /** A section length of at least {@link #MIN_SECTION_LENGTH} characters. */
    static final class SectionLength implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return atLeast(value, MIN_SECTION_LENGTH, "section length in characters");
        }
    }

    private static int atLeast(String value, int minimum, String what) {
        int number = Integer.parseInt(value);
        if (number < minimum) {
            throw new TypeConversionException(String.format(Locale.ROOT, "'%s' is below %,d, the least %s", value,
                    minimum, what));
        }
        return number;
    }
}
