package org.evident.annotators.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.LanguageCapability;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.evident.annotators.SentenceTokens;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Sentence splitting, tokenisation and part-of-speech tagging (Universal Dependencies tags) with
 * the OpenNLP English models. Line structure is respected first (see {@link TextBlocks}), so no
 * sentence runs across a heading or a list item. A compound hyphen that the tokenizer leaves
 * attached to the second part ("heavy -handed") is split off ({@link HyphenSplitter}). Documents
 * that already carry tokens (read from XMI or JSON CAS) keep their tokens and sentences; if no
 * token has a tag, the tokens are tagged. Documents that carry sentences but no tokens (gold
 * standards whose sentence boundaries are given) are tokenised and tagged within those sentences,
 * which are kept as they are.
 */
@ResourceMetaData(name = "Evident OpenNLP Segmenter and POS Tagger")
@LanguageCapability("en")
@TypeCapability(outputs = {
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
        "de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS" })
public class OpenNlpSegmenter extends JCasAnnotator_ImplBase {

    /**
     * Whether to tag parts of speech. The layer annotators use tags to tell "May" the month from
     * the modal and to find source noun phrases; without tags they fall back to word lists.
     */
    public static final String PARAM_TAG_POS = "tagPos";
    @ConfigurationParameter(name = PARAM_TAG_POS, mandatory = true, defaultValue = "true")
    private boolean tagPos;

    /**
     * Decode parts of speech with OpenNLP's beam search (size 3) instead of the default greedy
     * decoder. Both use the same model; greedy decoding is several times faster and agrees with
     * beam search on more than 99% of tokens (docs/performance.md).
     */
    public static final String PARAM_BEAM_SEARCH = "beamSearch";
    @ConfigurationParameter(name = PARAM_BEAM_SEARCH, mandatory = true, defaultValue = "false")
    private boolean beamSearch;

    /**
     * Whether the tags are added to the CAS as DKPro POS annotations. Without them the layers still
     * see the tags, which the segmenter hands over with the tokens, provided they run on the
     * document right after it on the same thread, as in an aggregate; nothing after them sees tags:
     * CAS files (XMI, JSON CAS) carry one structure per token instead of two, and the POS column of
     * the CoNLL format reads "_".
     */
    public static final String PARAM_POS_ANNOTATIONS = "posAnnotations";
    @ConfigurationParameter(name = PARAM_POS_ANNOTATIONS, mandatory = true, defaultValue = "true")
    private boolean posAnnotations;

