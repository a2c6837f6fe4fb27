package org.evident.exporters.write;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Values computed once per XML name and found first by the name's identity. UIMA's
 * {@code XmiCasSerializer} passes the same string for every element of a type and every attribute
 * of a feature, so a slot compared by reference answers almost every look-up without hashing or
 * comparing characters; other strings with those characters are found by equality. Not thread-safe.
 *
 * @param <V> what is computed from a name
 */
final class NameCache<V> {
    private static final int SLOTS = 128;

    private final String[] names = new String[SLOTS];
    private final Object[] values = new Object[SLOTS];
    private final Map<String, V> byName = new HashMap<>();
    private final Function<String, V> compute;

    /** @param compute the value of a name, called once per distinct name */
    NameCache(Function<String, V> compute) {
        this.compute = compute;
    }

    @SuppressWarnings("unchecked")
    V get(String name) {
        int slot = name.hashCode() & (SLOTS - 1);
        if (names[slot] == name) {
            return (V) values[slot];
        }
        V value = byName.computeIfAbsent(name, compute);
        names[slot] = name;
        values[slot] = value;
        return value;
    }
}
