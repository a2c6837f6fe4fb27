package org.evident.annotators.lexicon;

import java.util.Set;

/**
 * A small set of token forms (a closed word class) whose test on a token first asks a
 * {@link FormFilter} with the hash code the sequence stores: most tokens are not members and are
 * turned away without their string being read.
 */
public final class FormSet {
    private final Set<String> forms;
    private final FormFilter filter;

    private FormSet(Set<String> forms) {
        this.forms = forms;
        this.filter = FormFilter.small(forms);
    }

    /** The set of the given (normalised) forms. */
    public static FormSet of(String... forms) {
        return new FormSet(Set.of(forms));
    }

    /** True when token {@code i} (which must exist) has one of the forms. */
    public boolean contains(TokenSequence tokens, int i) {
        return filter.mightContain(tokens.formHash(i)) && forms.contains(tokens.form(i));
    }

    /** True when the form is one of the set's. */
    public boolean contains(String form) {
        return forms.contains(form);
    }

    /** The forms. */
    public Set<String> forms() {
        return forms;
    }
}
