package org.evident.annotators.lexicon;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers every token form that some lexicon's phrases contain, for all lexicons of the process
 * together, so that a sentence's forms are looked up once (see {@link TokenSequence#formIds}) and
 * each lexicon then finds the phrases starting at a token by indexing an array with its number.
 * Forms that no lexicon holds have no number ({@link #NONE}). Numbers are only ever added; a
 * sentence numbered before a lexicon added forms is numbered again when that lexicon asks.
 */
final class FormIds {
    /** The number of a form that no lexicon holds. */
    static final int NONE = -1;

    /** Replaced, never changed, when forms are added, so that readers need no lock. */
    private static volatile Map<String, Integer> ids = Map.of();
    /** The numbered forms, replaced with {@link #ids}: turns most tokens away without touching the map. */
    private static volatile FormFilter filter = FormFilter.small(List.of());

    private FormIds() {
    }

    /**
     * Numbers the forms that have none yet.
     *
     * @return the numbers of the forms, and how many forms are numbered now (each of them is below)
     */
    static synchronized Numbered register(Collection<String> forms) {
        Map<String, Integer> grown = new HashMap<>(ids);
        Map<String, Integer> numbers = new HashMap<>();
        for (String form : forms) {
            Integer id = grown.get(form);
            if (id == null) {
                id = grown.size();
                // interned like the forms the tagger hands over, so that a look-up finds its key by identity
                grown.put(form.intern(), id);
            }
            numbers.put(form, id);
        }
        filter = FormFilter.small(grown.keySet());
        ids = grown;
        return new Numbered(numbers, null, grown.size());
    }

    /**
     * Forms' numbers.
     *
     * @param ids    the number of each form
     * @param filter a filter holding at least the forms of {@code ids}; null in a registration's answer
     * @param count  how many forms the process had numbered then
     */
    record Numbered(Map<String, Integer> ids, FormFilter filter, int count) {
    }

    /** The numbers of all forms, and how many forms were numbered at the time. */
    static Numbered now() {
        Map<String, Integer> known = ids;
        // read after the map, which is written after it: holds all of the map's forms, perhaps more
        return new Numbered(known, filter, known.size());
    }

    /** The number of each form by {@code numbering}, or {@link #NONE}. */
    static int[] of(String[] forms, int[] hashes, Numbered numbering) {
        Map<String, Integer> known = numbering.ids();
        FormFilter knownFilter = numbering.filter();
        int[] numbers = new int[forms.length];
        for (int i = 0; i < forms.length; i++) {
            Integer id = knownFilter.mightContain(hashes[i]) ? known.get(forms[i]) : null;
            numbers[i] = id == null ? NONE : id;
        }
        return numbers;
    }
}
