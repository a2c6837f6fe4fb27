package org.evident.annotators.attribution;

import java.util.List;

import org.evident.model.Categories;

/**
 * The kind of an attribution from its content's quotation marks (guidelines §2): direct when the
 * content runs from an opening mark to a closing mark and the text between its quotations is only
 * its own reporting clause or white space (hull rule); mixed when it contains any other quotation;
 * indirect otherwise.
 */
final class ContentKind {
    private ContentKind() {
    }

    /** direct, mixed or indirect. */
    static String of(Candidate candidate, Quotes quotes, String text) {
        CharSpan content = candidate.content;
        List<Quote> inside = quotes.within(content.begin(), content.end());
        if (inside.isEmpty()) {
            return Categories.INDIRECT;
        }
        if (inside.get(0).begin() != content.begin() || inside.get(inside.size() - 1).end() != content.end()) {
            return Categories.MIXED;
        }
        for (int i = 1; i < inside.size(); i++) {
            int gapBegin = inside.get(i - 1).end();
            int gapEnd = inside.get(i).begin();
            boolean ownClause = candidate.cueSpan.begin() >= gapBegin && candidate.cueSpan.end() <= gapEnd;
            if (!ownClause && !blank(text, gapBegin, gapEnd)) {
                return Categories.MIXED;
            }
        }
        return Categories.DIRECT;
    }

    private static boolean blank(String text, int begin, int end) {
        for (int p = begin; p < end; p++) {
            if (Character.isLetterOrDigit(text.charAt(p))) {
                return false;
            }
        }
        return true;
    }
}
