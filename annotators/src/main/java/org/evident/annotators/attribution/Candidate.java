package org.evident.annotators.attribution;

/**
 * An attribution found in a document before it is written to the CAS: its roles as character
 * spans, the cue group, how sure the pattern is, and its parent.
 */
final class Candidate {
    final CueGroup cue;
    final int sentence;
    final CharSpan cueSpan;
    CharSpan source;
    CharSpan content;
    final float patternConfidence;
    Candidate parent;
    String kind;

    Candidate(CueGroup cue, int sentence, CharSpan cueSpan, CharSpan source, CharSpan content, float patternConfidence) {
        this.cue = cue;
        this.sentence = sentence;
        this.cueSpan = cueSpan;
        this.source = source;
        this.content = content;
        this.patternConfidence = patternConfidence;
    }

    /**
     * The cue's confidence: the lexicon entry's, scaled by how reliable the pattern is, to two
     * decimals (0.81, not the float product 0.80999994).
     */
    float confidence() {
        return Math.round(cue.entry().confidence() * patternConfidence * 100) / 100f;
    }

    /** The end of the rightmost role. */
    int end() {
        int end = Math.max(cueSpan.end(), content.end());
        return source == null ? end : Math.max(end, source.end());
    }

    /** The start of the leftmost role. */
    int begin() {
        int begin = Math.min(cueSpan.begin(), content.begin());
        return source == null ? begin : Math.min(begin, source.begin());
    }
}
