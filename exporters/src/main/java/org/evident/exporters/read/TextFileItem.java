package org.evident.exporters.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.uima.jcas.JCas;
import org.evident.exporters.write.IoErrors;

/**
 * A plain-text file, decoded strictly as UTF-8: invalid bytes are an error naming the file and
 * the byte offset, never silently replaced. A leading byte-order mark is dropped.
 */
public final class TextFileItem extends FileInputItem {

    /**
     * @param file the file
     * @param id   the document id (its path relative to the input root)
     */
    public TextFileItem(Path file, String id) {
        super(file, id);
    }

    @Override
    public void loadInto(JCas jcas) throws InputException {
        byte[] bytes;
        try {
            if (Files.size(file) > 4L * DocumentTexts.MAX_LENGTH) {
                throw new InputException(origin(), "document too large (" + Files.size(file) + " bytes)");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(origin(), "cannot read (" + IoErrors.describe(e) + ")", e);
        }
        String text = DocumentTexts.decodeUtf8(bytes, true, origin(), "");
        DocumentTexts.load(jcas, id, file.toUri().toString(), text, Map.of(), origin());
    }
}
