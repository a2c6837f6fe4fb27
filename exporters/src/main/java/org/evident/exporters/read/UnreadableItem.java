package org.evident.exporters.read;

import org.apache.uima.jcas.JCas;

/**
 * An input that was found not to be readable before it was loaded (a missing path, a folder that
 * cannot be listed, a broken link, an overlong JSONL line): loading it fails with the reason, so
 * that it is reported in its turn like any other bad document.
 */
final class UnreadableItem implements InputItem {
    private final String origin;
    private final String reason;

    UnreadableItem(String origin, String reason) {
        this.origin = origin;
        this.reason = reason;
    }

    @Override
    public String origin() {
        return origin;
    }

    @Override
    public long sizeInBytes() {
        return 0;
    }

    @Override
    public void loadInto(JCas jcas) throws InputException {
        throw new InputException(origin, reason);
    }
}
