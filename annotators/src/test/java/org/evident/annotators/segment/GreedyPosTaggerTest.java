package org.evident.annotators.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.evident.annotators.lexicon.TokenForms;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.github.benmanes.caffeine.cache.Caffeine;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

class GreedyPosTaggerTest {
    private static List<String[]> sentences;

    @BeforeAll
    static void tokenise() throws Exception {
        String text = Files.readString(Path.of("../seeds/zoom-new-mistress-of-the-ccp.txt"))
                + "\nOn May 20, 1983, he didn't say whether U.S. officials could've known. \"Really?\" she asked."
                + "\nThe 2,000 emails – sent in 2019 – reportedly showed 😀 nothing; yet critics weren't convinced!";
        OpenNlpModels models = OpenNlpModels.english();
        SentenceDetectorME sentenceDetector = new SentenceDetectorME(models.sentenceModel());
        TokenizerME tokenizer = new TokenizerME(models.tokenizerModel());
        sentences = new ArrayList<>();
        for (int[] block : TextBlocks.split(text)) {
            String blockText = text.substring(block[0], block[1]);
            for (Span sentence : sentenceDetector.sentPosDetect(blockText)) {
                sentences.add(tokenizer.tokenize(blockText.substring(sentence.getStart(), sentence.getEnd())));
            }
        }
    }

    /** The textbook greedy decoder: the model's context generator and evaluation, best tag first. */
    private static String[] referenceGreedy(POSModel model, String[] tokens) {
        MaxentModel maxent = (MaxentModel) model.getArtifact("pos.model");
        POSContextGenerator generator = model.getFactory().getPOSContextGenerator();
        String[] tags = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            double[] probabilities = maxent.eval(generator.getContext(i, tokens, tags, null));
            int best = 0;
            for (int k = 1; k < probabilities.length; k++) {
                if (probabilities[k] > probabilities[best]) {
                    best = k;
                }
            }
            tags[i] = maxent.getOutcome(best);
        }
        return tags;
    }

    @Test
    void tagsExactlyAsGreedyDecodingOfTheModelDoes() {
        POSModel model = OpenNlpModels.english().posModel();
        GreedyPosTagger tagger = new GreedyPosTagger(model, Caffeine.newBuilder().maximumSize(100).build());
        for (int pass = 0; pass < 2; pass++) {
            for (String[] sentence : sentences) {
                assertThat(tagger.tag(sentence, new String[sentence.length])).as(String.join(" ", sentence))
                        .containsExactly(referenceGreedy(model, sentence));
            }
        }
    }

    @Test
    void givesEachTokensLookUpFormOneSharedObjectPerWord() {
        GreedyPosTagger tagger = new GreedyPosTagger(OpenNlpModels.english().posModel(),
                Caffeine.newBuilder().maximumSize(10_000).build());
        Map<String, String> firstForms = new HashMap<>();
        int repeated = 0;
        for (String[] sentence : sentences) {
            String[] forms = new String[sentence.length];
            tagger.tag(sentence, forms);
            for (int i = 0; i < sentence.length; i++) {
                assertThat(forms[i]).as(sentence[i]).isEqualTo(TokenForms.normalise(sentence[i]));
                String first = firstForms.putIfAbsent(sentence[i], forms[i]);
                if (first != null) {
                    assertThat(forms[i]).as(sentence[i]).isSameAs(first);
                    repeated++;
                }
            }
        }
        assertThat(repeated).isGreaterThan(500);
    }

    @Test
    void agreesWithBeamSearchOnAlmostEveryToken() {
        POSModel model = OpenNlpModels.english().posModel();
        GreedyPosTagger greedy = new GreedyPosTagger(model, Caffeine.newBuilder().maximumSize(100).build());
        POSTaggerME beam = new POSTaggerME(model);
        int tokens = 0;
        int same = 0;
        for (String[] sentence : sentences) {
            String[] a = greedy.tag(sentence, new String[sentence.length]);
            String[] b = beam.tag(sentence);
            for (int i = 0; i < a.length; i++) {
                tokens++;
                same += a[i].equals(b[i]) ? 1 : 0;
            }
        }
        assertThat((double) same / tokens).isGreaterThan(0.99);
    }
}
