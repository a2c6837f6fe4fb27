package org.evident.annotators.attribution;

/**
 * A quotation: from its opening mark to its closing mark, both included.
 *
 * @param begin offset of the opening mark
 * @param end   offset after the closing mark
 */
record Quote(int begin, int end) {

    /** True when {@code [b, e)} lies inside the quotation marks. */
    boolean surrounds(int b, int e) {
        return begin < b && e < end;
    }

    /** True when the quotation lies within {@code [b, e)}. */
    boolean within(int b, int e) {
        return begin >= b && end <= e;
    }
}
