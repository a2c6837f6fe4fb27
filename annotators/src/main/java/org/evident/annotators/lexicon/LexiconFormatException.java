package org.evident.annotators.lexicon;

/** A lexicon or inflection file that cannot be read; the message starts with {@code file:line:}. */
public class LexiconFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LexiconFormatException(String source, int line, String reason) {
        super(source + ":" + line + ": " + reason);
    }

    public LexiconFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
