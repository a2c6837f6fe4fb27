package org.evident.annotators.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;

import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English OpenNLP models (Universal Dependencies EWT) from the {@code opennlp-models-*-en}
 * jars on the classpath, loaded once per JVM. Models are immutable and safe to share between
 * threads; the {@code *ME} decoders built from them are not.
 */
public final class OpenNlpModels {
    static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static final class Holder {
        private static final OpenNlpModels ENGLISH = new OpenNlpModels();
    }

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;

    private OpenNlpModels() {
        try {
            sentenceModel = new SentenceModel(open(SENTENCE));
            tokenizerModel = withAlphanumericShortcut(new TokenizerModel(open(TOKENS)));
            posModel = new POSModel(open(POS));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP English models", e);
        }
    }

    /** The shared English models. */
    public static OpenNlpModels english() {
        return Holder.ENGLISH;
    }

    public SentenceModel sentenceModel() {
        return sentenceModel;
    }

    public TokenizerModel tokenizerModel() {
        return tokenizerModel;
    }

    public POSModel posModel() {
        return posModel;
    }

    /**
     * The same tokenizer model with OpenNLP's alphanumeric optimisation switched on: a
     * whitespace-separated chunk of letters and digits only is taken as one token without asking
     * the model (which never splits such a chunk), so only chunks holding punctuation are decoded.
     * About four times faster, same tokens.
     */
    static TokenizerModel withAlphanumericShortcut(TokenizerModel model) {
        return new TokenizerModel(model.getMaxentModel(), new HashMap<>(),
                new TokenizerFactory(model.getLanguage(), null, true, null));
    }

    private static InputStream open(String resource) {
        InputStream in = OpenNlpModels.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
        }
        return in;
    }
}
