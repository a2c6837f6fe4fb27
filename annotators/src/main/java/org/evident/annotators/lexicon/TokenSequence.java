package org.evident.annotators.lexicon;

/**
 * A run of tokens (usually one sentence) as the lexicon engine sees it: normalised forms, UD part
 * of speech tags (null when untagged) and character offsets.
 */
public final class TokenSequence {
    private final String[] forms;
    private final int[] hashes;
    private final String[] texts;
    private final String[] pos;
    private final int[] begins;
    private final int[] ends;

    /**
     * @param texts  the tokens' covered texts
     * @param pos    UD tags, one per token, or null entries where untagged
     * @param begins begin offsets
     * @param ends   end offsets
     */
    public TokenSequence(String[] texts, String[] pos, int[] begins, int[] ends) {
        this(texts, new String[texts.length], pos, begins, ends);
    }

    /**
     * A sequence whose forms are partly known already, as a tagger's word cache gives them: one
     * shared form object per word, whose hash code is computed once for all its occurrences.
     *
     * @param texts  the tokens' covered texts
     * @param forms  each text's {@link TokenForms#normalise} form, or null entries to compute here;
     *               the array becomes the sequence's own
     * @param pos    UD tags, one per token, or null entries where untagged
     * @param begins begin offsets
     * @param ends   end offsets
     */
    public TokenSequence(String[] texts, String[] forms, String[] pos, int[] begins, int[] ends) {
        if (texts.length != forms.length || texts.length != pos.length || texts.length != begins.length
                || texts.length != ends.length) {
            throw new IllegalArgumentException("token arrays differ in length");
        }
        this.texts = texts;
        this.pos = pos;
        this.begins = begins;
        this.ends = ends;
        this.forms = forms;
        this.hashes = new int[texts.length];
        for (int i = 0; i < texts.length; i++) {
            if (forms[i] == null) {
                forms[i] = TokenForms.normalise(texts[i]);
            }
            hashes[i] = forms[i].hashCode();
        }
    }

    private TokenSequence(TokenSequence tokens, String[] pos) {
        this.texts = tokens.texts;
        this.forms = tokens.forms;
        this.hashes = tokens.hashes;
        this.begins = tokens.begins;
        this.ends = tokens.ends;
        this.pos = pos;
    }

    private TokenSequence(TokenSequence tokens, String[] texts, int[] begins, int[] ends) {
        this.texts = texts;
        this.pos = tokens.pos;
        this.begins = begins;
        this.ends = ends;
        this.forms = tokens.forms.clone();
        this.hashes = tokens.hashes.clone();
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != tokens.texts[i]) {
                forms[i] = TokenForms.normalise(texts[i]);
                hashes[i] = forms[i].hashCode();
            }
        }
    }

    /**
     * The same tokens and tags with some texts and offsets changed (arrays as long as this
     * sequence); only the tokens whose text object differs are normalised again.
     */
    public TokenSequence withTexts(String[] newTexts, int[] newBegins, int[] newEnds) {
        if (newTexts.length != texts.length || newBegins.length != texts.length || newEnds.length != texts.length) {
            throw new IllegalArgumentException("token arrays differ in length");
        }
        return new TokenSequence(this, newTexts, newBegins, newEnds);
    }

    /** A copy of the token texts. */
    public String[] texts() {
        return texts.clone();
    }

    /** A copy of the begin offsets. */
    public int[] begins() {
        return begins.clone();
    }

    /** A copy of the end offsets. */
    public int[] ends() {
        return ends.clone();
    }

    /** The same tokens with other part-of-speech tags (one per token), without normalising the forms again. */
    public TokenSequence withPos(String[] tags) {
        if (tags.length != texts.length) {
            throw new IllegalArgumentException("token arrays differ in length");
        }
        return new TokenSequence(this, tags);
    }

    public int size() {
        return forms.length;
    }

    /** The normalised (lower-case) form of token {@code i}. */
    public String form(int i) {
        return forms[i];
    }

    /** The hash code of {@link #form(int)}, kept in an array so that filters need not touch the string. */
    public int formHash(int i) {
        return hashes[i];
    }

    /** The original text of token {@code i}. */
    public String text(int i) {
        return texts[i];
    }

    /** True when token {@code i}'s text is its own form: no capital, curly apostrophe or en dash. */
    public boolean textIsForm(int i) {
        return texts[i] == forms[i] || texts[i].equals(forms[i]);
    }

    /** The UD tag of token {@code i}, or null. */
    public String pos(int i) {
        return pos[i];
    }

    public int begin(int i) {
        return begins[i];
    }

    public int end(int i) {
        return ends[i];
    }

    /** True when token {@code i} exists and its normalised form is one of {@code words}. */
    public boolean formIs(int i, String... words) {
        if (i < 0 || i >= forms.length) {
            return false;
        }
        for (String word : words) {
            if (forms[i].equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** True when token {@code i} exists and carries one of the given UD tags. */
    public boolean posIs(int i, String... tags) {
        if (i < 0 || i >= pos.length || pos[i] == null) {
            return false;
        }
        for (String tag : tags) {
            if (pos[i].equals(tag)) {
                return true;
            }
        }
        return false;
    }
}
