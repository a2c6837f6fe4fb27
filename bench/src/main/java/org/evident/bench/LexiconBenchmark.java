package org.evident.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.evident.annotators.SentenceTokens;
import org.evident.annotators.lexicon.ContextRule;
import org.evident.annotators.lexicon.Inflector;
import org.evident.annotators.lexicon.Lexicon;
import org.evident.annotators.lexicon.LexiconLoader;
import org.evident.annotators.lexicon.LexiconMatch;
import org.evident.annotators.lexicon.LexiconParser;
import org.evident.annotators.lexicon.TokenSequence;
import org.evident.model.Layer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;

/**
 * Token-trie matching of a built-in lexicon over every sentence of the sample document, context
 * rules accepted unconditionally (their cost belongs to the annotator benchmarks).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LexiconBenchmark {
    /** The layer whose lexicon is matched. */
    @Param({"speculation", "stance", "attribution"})
    public String layer;

    private Lexicon lexicon;
    private List<TokenSequence> sentences;

    @Setup
    public void setUp() throws Exception {
        String resource = "en/" + layer + ".tsv";
        Map<String, ContextRule> acceptAll = new HashMap<>();
        for (String rule : ruleNames(resource)) {
            acceptAll.put(rule, (tokens, match) -> true);
        }
        LexiconParser parser = new LexiconParser(Layer.fromId(layer).categories(), acceptAll.keySet(), Inflector.english());
        try (BufferedReader reader = open(resource)) {
            lexicon = new Lexicon(parser.parse(reader, resource), acceptAll);
        }
        JCas jcas = SampleCorpus.processed(SampleCorpus.text(), SampleCorpus.segmentation());
        sentences = new ArrayList<>();
        for (Sentence sentence : JCasUtil.select(jcas, Sentence.class)) {
            sentences.add(SentenceTokens.of(jcas, sentence));
        }
    }

    @Benchmark
    public int findAll() {
        int found = 0;
        for (TokenSequence sentence : sentences) {
            List<LexiconMatch> matches = lexicon.findAll(sentence);
            found += matches.size();
        }
        return found;
    }

    private static List<String> ruleNames(String resource) throws IOException {
        List<String> names = new ArrayList<>();
        try (BufferedReader reader = open(resource)) {
            int rulesColumn = -1;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (rulesColumn < 0) {
                    rulesColumn = List.of(fields).indexOf("rules");
                    if (rulesColumn < 0) {
                        break;
                    }
                } else if (rulesColumn < fields.length) {
                    for (String rule : fields[rulesColumn].split(",")) {
                        if (!rule.isBlank() && !names.contains(rule.trim())) {
                            names.add(rule.trim());
                        }
                    }
                }
            }
        }
        return names;
    }

    private static BufferedReader open(String resource) throws IOException {
        InputStream in = LexiconBenchmark.class.getClassLoader()
                .getResourceAsStream(LexiconLoader.BUILTIN_FOLDER + resource);
        if (in == null) {
            throw new IOException(resource + " not on the classpath");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
