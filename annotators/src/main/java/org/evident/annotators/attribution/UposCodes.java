package org.evident.annotators.attribution;

import java.util.HashMap;
import java.util.Map;

import org.evident.annotators.lexicon.TokenSequence;

/**
 * The universal part-of-speech tags as small numbers, so that {@link TagRepair} compares and
 * rewrites a sentence's tags without string comparisons. A fused tag ("PROPN+PART") counts as its
 * first part; a tag outside the universal set is {@link #OTHER} and keeps its text.
 */
final class UposCodes {
    static final byte NONE = 0;
    static final byte OTHER = 1;
    static final byte ADJ = 2;
    static final byte ADP = 3;
    static final byte ADV = 4;
    static final byte AUX = 5;
    static final byte CCONJ = 6;
    static final byte DET = 7;
    static final byte INTJ = 8;
    static final byte NOUN = 9;
    static final byte NUM = 10;
    static final byte PART = 11;
    static final byte PRON = 12;
    static final byte PROPN = 13;
    static final byte PUNCT = 14;
    static final byte SCONJ = 15;
    static final byte SYM = 16;
    static final byte VERB = 17;
    static final byte X = 18;

    private static final String[] NAMES = {null, null, "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN",
        "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};
    private static final Map<String, Byte> CODES = codes();

    private UposCodes() {
    }

    private static Map<String, Byte> codes() {
        Map<String, Byte> codes = new HashMap<>();
        for (byte code = ADJ; code < NAMES.length; code++) {
            codes.put(NAMES[code], code);
        }
        return Map.copyOf(codes);
    }

    /** The code of every token's tag. */
    static byte[] of(TokenSequence tokens) {
        byte[] codes = new byte[tokens.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = code(tokens.pos(i));
        }
        return codes;
    }

    static byte code(String tag) {
        if (tag == null) {
            return NONE;
        }
        Byte code = CODES.get(tag);
        if (code != null) {
            return code;
        }
        int plus = tag.indexOf('+');
        code = plus < 0 ? null : CODES.get(tag.substring(0, plus));
        return code == null ? OTHER : code;
    }

    /**
     * The tags as text: a universal code's name, and for {@link #OTHER} the token's own tag (its
     * first part when fused).
     */
    static String[] names(byte[] codes, TokenSequence tokens) {
        String[] names = new String[codes.length];
        for (int i = 0; i < codes.length; i++) {
            names[i] = codes[i] == OTHER ? firstPart(tokens.pos(i)) : NAMES[codes[i]];
        }
        return names;
    }

    private static String firstPart(String tag) {
        int plus = tag.indexOf('+');
        return plus < 0 ? tag : tag.substring(0, plus);
    }
}
