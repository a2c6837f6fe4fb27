package org.evident.annotators.segment;

import java.util.Map;

import org.evident.annotators.lexicon.TokenForms;

import com.github.benmanes.caffeine.cache.Cache;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;

/**
 * Greedy (left-to-right, best tag first) decoding of an OpenNLP maximum-entropy POS model, with
 * the model's own features, computed incrementally. The features of the English UD model are of
 * three kinds: those of the word itself (prefixes, suffixes, word form and class), the lower-cased
 * words two to the left and right (and sentence-begin markers), and the previous one or two tags.
 * The tagger caches, per word, the summed weights of its own features and the weights it adds as
 * a neighbour, and per tag pair the weights of the tag features; a token then costs one hash
 * look-up and a few vector additions. The per-word weights live in a bounded cache shared by all
 * threads (see {@link OpenNlpModels#posWords()}).
 * Weight sums are exactly those the model computes, so the best tag is the one that
 * {@code POSTaggerME} with beam size 1 would choose. Not thread-safe: one instance per thread.
 */
final class GreedyPosTagger {
    private static final String[] NO_TAGS = new String[1];
    private static final String[] WINDOW = {"p1w=", "p2w=", "n1w=", "n2w="};

    private final POSContextGenerator features;
    private final Map<String, Context> parameters;
    private final String[] outcomes;
    private final Cache<String, WordWeights> words;
    private final double[][] previousTag;
    private final double[][][] previousTwoTags;
    private final double[][] sentenceBegin;

    /**
     * The weights a word contributes: through its own features when it is the token tagged, and
     * through the window features when it stands one or two places before or after it (null where
     * the model has no such feature).
     */
    record WordWeights(double[] own, double[][] window, String form) {
    }

    GreedyPosTagger(POSModel model, Cache<String, WordWeights> words) {
        this.words = words;
        AbstractModel maxent = (AbstractModel) model.getArtifact("pos.model");
        Object[] structures = maxent.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) structures[1];
        this.parameters = predicates;
        this.outcomes = interned((String[]) structures[2]);
        this.features = model.getFactory().getPOSContextGenerator();
        this.previousTag = new double[outcomes.length][];
        this.previousTwoTags = new double[outcomes.length][outcomes.length][];
        for (int t = 0; t < outcomes.length; t++) {
            previousTag[t] = weights("t=" + outcomes[t]);
        }
        this.sentenceBegin = new double[][] {weights("S=begin"), weights("p1S=begin"), weights("p2S=begin")};
    }

    /**
     * The tags of a sentence's tokens; fills {@code forms} with the tokens' look-up forms
     * ({@link TokenForms#normalise}) from the same word cache: one object per word, the JVM's
     * shared one, so that comparing it with a word literal or a lexicon form that is also interned
     * finds equality by identity.
     */
    String[] tag(String[] tokens, String[] forms) {
        int n = tokens.length;
        WordWeights[] word = new WordWeights[n];
        for (int i = 0; i < n; i++) {
            word[i] = words.get(tokens[i], this::wordWeights);
            forms[i] = word[i].form();
        }
        String[] tags = new String[n];
        int[] tagIndex = new int[n];
        double[] score = new double[outcomes.length];
        for (int i = 0; i < n; i++) {
            System.arraycopy(word[i].own(), 0, score, 0, score.length);
            if (i >= 1) {
                add(score, word[i - 1].window()[0]);
                add(score, previousTag[tagIndex[i - 1]]);
            }
            if (i >= 2) {
                add(score, word[i - 2].window()[1]);
                add(score, previousTwoTags(tagIndex[i - 2], tagIndex[i - 1]));
            }
            if (i + 1 < n) {
                add(score, word[i + 1].window()[2]);
            }
            if (i + 2 < n) {
                add(score, word[i + 2].window()[3]);
            }
            if (i <= 2) {
                add(score, sentenceBegin[i]);
            }
            tagIndex[i] = argmax(score);
            tags[i] = outcomes[tagIndex[i]];
        }
        return tags;
    }

    private double[] previousTwoTags(int first, int second) {
        double[] vector = previousTwoTags[first][second];
        if (vector == null) {
            vector = weights("t2=" + outcomes[first] + "," + outcomes[second]);
            previousTwoTags[first][second] = vector == null ? new double[outcomes.length] : vector;
        }
        return vector;
    }

    /**
     * A word's weights. Its own features are those of a one-token sentence, from the model's own
     * generator, less the sentence-begin marker; its window features use the lower-cased form that
     * the generator gives as {@code w=}.
     */
    private WordWeights wordWeights(String token) {
        double[] own = new double[outcomes.length];
        String lowerCase = token;
        for (String feature : features.getContext(0, new String[] {token}, NO_TAGS, null)) {
            if (feature.equals("S=begin")) {
                continue;
            }
            if (feature.startsWith("w=")) {
                lowerCase = feature.substring(2);
            }
            addParameters(own, parameters.get(feature));
        }
        double[][] window = new double[WINDOW.length][];
        for (int k = 0; k < WINDOW.length; k++) {
            window[k] = weights(WINDOW[k] + lowerCase);
        }
        return new WordWeights(own, window, TokenForms.normalise(token).intern());
    }

    /**
     * The model's tags as the JVM's shared string objects, the same as the tag literals in the
     * layers' code, so that comparing a tag with one finds equality by identity.
     */
    private static String[] interned(String[] tags) {
        String[] interned = new String[tags.length];
        for (int t = 0; t < tags.length; t++) {
            interned[t] = tags[t].intern();
        }
        return interned;
    }

    /** The weight vector of one feature, or null when the model does not know it. */
    private double[] weights(String feature) {
        Context context = parameters.get(feature);
        if (context == null) {
            return null;
        }
        double[] vector = new double[outcomes.length];
        addParameters(vector, context);
        return vector;
    }

    private static void add(double[] score, double[] weights) {
        if (weights != null) {
            for (int k = 0; k < score.length; k++) {
                score[k] += weights[k];
            }
        }
    }

    private static void addParameters(double[] vector, Context context) {
        if (context == null) {
            return;
        }
        int[] active = context.getOutcomes();
        double[] values = context.getParameters();
        for (int a = 0; a < active.length; a++) {
            vector[active[a]] += values[a];
        }
    }

    private static int argmax(double[] score) {
        int best = 0;
        for (int k = 1; k < score.length; k++) {
            if (score[k] > score[best]) {
                best = k;
            }
        }
        return best;
    }
}
