package org.evident.exporters.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.apache.uima.jcas.JCas;
import org.evident.type.MetadataField;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/**
 * Puts a document's text and metadata into a CAS — DKPro {@link DocumentMetaData} (id, URI,
 * language) and one {@link MetadataField} per extra input field — after checking that the text
 * can be represented in every output format.
 */
public final class DocumentTexts {
    /** The largest document accepted, in UTF-16 code units (about 100 MB of English text). */
    public static final int MAX_LENGTH = 100 * 1024 * 1024;

    private DocumentTexts() {
    }

    /**
     * Fills an empty CAS.
     *
     * @param id       the document id
     * @param uri      the source URI, or null
     * @param text     the text
     * @param metadata extra fields as JSON text by name
     * @param origin   where the text comes from, for error messages
     */
    public static void load(JCas jcas, String id, String uri, String text, Map<String, String> metadata,
            String origin) throws InputException {
        check(text, origin);
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        DocumentMetaData meta = DocumentMetaData.create(jcas);
        meta.setDocumentId(id);
        meta.setDocumentTitle(id);
        if (uri != null) {
            meta.setDocumentUri(uri);
        }
        for (Map.Entry<String, String> field : metadata.entrySet()) {
            MetadataField node = new MetadataField(jcas);
            node.setKey(field.getKey());
            node.setValue(field.getValue());
            node.addToIndexes();
        }
    }

    /**
     * Bytes decoded strictly as UTF-8: an invalid byte is an error at its offset, never a
     * replacement character.
     *
     * @param fileStart whether the bytes open a file, where a byte-order mark is not text
     * @param origin    where the bytes come from, for the message
     * @param within    what the offset counts from, for the message: "" (the file) or " of the line"
     */
    static String decodeUtf8(byte[] bytes, boolean fileStart, String origin, String within) throws InputException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer).toString();
            return fileStart && text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InputException(origin, "not valid UTF-8 (invalid byte at offset " + buffer.position() + within
                    + "; convert it with iconv -f <encoding> -t UTF-8)");
        }
    }

    /** Rejects texts that are too long or hold characters no XML or JSON output can carry. */
    static void check(String text, String origin) throws InputException {
        if (text.length() > MAX_LENGTH) {
            throw new InputException(origin, "document too large (" + text.length() + " characters; the limit is "
                    + MAX_LENGTH + ")");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new InputException(origin, "contains NUL characters at offset " + i + " (binary data?)");
            }
            if (c == '\uFFFE' || c == '\uFFFF') {
                throw new InputException(origin, String.format(Locale.ROOT,
                        "contains the noncharacter U+%04X at offset %d, which no XML version can hold", (int) c, i));
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw new InputException(origin, "contains an unpaired surrogate at offset " + i);
            }
            if (Character.isLowSurrogate(c)) {
                throw new InputException(origin, "contains an unpaired surrogate at offset " + i);
            }
        }
    }
}
