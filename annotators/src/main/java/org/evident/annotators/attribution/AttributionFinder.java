package org.evident.annotators.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.evident.annotators.lexicon.TokenSequence;

/**
 * Assembles the attributions of a document from the cue groups of its sentences: for each cue it
 * finds the pattern (SOURCE cue CONTENT; CONTENT, SOURCE cue; CONTENT, cue SOURCE; parenthetical;
 * according to SOURCE; noun cues; second-hand cues), the source and the content, then extends
 * direct quotations over the sentences that continue them. Sentences are visited in order with
 * look-back (a "So said X" sentence takes the quotation before it) and look-ahead (continuations).
 */
final class AttributionFinder {
    /** Pattern confidence of a content introduced by "that", a wh-word, a colon or a quotation. */
    static final float MARKED = 1.0f;
    /** Pattern confidence of a content without a complementiser (zero-that, infinitive, -ing). */
    static final float UNMARKED = 0.9f;
    /** Pattern confidence of a parenthetical reporting clause or a cue in the next sentence. */
    static final float DISTANT = 0.8f;

    /** Conjunctions that open a fronted subordinate clause. */
    private static final Set<String> SUBORDINATORS = Set.of("if", "when", "whenever", "although",
            "though", "because", "while", "unless", "as", "since", "after", "before", "once", "until", "whereas");

    private final String text;
    private final List<TokenSequence> sentences;
    private final List<List<CueGroup>> groups;
    private final Quotes quotes;
    private final AttributionWords words;
    private final ContentFinder contents;

    /**
     * @param text      the document text
     * @param sentences the sentences' tokens, in order
     * @param groups    each sentence's cue groups, in text order
     * @param quotes    the document's quotations
     * @param words     the closed word classes
     */
    AttributionFinder(String text, List<TokenSequence> sentences, List<List<CueGroup>> groups, Quotes quotes,
            AttributionWords words) {
        this.text = text;
        this.sentences = sentences;
        this.groups = groups;
        this.quotes = quotes;
        this.words = words;
        this.contents = new ContentFinder(words);
    }