    private SentenceDetectorME sentenceDetector;
    private CachingTokenizer tokenizer;
    /** Tags a sentence's words and fills in the look-up forms it knows; null when POS is not tagged. */
    private BiFunction<String[], String[], String[]> tagger;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        OpenNlpModels models = OpenNlpModels.english();
        sentenceDetector = new SentenceDetectorME(models.sentenceModel());
        tokenizer = new CachingTokenizer(new TokenizerME(models.tokenizerModel()), models.tokenizerChunks());
        if (!tagPos) {
            tagger = null;
        } else if (beamSearch) {
            POSTaggerME beam = new POSTaggerME(models.posModel());
            tagger = (words, forms) -> beam.tag(words);
        } else {
            tagger = new GreedyPosTagger(models.posModel(), models.posWords())::tag;
        }
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        if (JCasUtil.exists(jcas, Token.class)) {
            if (tagger != null && !JCasUtil.exists(jcas, POS.class)) {
                tagGivenTokens(jcas);
            }
            return;
        }
        String text = jcas.getDocumentText();
        if (text == null || text.isEmpty()) {
            return;
        }
        if (JCasUtil.exists(jcas, Sentence.class)) {
            tokeniseGivenSentences(jcas);
            return;
        }
        List<SentenceTokens.TokenArrays> sentences = new ArrayList<>();
        for (int[] block : TextBlocks.split(text)) {
            String blockText = text.substring(block[0], block[1]);
            for (Span sentence : sentenceDetector.sentPosDetect(blockText)) {
                int sentenceBegin = block[0] + sentence.getStart();
                SentenceTokens.TokenArrays tokens = annotateSentence(jcas,
                        text.substring(sentenceBegin, block[0] + sentence.getEnd()), sentenceBegin);
                if (tokens != null) {
                    sentences.add(tokens);
                }
            }
        }
        SentenceTokens.offer(jcas, sentences);
    }

    /**
     * Tags the tokens of a document that came tokenised but without tags (a CAS written without
     * POS annotations, or by another tool) and hands them over to the layers; the tokens and
     * sentences stay as they are, and POS annotations are added only if they are kept.
     */
    private void tagGivenTokens(JCas jcas) {
        String text = jcas.getDocumentText();
        List<SentenceTokens.TokenArrays> sentences = new ArrayList<>();
        for (List<Token> tokens : SentenceTokens.tokensBySentence(jcas)) {
            int n = tokens.size();
            if (n == 0) {
                sentences.add(SentenceTokens.TokenArrays.NONE);
                continue;
            }
            String[] words = new String[n];
            int[] begins = new int[n];
            int[] ends = new int[n];
            for (int i = 0; i < n; i++) {
                begins[i] = tokens.get(i).getBegin();
                ends[i] = tokens.get(i).getEnd();
                words[i] = text.substring(begins[i], ends[i]);
            }
            String[] forms = new String[n];
            String[] tags = tagger.apply(words, forms);
            if (posAnnotations) {
                for (int i = 0; i < n; i++) {
                    UdPos.attach(jcas, tokens.get(i), tags[i]);
                }
            }
            sentences.add(new SentenceTokens.TokenArrays(words, forms, tags, begins, ends));
        }
        SentenceTokens.offer(jcas, sentences);
    }

    /**
     * Tokenises and tags within the sentences the document already has. The tokens are handed
     * over only when no sentence overlaps the one before it: overlapping sentences share tokens,
     * which the layers then read from the CAS.
     */
    private void tokeniseGivenSentences(JCas jcas) {
        List<SentenceTokens.TokenArrays> sentences = new ArrayList<>();
        boolean disjoint = true;
        int previousEnd = 0;
        for (Sentence sentence : List.copyOf(JCasUtil.select(jcas, Sentence.class))) {
            disjoint &= sentence.getBegin() >= previousEnd;
            previousEnd = Math.max(previousEnd, sentence.getEnd());
            String sentenceText = sentence.getCoveredText();
            SentenceTokens.TokenArrays tokens = addTokens(jcas, sentenceText, sentence.getBegin(),
                    tokenizer.tokenizePos(sentenceText));
            sentences.add(tokens == null ? SentenceTokens.TokenArrays.NONE : tokens);
        }
        if (disjoint) {
            SentenceTokens.offer(jcas, sentences);
        }
    }

    private SentenceTokens.TokenArrays annotateSentence(JCas jcas, String sentenceText, int offset) {
        Span[] spans = tokenizer.tokenizePos(sentenceText);
        if (spans.length == 0) {
            return null;
        }
        new Sentence(jcas, offset + spans[0].getStart(), offset + spans[spans.length - 1].getEnd()).addToIndexes();
        return addTokens(jcas, sentenceText, offset, spans);
    }

    /** Adds the tokens (and their POS); returns them as arrays, or null when there are none. */
    private SentenceTokens.TokenArrays addTokens(JCas jcas, String sentenceText, int offset, Span[] tokenizerSpans) {
        if (tokenizerSpans.length == 0) {
            return null;
        }
        Span[] spans = HyphenSplitter.split(tokenizerSpans, sentenceText);
        String[] words = Span.spansToStrings(spans, sentenceText);
        String[] forms = new String[words.length];
        String[] tags = tagger == null ? new String[words.length] : tagger.apply(words, forms);
        int[] begins = new int[spans.length];
        int[] ends = new int[spans.length];
        for (int i = 0; i < spans.length; i++) {
            begins[i] = offset + spans[i].getStart();
            ends[i] = offset + spans[i].getEnd();
            Token token = new Token(jcas, begins[i], ends[i]);
            if (tagger != null && posAnnotations) {
                UdPos.attach(jcas, token, tags[i]);
            }
            token.addToIndexes();
        }
        return new SentenceTokens.TokenArrays(words, forms, tags, begins, ends);
    }

    /** Parameters for a pipeline that should not tag parts of speech. */
    public static Map<String, Object> withoutPos() {
        return Map.of(PARAM_TAG_POS, false);
    }
}
