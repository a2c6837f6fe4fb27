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

    /** An entry as matching needs it: its context rules resolved once, when the lexicon is built. */
    private static final class CompiledEntry {
        private final LexiconEntry entry;
        private final boolean constrainsPos;
        private final ContextRule[] rules;

        private CompiledEntry(LexiconEntry entry, Map<String, ContextRule> known) {
            this.entry = entry;
            this.constrainsPos = !entry.pos().isEmpty();
            this.rules = new ContextRule[entry.rules().size()];
            for (int r = 0; r < rules.length; r++) {
                String name = entry.rules().get(r);
                rules[r] = known.get(name);
                if (rules[r] == null) {
                    throw new IllegalArgumentException(entry.source() + ": unknown context rule '" + name + "'");
                }
            }
        }
    }

    private final List<LexiconEntry> entries;
    private final TokenTrie<CompiledEntry> trie = new TokenTrie<>();

    /**
     * @param parsed the entries, in file order
     * @param rules  the context rules the entries may name
     * @throws IllegalArgumentException when an entry names a rule that {@code rules} lacks
     */
    public Lexicon(List<LexiconParser.ParsedEntry> parsed, Map<String, ContextRule> rules) {
        List<LexiconEntry> list = new ArrayList<>(parsed.size());
        for (LexiconParser.ParsedEntry entry : parsed) {
            trie.add(entry.tokens(), new CompiledEntry(entry.entry(), rules));
            list.add(entry.entry());
        }
        this.entries = Collections.unmodifiableList(list);
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
        List<LexiconMatch> found = new ArrayList<>();
        TokenTrie.Sink<CompiledEntry> sink = (compiled, first, last) -> {
            if (compiled.constrainsPos && !posAllows(compiled.entry, tokens, first, last)) {
                return;
            }
            LexiconMatch match = new LexiconMatch(compiled.entry, first, last);
            if (rulesAccept(compiled.rules, tokens, match)) {
                found.add(match);
            }
        };
        trie.matchAll(tokens, sink);
        return found;
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
        List<LexiconMatch> pseudo = new ArrayList<>(0);
        for (LexiconMatch match : all) {
            if (match.entry().isPseudo()) {
                pseudo.add(match);
            }
        }
        List<LexiconMatch> cues = new ArrayList<>(all.size());
        for (LexiconMatch match : all) {
            if (!match.entry().isPseudo() && !overlapsAny(match, pseudo)) {
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

    private static boolean overlapsAny(LexiconMatch match, List<LexiconMatch> chosen) {
        for (LexiconMatch other : chosen) {
            if (match.overlaps(other)) {
                return true;
            }
        }
        return false;
    }

    /** The head token is untagged or carries one of the entry's tags (see {@link LexiconMatch#head}). */
    private static boolean posAllows(LexiconEntry entry, TokenSequence tokens, int first, int last) {
        String tag = tokens.pos(LexiconMatch.head(entry, first, last));
        return tag == null || entry.pos().contains(tag);
    }

    private static boolean rulesAccept(ContextRule[] rules, TokenSequence tokens, LexiconMatch match) {
        for (ContextRule rule : rules) {
            if (!rule.accepts(tokens, match)) {
                return false;
            }
        }
        return true;
    }
}
