package org.evident.annotators.segment;

import java.util.LinkedHashMap;
import java.util.Map;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;

/**
 * Greedy (left-to-right, best tag first) decoding of an OpenNLP maximum-entropy POS model, with
 * the model's own features, computed incrementally. The features of the English UD model are of
 * three kinds: those of the word itself (prefixes, suffixes, word form and class), the lower-cased
 * words two to the left and right (and sentence-begin markers), and the previous one or two tags.
 * The tagger caches, per word, the summed weights of its own features and, per feature, the weight
 * vectors of the context features; a token then costs a few hash look-ups and vector additions.
 * Weight sums are exactly those the model computes, so the best tag is the one that
 * {@code POSTaggerME} with beam size 1 would choose. Not thread-safe: one instance per thread.
 */
final class GreedyPosTagger {
    private static final int CACHE_SIZE = 50_000;
    private static final String[] NO_TAGS = new String[1];

    private final POSContextGenerator features;
    private final Map<String, Context> parameters;
    private final String[] outcomes;
    private final Map<String, WordFeatures> words = new LruCache<>(CACHE_SIZE);
    private final Map<String, double[]> contextWeights = new LruCache<>(CACHE_SIZE);

    /** The lower-cased form of a word and the summed weights of its own features. */
    private record WordFeatures(String lowerCase, double[] weights) {
    }

    GreedyPosTagger(POSModel model) {
        AbstractModel maxent = (AbstractModel) model.getArtifact("pos.model");
        Object[] structures = maxent.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) structures[1];
        this.parameters = predicates;
        this.outcomes = (String[]) structures[2];
        this.features = model.getFactory().getPOSContextGenerator();
    }

    /** The tags of a sentence's tokens. */
    String[] tag(String[] tokens) {
        int n = tokens.length;
        WordFeatures[] word = new WordFeatures[n];
        for (int i = 0; i < n; i++) {
            word[i] = words.computeIfAbsent(tokens[i], this::wordFeatures);
        }
        String[] tags = new String[n];
        double[] score = new double[outcomes.length];
        for (int i = 0; i < n; i++) {
            System.arraycopy(word[i].weights(), 0, score, 0, score.length);
            if (i >= 1) {
                add(score, "p1w=" + word[i - 1].lowerCase());
                add(score, "t=" + tags[i - 1]);
            }
            if (i >= 2) {
                add(score, "p2w=" + word[i - 2].lowerCase());
                add(score, "t2=" + tags[i - 2] + "," + tags[i - 1]);
            }
            if (i + 1 < n) {
                add(score, "n1w=" + word[i + 1].lowerCase());
            }
            if (i + 2 < n) {
                add(score, "n2w=" + word[i + 2].lowerCase());
            }
            if (i == 0) {
                add(score, "S=begin");
            } else if (i <= 2) {
                add(score, "p" + i + "S=begin");
            }
            tags[i] = outcomes[argmax(score)];
        }
        return tags;
    }

    /**
     * The features of a one-token sentence, from the model's own generator, less its sentence-begin
     * marker: exactly the features of the word itself.
     */
    private WordFeatures wordFeatures(String token) {
        double[] weights = new double[outcomes.length];
        String lowerCase = token;
        for (String feature : features.getContext(0, new String[] {token}, NO_TAGS, null)) {
            if (feature.equals("S=begin")) {
                continue;
            }
            if (feature.startsWith("w=")) {
                lowerCase = feature.substring(2);
            }
            addParameters(weights, parameters.get(feature));
        }
        return new WordFeatures(lowerCase, weights);
    }

    private void add(double[] score, String feature) {
        double[] weights = contextWeights.computeIfAbsent(feature, f -> {
            double[] vector = new double[outcomes.length];
            addParameters(vector, parameters.get(f));
            return vector;
        });
        for (int k = 0; k < score.length; k++) {
            score[k] += weights[k];
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

    /** A size-bounded least-recently-used map, so that memory stays constant on any corpus. */
    private static final class LruCache<K, V> extends LinkedHashMap<K, V> {
        private static final long serialVersionUID = 1L;
        private final int capacity;

        LruCache(int capacity) {
            super(1024, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > capacity;
        }
    }
}
