package org.evident.exporters.read;

/** A document that cannot be read; the message names the file (and line) and the reason. */
public class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    public InputException(String origin, String reason) {
        super(origin + ": " + reason);
    }

    public InputException(String origin, String reason, Throwable cause) {
        super(origin + ": " + reason, cause);
    }
}
