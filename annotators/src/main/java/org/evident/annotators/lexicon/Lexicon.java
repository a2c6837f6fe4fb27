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
    private static final Comparator<LexiconMatch> PREFERENCE = Comparator
            .comparingInt(LexiconMatch::length).reversed()
            .thenComparing(m -> -m.entry().confidence())
            .thenComparingInt(LexiconMatch::first);

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
        if (all.isEmpty()) {
            return List.of();
        }
        List<LexiconMatch> pseudo = all.stream().filter(m -> m.entry().isPseudo()).toList();
        List<LexiconMatch> cues = new ArrayList<>();
        for (LexiconMatch match : all) {
            if (!match.entry().isPseudo() && pseudo.stream().noneMatch(match::overlaps)) {
                cues.add(match);
            }
        }
        cues.sort(PREFERENCE);
        List<LexiconMatch> chosen = new ArrayList<>();
        for (LexiconMatch cue : cues) {
            if (chosen.stream().noneMatch(cue::overlaps)) {
                chosen.add(cue);
            }
        }
        chosen.sort(Comparator.comparingInt(LexiconMatch::first));
        return chosen;
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
