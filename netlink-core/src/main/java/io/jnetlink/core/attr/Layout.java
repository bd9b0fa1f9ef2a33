package io.jnetlink.core.attr;

import java.util.Arrays;

/**
 * Where each present value of an {@link AttributeValues} sits in its compact arrays: per int row
 * and per reference row, the index in the int or the reference array, -1 when absent. Records
 * decoded from similar messages (a dump's links) have the same attributes present, so they share
 * one layout and each keeps only the values it has.
 */
final class Layout {
    final short[] intPos;
    final short[] refPos;
    final int intCount;
    final int refCount;

    Layout(short[] intPos, short[] refPos, int intCount, int refCount) {
        this.intPos = intPos;
        this.refPos = refPos;
        this.intCount = intCount;
        this.refCount = refCount;
    }

    /** The layout of values with nothing present. */
    static Layout empty(int intRows, int refRows) {
        short[] ints = new short[intRows];
        short[] refs = new short[refRows];
        Arrays.fill(ints, (short) -1);
        Arrays.fill(refs, (short) -1);
        return new Layout(ints, refs, 0, 0);
    }

    boolean sameAs(short[] ints, short[] refs) {
        return Arrays.equals(intPos, ints) && Arrays.equals(refPos, refs);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Layout l && l.sameAs(intPos, refPos);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(intPos) * 31 + Arrays.hashCode(refPos);
    }
}
