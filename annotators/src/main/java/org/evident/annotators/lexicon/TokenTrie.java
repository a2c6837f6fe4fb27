package org.evident.annotators.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A trie over normalised token forms: finds every entry starting at a token in time proportional
 * to the longest phrase, so matching a sentence is linear in its length. A phrase token with a
 * hyphen ("ill-conceived") is stored both as one token and as its parts split around "-" tokens
 * ("ill", "-", "conceived"), because tokenisers differ on hyphens; and a token followed by a clitic
 * ("'s", "'re", "'ve", "'ll", "'d", "'m", "n't") is also stored glued to it ("it 's" matches the
 * single token "it's", "everyone 's" matches "everyone's"), because tokenisers differ on clitics too.
 * Built with {@link #add}, then {@link #freeze frozen}: the frozen trie looks forms up by their
 * {@link FormIds number}, the root's children in an array indexed by it, so that a token that
 * starts no phrase costs one array read.
 */
final class TokenTrie<E> {
    /** Receives each phrase found: its item and the indexes of its first and last token. */
    @FunctionalInterface
    interface Sink<E> {
        void found(E item, int first, int last);
    }

    /** A node while the trie is built. */
    private static final class Node<E> {
        private final Map<String, Node<E>> next = new HashMap<>(4);
        private final List<E> entries = new ArrayList<>(1);
    }

    /** A node of the frozen trie: children by form number, in ascending order of number. */
    private static final class Frozen {
        private static final int[] NO_KEYS = new int[0];
        private static final Frozen[] NO_CHILDREN = new Frozen[0];

        private final Object[] entries;
        private int[] keys = NO_KEYS;
        private Frozen[] children = NO_CHILDREN;

        private Frozen(List<?> entries) {
            this.entries = entries.toArray();
        }

        private Frozen child(int id) {
            int k = Arrays.binarySearch(keys, id);
            return k < 0 ? null : children[k];
        }
    }

    private final Node<E> root = new Node<>();
    /** The frozen root's children, by form number; null until frozen. */
    private Frozen[] starts;
    /** How many forms the process had numbered when the trie was frozen: all of its forms. */
    private int numbered;

    void add(List<Set<String>> tokens, E entry) {
        if (starts != null) {
            throw new IllegalStateException("the trie is frozen");
        }
        insert(root, tokens, 0, entry);
    }

    private Node<E> child(Node<E> node, String form) {
        return node.next.computeIfAbsent(form, f -> new Node<>());
    }

    private void insert(Node<E> node, List<Set<String>> tokens, int position, E entry) {
        if (position == tokens.size()) {
            if (!node.entries.contains(entry)) {
                node.entries.add(entry);
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

    /** Ends building: numbers the trie's forms and makes the look-up structure. */
    void freeze() {
        Set<String> forms = new HashSet<>();
        collectForms(root, forms);
        FormIds.Numbered numbers = FormIds.register(forms);
        numbered = numbers.count();
        starts = new Frozen[numbered];
        root.next.forEach((form, child) -> starts[numbers.ids().get(form)] = frozen(child, numbers));
    }

    private static void collectForms(Node<?> node, Set<String> forms) {
        node.next.forEach((form, child) -> {
            forms.add(form);
            collectForms(child, forms);
        });
    }

    private static Frozen frozen(Node<?> node, FormIds.Numbered numbers) {
        Frozen frozen = new Frozen(node.entries);
        if (!node.next.isEmpty()) {
            TreeMap<Integer, Frozen> byId = new TreeMap<>();
            node.next.forEach((form, child) -> byId.put(numbers.ids().get(form), frozen(child, numbers)));
            frozen.keys = byId.keySet().stream().mapToInt(Integer::intValue).toArray();
            frozen.children = byId.values().toArray(Frozen[]::new);
        }
        return frozen;
    }

    /** Hands {@code sink} every entry whose phrase occurs in the sequence, by start, then by length. */
    @SuppressWarnings("unchecked")
    void matchAll(TokenSequence tokens, Sink<? super E> sink) {
        int[] ids = tokens.formIds(numbered);
        for (int start = 0; start < ids.length; start++) {
            int id = ids[start];
            Frozen node = id >= 0 && id < starts.length ? starts[id] : null;
            for (int i = start; node != null; node = ++i < ids.length ? node.child(ids[i]) : null) {
                for (Object entry : node.entries) {
                    sink.found((E) entry, start, i);
                }
            }
        }
    }
}
