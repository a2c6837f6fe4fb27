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
 */
final class TokenTrie {
    private static final class Node {
        private final Map<String, Node> next = new HashMap<>(4);
        private final List<LexiconEntry> entries = new ArrayList<>(1);
    }

    private final Node root = new Node();
    private final FormFilter firstForms = new FormFilter();

    void add(List<Set<String>> tokens, LexiconEntry entry) {
        insert(root, tokens, 0, entry);
    }

    private Node child(Node node, String form) {
        if (node == root) {
            firstForms.add(form);
        }
        return node.next.computeIfAbsent(form, f -> new Node());
    }

    private void insert(Node node, List<Set<String>> tokens, int position, LexiconEntry entry) {
        if (position == tokens.size()) {
            if (!node.entries.contains(entry)) {
                node.entries.add(entry);
            }
            return;
        }
        for (String form : tokens.get(position)) {
            insert(child(node, form), tokens, position + 1, entry);
            if (form.length() > 1 && form.indexOf('-') >= 0) {
                Node split = node;
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

    /** Adds to {@code out} every entry whose phrase starts at token {@code start}. */
    void matchAt(TokenSequence tokens, int start, List<LexiconMatch> out) {
        if (!firstForms.mightContain(tokens.formHash(start))) {
            return;
        }
        Node node = root;
        for (int i = start; i < tokens.size(); i++) {
            node = node.next.get(tokens.form(i));
            if (node == null) {
                return;
            }
            for (int e = 0; e < node.entries.size(); e++) {
                out.add(new LexiconMatch(node.entries.get(e), start, i));
            }
        }
    }
}
