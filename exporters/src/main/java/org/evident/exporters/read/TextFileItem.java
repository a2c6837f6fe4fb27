package org.evident.exporters.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
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
        DocumentTexts.load(jcas, id, file.toUri().toString(), decode(bytes), Map.of(), origin());
    }

    private String decode(byte[] bytes) throws InputException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (MalformedInputException e) {
            throw new InputException(origin(), "not valid UTF-8 (invalid byte at offset " + buffer.position()
                    + "; convert it with iconv -f <encoding> -t UTF-8)");
        } catch (CharacterCodingException e) {
            throw new InputException(origin(), "not valid UTF-8 (" + e.getMessage() + ")");
        }
    }
}