    /** Every attribution of the document, sentence by sentence. */
    List<Candidate> find() {
        List<Candidate> all = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            all.addAll(new SentencePass(s).run());
        }
        new QuoteContinuation(text, sentences, quotes).extend(all);
        return all;
    }

    /** The attributions whose cues lie in one sentence. */
    private final class SentencePass {
        private final int index;
        private final TokenSequence t;
        private final List<CueGroup> cues;
        private final boolean[] blocked;
        private final boolean[] stops;
        private final List<Candidate> found = new ArrayList<>();

        SentencePass(int index) {
            this.index = index;
            this.t = sentences.get(index);
            this.cues = groups.get(index);
            this.blocked = new boolean[t.size()];
            this.stops = new boolean[t.size()];
            for (CueGroup g : cues) {
                for (int k = g.first(); k <= g.last(); k++) {
                    blocked[k] = true;
                }
            }
        }

        List<Candidate> run() {
            List<ContentStart> forward = new ArrayList<>();
            List<ReportingClause> clauses = new ArrayList<>();
            for (CueGroup g : cues) {
                ContentStart start = switch (g.kind()) {
                    case NOUN -> contents.afterNoun(t, g);
                    case PREPOSITION -> null;
                    default -> contents.forward(t, g);
                };
                ReportingClause clause = (start == null || isQuoteAfterComma(start)) && g.kind() == CueGroup.Kind.VERB
                        ? ReportingClause.find(t, g, words, blocked) : null;
                if (clause != null && start != null && !quoteEndsAt(clause.boundary())) {
                    clause = null;
                }
                forward.add(clause == null ? start : null);
                clauses.add(clause);
                markStops(g, start, clause);
            }
            List<CueGroup> inner = new ArrayList<>();
            for (int i = 0; i < cues.size(); i++) {
                CueGroup g = cues.get(i);
                Candidate candidate;
                if (g.kind() == CueGroup.Kind.PREPOSITION) {
                    if (isInsidePhrase(g)) {
                        inner.add(g);
                        continue;
                    }
                    candidate = preposition(g);
                } else if (forward.get(i) != null) {
                    candidate = g.kind() == CueGroup.Kind.NOUN ? noun(g, forward.get(i)) : verbal(g, forward.get(i));
                } else if (clauses.get(i) != null) {
                    candidate = reporting(g, clauses.get(i));
                } else {
                    candidate = null;
                }
                if (candidate != null) {
                    found.add(candidate);
                }
            }
            for (CueGroup g : inner) {
                secondHandInside(g);
            }
            found.removeIf(this::nounInVerbAdjunct);
            return found;
        }

        /** "said, “…”": after a quotation this is an interrupted quotation, not a forward content. */
        private boolean isQuoteAfterComma(ContentStart start) {
            return start.type() == ContentStart.Type.QUOTE && WordClass.isComma(t, start.token() - 1);
        }

        /** Contents stop before other reporting clauses, second-hand cues and coordinated cues. */
        private void markStops(CueGroup g, ContentStart start, ReportingClause clause) {
            if (clause != null && clause.boundary() >= 0) {
                stops[clause.boundary()] = true;
            }
            if (g.kind() == CueGroup.Kind.PREPOSITION && WordClass.isComma(t, g.first() - 1)) {
                stops[g.first() - 1] = true;
            }
            if (start != null && g.kind() != CueGroup.Kind.NOUN) {
                int k = beforeAdverbs(g);
                if (WordClass.isCoordinator(t, k)) {
                    stops[k] = true;
                }
                if (g.kind() == CueGroup.Kind.PARTICIPLE && WordClass.isComma(t, g.first() - 1)) {
                    stops[g.first() - 1] = true;
                }
            }
        }

        private Candidate verbal(CueGroup g, ContentStart start) {
            boolean initialParticiple = g.first() == WordClass.firstWord(t) && g.first() == g.match().first()
                    && WordClass.isVerb(t, g.head()) && !WordClass.isIng(t, g.head()) && isPastForm(g);
            if (g.kind() == CueGroup.Kind.PARTICIPLE && !WordClass.isComma(t, g.first() - 1)
                    && SourceFinder.adjacentBefore(t, g.first(), blocked) == null || afterLexicalVerb(g)) {
                return null;
            }
            ContentFinder.Mode mode = initialParticiple ? ContentFinder.Mode.FIRST_COMMA
                    : isEmbedded(g) ? ContentFinder.Mode.EMBEDDED : ContentFinder.Mode.CLAUSE;
            CharSpan content = content(start, mode, span(g.first(), cueLast(g, start)));
            if (content == null) {
                return null;
            }
            CharSpan source;
            if (g.kind() == CueGroup.Kind.IMPERSONAL || initialParticiple) {
                source = null;
            } else if (g.passive()) {
                source = agentBefore(g.last() + 1, start.token());
            } else if (g.kind() == CueGroup.Kind.PARTICIPLE) {
                TokenSpan adjacent = SourceFinder.adjacentBefore(t, g.first(), blocked);
                source = adjacent != null ? span(adjacent) : sharedSource();
                if (source == null) {
                    source = firstSubject();
                }
            } else if (isCoordinated(g)) {
                source = sharedSource();
                if (source == null) {
                    source = firstSubject();
                }
            } else {
                TokenSpan subject = SourceFinder.subjectBefore(t, g.first(), blocked);
                source = subject == null ? null : span(subject);
                if (source == null && isImperative(g)) {
                    return null;
                }
            }
            float confidence = start.type() == ContentStart.Type.QUOTE || start.type() == ContentStart.Type.WH
                    || isThatClause(start) ? MARKED : UNMARKED;
            return new Candidate(g, index, span(g.first(), cueLast(g, start)), source, content, confidence);
        }

        private Candidate noun(CueGroup g, ContentStart start) {
            CharSpan cue = span(g.first(), g.last());
            CharSpan content = content(start, ContentFinder.Mode.NOUN, cue);
            if (content == null) {
                return null;
            }
            TokenSpan possessor = SourceFinder.possessor(t, g.first(), blocked);
            CharSpan source = possessor != null ? span(possessor) : agentBefore(g.last() + 1, start.token());
            return new Candidate(g, index, cue, source, content, MARKED);
        }

        private Candidate reporting(CueGroup g, ReportingClause clause) {
            CharSpan cue = span(g.first(), clause.cueLast());
            CharSpan content;
            float confidence = MARKED;
            if (clause.type() == ReportingClause.Type.AFTER_QUOTATION) {
                content = previousSentenceQuotation();
                confidence = DISTANT;
            } else if (clause.parenthetical() && !quoteEndsAt(clause.boundary())) {
                int after = clause.type() == ReportingClause.Type.POSTPOSED ? clause.cueLast() + 1 : clause.source().last() + 1;
                int end = ContentFinder.end(t, after + 1, stops, ContentFinder.Mode.CLAUSE);
                int start = clauseStart();
                content = start < clause.boundary() && end > after + 1 ? trimmed(t.begin(start), t.end(end - 1)) : null;
                confidence = DISTANT;
            } else {
                content = before(clause.boundary(), clause.type() == ReportingClause.Type.INVERTED);
                if (content != null && quotes.startingAt(content.begin()) != null) {
                    content = interrupted(content, clause, g);
                } else {
                    confidence = UNMARKED;
                }
            }
            return content == null ? null : new Candidate(g, index, cue, span(clause.source()), content, confidence);
        }

        private Candidate preposition(CueGroup g) {
            int before = g.first() - 1;
            boolean initial = g.first() == clauseStart() || WordClass.form(t, before, "that")
                    || WordClass.isCoordinator(t, before)
                    || WordClass.isComma(t, before) && WordClass.form(t, before - 1, "that");
            TokenSpan src = SourceFinder.phraseAfter(t, g.last() + 1,
                    initial ? SourceFinder.Appositions.BETWEEN_COMMAS : SourceFinder.Appositions.TO_END, blocked);
            if (src == null) {
                return null;
            }
            CharSpan cue = span(g.first(), g.last());
            if (initial) {
                int k = WordClass.isComma(t, src.last() + 1) ? src.last() + 2 : src.last() + 1;
                CharSpan content = WordClass.startsWithQuote(t, k) ? quoteAt(t.begin(k)) : null;
                if (content == null && WordClass.exists(t, k)) {
                    int end = ContentFinder.end(t, k, stops, ContentFinder.Mode.CLAUSE);
                    content = end > k ? trimmed(t.begin(k), t.end(end - 1)) : null;
                }
                return content == null ? null : new Candidate(g, index, cue, span(src), content, MARKED);
            }
            if (!WordClass.isComma(t, before)) {
                return null;
            }
            Candidate previous = endingBefore(before);
            if (previous != null) {
                Candidate candidate = new Candidate(g, index, cue, span(src), previous.content, MARKED);
                if (g.namesOrigin(t)) {
                    candidate.parent = previous;
                } else {
                    previous.parent = candidate;
                }
                return candidate;
            }
            CharSpan content = before(before, false);
            return content == null ? null : new Candidate(g, index, cue, span(src), content, UNMARKED);
        }

        /** "Figures cited by the union show that …": the reporter of the verb that follows. */
        private void secondHandInside(CueGroup g) {
            TokenSpan src = SourceFinder.phraseAfter(t, g.last() + 1, SourceFinder.Appositions.NONE, blocked);
            if (src == null) {
                return;
            }
            int k = src.last() + 1;
            while (WordClass.isAdverb(t, k)) {
                k++;
            }
            for (Candidate reported : found) {
                if (reported.cue.first() == k && reported.parent == null) {
                    TokenSpan subject = SourceFinder.subjectBefore(t, g.first(), blocked);
                    reported.source = subject == null ? null : span(subject);
                    Candidate reporter = new Candidate(g, index, span(g.first(), g.last()), span(src),
                            reported.content, UNMARKED);
                    reported.parent = reporter;
                    found.add(reporter);
                    return;
                }
            }
        }

        /** A prepositional cue inside a noun phrase: not clause-initial and not after a comma. */
        private boolean isInsidePhrase(CueGroup g) {
            int before = g.first() - 1;
            return g.first() != clauseStart() && !WordClass.isComma(t, before) && !WordClass.form(t, before, "that")
                    && !WordClass.isCoordinator(t, before) && WordClass.form(t, g.last(), "by");
        }

        /**
         * The cue stands in a relative clause ("Musk, who has long promised that …, wrote") or in a
         * subordinate clause that opens the sentence ("If the Commission finds that …, it could").
         */
        private boolean isEmbedded(CueGroup g) {
            int k = beforeAdverbs(g);
            if (WordClass.form(t, k, "who", "which") || WordClass.form(t, k, "that") && WordClass.isNounHead(t, k - 1)) {
                return true;
            }
            TokenSpan subject = SourceFinder.subjectBefore(t, g.first(), blocked);
            int before = subject == null ? k : subject.first() - 1;
            return before == WordClass.firstWord(t) && SUBORDINATORS.contains(t.form(before));
        }

        /** A conjunction joins the cue to an earlier verb of the sentence ("claims … and insists that"). */
        private boolean isCoordinated(CueGroup g) {
            return WordClass.isCoordinator(t, beforeAdverbs(g));
        }

        /** The token before the group once adverbs ("also", "later") are stepped over. */
        private int beforeAdverbs(CueGroup g) {
            int k = g.first() - 1;
            while (WordClass.isAdverb(t, k)) {
                k--;
            }
            return k;
        }

        /** The cue is the bare-infinitive complement of another verb ("could help explain how"): no report. */
        private boolean afterLexicalVerb(CueGroup g) {
            int k = beforeAdverbs(g);
            return g.first() == g.match().first() && WordClass.isVerb(t, k) && !WordClass.isAux(t, k) && !blocked[k];
        }

        /** A bare verb that opens the sentence with no subject ("note this is likely"): the writer's voice. */
        private boolean isImperative(CueGroup g) {
            return g.first() == WordClass.firstWord(t) && g.first() == g.match().first()
                    && t.form(g.head()).equals(g.lemma());
        }

        /** The cue is a past form (-ed, or any form other than the lemma and the -s form). */
        private boolean isPastForm(CueGroup g) {
            String form = t.form(g.head());
            return WordClass.isEd(t, g.head()) || g.lemma() != null && !form.equals(g.lemma()) && !form.endsWith("s");
        }

        private boolean isThatClause(ContentStart start) {
            return start.type() == ContentStart.Type.CLAUSE && start.token() > 0
                    && (WordClass.form(t, start.token() - 1, "that", ":")
                            || WordClass.isComma(t, start.token() - 1) && WordClass.form(t, start.token() - 2, "that"));
        }

        private int cueLast(CueGroup g, ContentStart start) {
            return start.addressee() >= 0 ? start.addressee() : g.last();
        }

        /** The content span of a forward content. */
        private CharSpan content(ContentStart start, ContentFinder.Mode mode, CharSpan cue) {
            if (start.type() == ContentStart.Type.QUOTE) {
                int offset = start.token() < t.size() ? t.begin(start.token()) : nextNonSpace(t.end(t.size() - 1));
                CharSpan quote = quoteAt(offset);
                if (quote != null || start.token() >= t.size()) {
                    return quote;
                }
            }
            if (start.token() >= t.size()) {
                return null;
            }
            int end = ContentFinder.end(t, start.token(), stops, mode);
            if (end <= start.token()) {
                return null;
            }
            int e = t.end(end - 1);
            Quote enclosing = quotes.around(cue.begin(), cue.end());
            if (enclosing != null) {
                e = Math.min(e, enclosing.end() - 1);
            }
            return trimmed(t.begin(start.token()), e);
        }

        /** The content before a reporting clause whose boundary is a comma or a closing quote. */
        private CharSpan before(int boundary, boolean needsVerb) {
            int quoteEnd = WordClass.isComma(t, boundary) ? boundaryQuoteEnd(boundary - 1) : boundaryQuoteEnd(boundary);
            if (quoteEnd >= 0) {
                Quote quote = quotes.endingAt(quoteEnd);
                if (quote != null && startsClause(quote) && (WordClass.isComma(t, boundary) || closesUtterance(quote))) {
                    return new CharSpan(quote.begin(), quote.end());
                }
            }
            if (!WordClass.isComma(t, boundary)) {
                return null;
            }
            int start = clauseStart();
            Quote inside = quotes.around(t.begin(boundary), t.end(boundary));
            if (WordClass.isVerb(t, start) || WordClass.tag(t, start, "SCONJ") || WordClass.isAdposition(t, start)
                    || inside != null && inside.begin() >= t.begin(start) - 1) {
                return null;
            }
            for (int k = start; k < boundary; k++) {
                if (!needsVerb || WordClass.isFiniteVerb(t, k) && !WordClass.isNounHead(t, k)) {
                    return trimmed(t.begin(start), t.begin(boundary));
                }
            }
            return null;
        }

        /** "“A,” X said, “B”": extends a quotation over the reporting clause to the next one. */
        private CharSpan interrupted(CharSpan content, ReportingClause clause, CueGroup g) {
            int k = clause.type() == ReportingClause.Type.POSTPOSED ? clause.cueLast() + 1 : clause.source().last() + 1;
            if (words.is(t.form(g.head()), AttributionWords.ADDRESSEE_VERB) && SourceFinder.chunkRight(t, k) != null) {
                k = SourceFinder.chunkRight(t, k).last() + 1;
            }
            if (WordClass.isComma(t, k) && WordClass.startsWithQuote(t, k + 1)) {
                Quote next = quotes.startingAt(t.begin(k + 1));
                if (next != null) {
                    return new CharSpan(content.begin(), next.end());
                }
            }
            return content;
        }

        private int boundaryQuoteEnd(int token) {
            return WordClass.endsWithQuote(t, token) ? t.end(token) : -1;
        }

        /** No word of the sentence comes before the quotation (it starts the clause or an earlier sentence). */
        private boolean startsClause(Quote quote) {
            for (int k = 0; k < t.size() && t.begin(k) < quote.begin(); k++) {
                if (!WordClass.isPunctuation(t, k)) {
                    return false;
                }
            }
            return true;
        }

        /** The quotation ends in , ! ? or … inside its closing mark: it is an utterance, not a label. */
        private boolean closesUtterance(Quote quote) {
            int k = quote.end() - 2;
            return k > quote.begin() && ",!?\u2026".indexOf(text.charAt(k)) >= 0;
        }

        /** The previous sentence of the same paragraph when it is one quotation. */
        private CharSpan previousSentenceQuotation() {
            if (index == 0) {
                return null;
            }
            TokenSequence previous = sentences.get(index - 1);
            int first = WordClass.firstWord(previous);
            if (first >= previous.size() || !WordClass.startsWithQuote(previous, first)
                    || text.substring(previous.end(previous.size() - 1), t.begin(0)).contains("\n\n")) {
                return null;
            }
            Quote quote = quotes.startingAt(previous.begin(first));
            if (quote == null || quote.end() < previous.end(previous.size() - 1) - 1) {
                return null;
            }
            return new CharSpan(quote.begin(), quote.end());
        }

        private CharSpan quoteAt(int offset) {
            Quote quote = quotes.startingAt(offset);
            return quote == null ? null : new CharSpan(quote.begin(), quote.end());
        }

        private boolean quoteEndsAt(int boundary) {
            if (boundary < 0) {
                return false;
            }
            int end = WordClass.isComma(t, boundary) ? boundaryQuoteEnd(boundary - 1) : boundaryQuoteEnd(boundary);
            return end >= 0 && quotes.endingAt(end) != null;
        }

        /** The first word of the clause: the sentence's first word after bullets, a dateline and a conjunction. */
        private int clauseStart() {
            int k = Dateline.end(t, WordClass.firstWord(t));
            return WordClass.isCoordinator(t, k) ? k + 1 : k;
        }

        private CharSpan agentBefore(int from, int to) {
            for (int k = from; k < to; k++) {
                TokenSpan agent = SourceFinder.agentAt(t, k, blocked);
                if (agent != null) {
                    return span(agent);
                }
            }
            return null;
        }

        /**
         * The source of the latest attribution of this sentence whose cue is a finite verb group
         * (a participle or noun cue inside a clause does not lend its source to the main clause).
         */
        private CharSpan sharedSource() {
            for (int i = found.size() - 1; i >= 0; i--) {
                if (found.get(i).source != null && found.get(i).cue.kind() == CueGroup.Kind.VERB) {
                    return found.get(i).source;
                }
            }
            return null;
        }

        /** The subject of the sentence's first finite verb ("The company admitted … and pledged to"). */
        private CharSpan firstSubject() {
            for (int k = WordClass.firstWord(t); k < t.size(); k++) {
                if (WordClass.isFiniteVerb(t, k) && !WordClass.isNounHead(t, k)) {
                    int first = k;
                    while (WordClass.isAux(t, first - 1) || WordClass.isNegator(t, first - 1)) {
                        first--;
                    }
                    TokenSpan subject = SourceFinder.subjectBefore(t, first, blocked);
                    return subject == null ? null : span(subject);
                }
            }
            return null;
        }

        /**
         * The latest attribution of this sentence that ends before the comma at {@code comma}, with
         * no new clause (finite verb) between its end and the comma: the attribution that a
         * postposed second-hand cue reports ("…,” X told employees at a meeting, according to …").
         */
        private Candidate endingBefore(int comma) {
            for (int i = found.size() - 1; i >= 0; i--) {
                Candidate candidate = found.get(i);
                if (candidate.end() > t.begin(comma)) {
                    continue;
                }
                for (int k = comma - 1; k >= 0 && t.end(k) > candidate.end(); k--) {
                    if (WordClass.isFiniteVerb(t, k) && !WordClass.isNounHead(t, k)) {
                        return null;
                    }
                }
                return candidate;
            }
            return null;
        }

        /**
         * A noun cue that stands between a verb cue and that verb's content is the verb's adjunct
         * ("said in a statement that …"): the content belongs to the verb.
         */
        private boolean nounInVerbAdjunct(Candidate noun) {
            if (noun.cue.kind() != CueGroup.Kind.NOUN) {
                return false;
            }
            for (Candidate verb : found) {
                if (verb != noun && verb.cue.kind() != CueGroup.Kind.NOUN && verb.cueSpan.end() <= noun.cueSpan.begin()
                        && noun.cueSpan.end() <= verb.content.begin()) {
                    return true;
                }
            }
            return false;
        }

        private int nextNonSpace(int offset) {
            int p = offset;
            while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
                p++;
            }
            return p;
        }

        private CharSpan trimmed(int begin, int end) {
            int e = ContentTrimmer.trimEnd(text, begin, end, quotes, words);
            return e > begin ? new CharSpan(begin, e) : null;
        }

        private CharSpan span(int first, int last) {
            return new CharSpan(t.begin(first), t.end(last));
        }

        private CharSpan span(TokenSpan tokens) {
            return new CharSpan(tokens.begin(t), tokens.end(t));
        }
    }
}
