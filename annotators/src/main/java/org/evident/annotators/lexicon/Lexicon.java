package org.evident.annotators.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A layer's cue lexicon: matches every entry over a token sequence, applies part-of-speech
 * constraints and context rules, lets pseudo-cues suppress the cues they overlap and keeps the
 * longest non-overlapping cues.
 */
public final class Lexicon {
    /** Longest first, then most confident, then leftmost. */
    private static final Comparator<LexiconMatch> PREFERENCE = (a, b) -> {
        int order = Integer.compare(b.length(), a.length());
        if (order == 0) {
            order = Double.compare(b.entry().confidence(), a.entry().confidence());
        }
        return order != 0 ? order : Integer.compare(a.first(), b.first());
    };
    private static final Comparator<LexiconMatch> TEXT_ORDER = Comparator.comparingInt(LexiconMatch::first);

    private final List<LexiconEntry> entries;
    private final TokenTrie trie = new TokenTrie();
    private final Map<String, ContextRule> rules;

    /**
     * @param parsed the entries, in file order
     * @param rules  the context rules the entries may name
     */
    public Lexicon(List<LexiconParser.ParsedEntry> parsed, Map<String, ContextRule> rules) {
        List<LexiconEntry> list = new ArrayList<>(parsed.size());
        for (LexiconParser.ParsedEntry entry : parsed) {
            trie.add(entry.tokens(), entry.entry());
            list.add(entry.entry());
        }
        this.entries = Collections.unmodifiableList(list);
        this.rules = Map.copyOf(rules);
    }

    /** The entries in load order. */
    public List<LexiconEntry> entries() {
        return entries;
    }

    /**
     * Every occurrence of every entry, pseudo-cues included, whose part of speech and context
     * rules accept it; overlapping occurrences are all kept.
     */
    public List<LexiconMatch> findAll(TokenSequence tokens) {
        List<LexiconMatch> candidates = new ArrayList<>();
        for (int start = 0; start < tokens.size(); start++) {
            trie.matchAt(tokens, start, candidates);
        }
        candidates.removeIf(match -> !accepts(tokens, match));
        return candidates;
    }

    /**
     * The cues of the sequence: occurrences overlapping a pseudo-cue are dropped, then the longest
     * (then most confident, then leftmost) non-overlapping ones are kept, in text order.
     */
    public List<LexiconMatch> find(TokenSequence tokens) {
        return select(findAll(tokens));
    }

    /**
     * The cues among the occurrences that {@link #findAll} returned, as {@link #find} chooses them;
     * for annotators that also need the pseudo-cues and match the sequence only once.
     */
    public List<LexiconMatch> select(List<LexiconMatch> all) {
        List<LexiconMatch> cues = new ArrayList<>(all.size());
        for (LexiconMatch match : all) {
            if (!match.entry().isPseudo() && !overlapsPseudoCue(match, all)) {
                cues.add(match);
            }
        }
        if (cues.size() < 2) {
            return cues;
        }
        cues.sort(PREFERENCE);
        List<LexiconMatch> chosen = new ArrayList<>(cues.size());
        for (LexiconMatch cue : cues) {
            if (!overlapsAny(cue, chosen)) {
                chosen.add(cue);
            }
        }
        chosen.sort(TEXT_ORDER);
        return chosen;
    }

    private static boolean overlapsPseudoCue(LexiconMatch match, List<LexiconMatch> all) {
        for (LexiconMatch other : all) {
            if (other.entry().isPseudo() && match.overlaps(other)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsAny(LexiconMatch match, List<LexiconMatch> chosen) {
        for (LexiconMatch other : chosen) {
            if (match.overlaps(other)) {
                return true;
            }
        }
        return false;
    }

    private boolean accepts(TokenSequence tokens, LexiconMatch match) {
        LexiconEntry entry = match.entry();
        if (!entry.pos().isEmpty()) {
            String tag = tokens.pos(match.head());
            if (tag != null && !entry.pos().contains(tag)) {
                return false;
            }
        }
        for (String name : entry.rules()) {
            if (!rules.get(name).accepts(tokens, match)) {
                return false;
            }
        }
        return true;
    }
}
