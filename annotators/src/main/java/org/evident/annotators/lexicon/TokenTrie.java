package org.evident.annotators.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trie over normalised token forms: finds every entry starting at a token in time proportional
 * to the longest phrase, so matching a sentence is linear in its length. A phrase token with a
 * hyphen ("ill-conceived") is stored both as one token and as its parts split around "-" tokens
 * ("ill", "-", "conceived"), because tokenisers differ on hyphens; and a token followed by a clitic
 * ("'s", "'re", "'ve", "'ll", "'d", "'m", "n't") is also stored glued to it ("it 's" matches the
 * single token "it's", "everyone 's" matches "everyone's"), because tokenisers differ on clitics too.
 *
 * @param <E> what a phrase leads to (the lexicon's compiled entries)
 */
final class TokenTrie<E> {
    /** Receives each phrase found: its item and the indexes of its first and last token. */
    @FunctionalInterface
    interface Sink<E> {
        void found(E item, int first, int last);
    }

    private static final class Node<E> {
        private final Map<String, Node<E>> next = new HashMap<>(4);
        private final List<E> entries = new ArrayList<>(1);
        /** Tokens from the root. */
        private final int depth;
        /** The hash code of the form that leads from the root to this node's branch. */
        private final int firstHash;

        private Node(int depth, int firstHash) {
            this.depth = depth;
            this.firstHash = firstHash;
        }
    }

    private final Node<E> root = new Node<>(0, 0);
    /** The first forms of all phrases. */
    private final FormFilter firstForms = new FormFilter();
    /** The forms of one-token phrases. */
    private final FormFilter oneTokenPhrases = new FormFilter();
    /** The first two forms of longer phrases, by {@link #pairHash}. */
    private final FormFilter firstPairs = new FormFilter();

    void add(List<Set<String>> tokens, E entry) {
        insert(root, tokens, 0, entry);
    }

    private Node<E> child(Node<E> node, String form) {
        if (node == root) {
            firstForms.add(form);
        } else if (node.depth == 1) {
            firstPairs.addHash(pairHash(node.firstHash, form.hashCode()));
        }
        // interned like the forms the tagger hands over, so that a look-up finds its key by identity
        return node.next.computeIfAbsent(form.intern(),
                f -> new Node<>(node.depth + 1, node == root ? f.hashCode() : node.firstHash));
    }

    private static int pairHash(int first, int second) {
        return first * 0x9E3779B9 ^ second;
    }

    private void insert(Node<E> node, List<Set<String>> tokens, int position, E entry) {
        if (position == tokens.size()) {
            if (!node.entries.contains(entry)) {
                node.entries.add(entry);
            }
            if (node.depth == 1) {
                oneTokenPhrases.addHash(node.firstHash);
            }
            return;
        }
        for (String form : tokens.get(position)) {
            insert(child(node, form), tokens, position + 1, entry);
            if (form.length() > 1 && form.indexOf('-') >= 0) {
                Node<E> split = node;
                for (String part : hyphenParts(form)) {
                    split = child(split, part);
                }
                insert(split, tokens, position + 1, entry);
            }
            if (position + 1 < tokens.size()) {
                for (String clitic : tokens.get(position + 1)) {
                    if (isClitic(clitic)) {
                        insert(child(node, form + clitic), tokens, position + 2, entry);
                    }
                }
            }
        }
    }

    private static boolean isClitic(String form) {
        return form.length() > 1 && form.charAt(0) == '\'' || form.equals("n't");
    }

    /** "state-of-the-art" as "state", "-", "of", "-", "the", "-", "art". */
    private static List<String> hyphenParts(String form) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < form.length(); i++) {
            if (form.charAt(i) == '-') {
                if (i > start) {
                    parts.add(form.substring(start, i));
                }
                parts.add("-");
                start = i + 1;
            }
        }
        if (start < form.length()) {
            parts.add(form.substring(start));
        }
        return parts;
    }

    /**
     * Hands {@code sink} every entry whose phrase occurs in the sequence, by start, then by length.
     * Bit filters on the first form, and on the first two forms for longer phrases, turn most
     * tokens away before the trie is looked at.
     */
    void matchAll(TokenSequence tokens, Sink<? super E> sink) {
        for (int start = 0; start < tokens.size(); start++) {
            matchAt(tokens, start, sink);
        }
    }

    private void matchAt(TokenSequence tokens, int start, Sink<? super E> sink) {
        int first = tokens.formHash(start);
        if (!firstForms.mightContain(first) || !oneTokenPhrases.mightContain(first)
                && (start + 1 == tokens.size() || !firstPairs.mightContain(pairHash(first, tokens.formHash(start + 1))))) {
            return;
        }
        Node<E> node = root;
        for (int i = start; i < tokens.size(); i++) {
            node = node.next.get(tokens.form(i));
            if (node == null) {
                return;
            }
            for (int e = 0; e < node.entries.size(); e++) {
                sink.found(node.entries.get(e), start, i);
            }
        }
    }
}
