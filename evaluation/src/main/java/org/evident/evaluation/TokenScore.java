package org.evident.evaluation;

import java.util.List;

import org.evident.exporters.read.annotated.TextRange;
import org.evident.exporters.spans.Span;

/**
 * Token-level scoring of spans (used for speculation scopes): a token is positive on a side when
 * it overlaps any of that side's spans; true positives are tokens positive on both sides. Nested
 * or overlapping spans count each token once.
 */
public final class TokenScore {
    private TokenScore() {
    }

    /** The token counts of one document. */
    public static Counts of(List<TextRange> tokens, List<Span> gold, List<Span> predicted) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (TextRange token : tokens) {
            boolean inGold = covered(token, gold);
            boolean inPrediction = covered(token, predicted);
            if (inGold && inPrediction) {
                tp++;
            } else if (inPrediction) {
                fp++;
            } else if (inGold) {
                fn++;
            }
        }
        return new Counts(tp, fp, fn);
    }

    private static boolean covered(TextRange token, List<Span> spans) {
        for (Span span : spans) {
            if (token.overlaps(span.begin(), span.end())) {
                return true;
            }
        }
        return false;
    }
}
