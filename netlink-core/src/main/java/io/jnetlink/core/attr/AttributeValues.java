package io.jnetlink.core.attr;

import io.jnetlink.core.message.MessageWriter;
import java.util.Arrays;
import java.util.StringJoiner;
import java.util.function.BiConsumer;

/**
 * The values of one {@link AttributeSet} as received or as a request sets them: a value per
 * declared {@link Attribute} (absent when the kernel did not send it or the request did not set
 * it) and the attributes the set does not name, kept raw. Immutable. Values of 32 bits or fewer
 * are kept as {@code int}s ({@link #getInt} reads them without boxing). Typed records
 * ({@code BridgeData}, ...) wrap one and read it through their set's constants;
 * {@link #forEach} walks the present values in the set's (iproute2's) order.
 */
public final class AttributeValues {
    private final AttributeSet set;
    /** A value per int row, then a presence bit per int row. */
    private final int[] ints;
    private final Object[] refs;
    private final RawAttributes unknown;

    AttributeValues(AttributeSet set, int[] ints, Object[] refs, RawAttributes unknown) {
        this.set = set;
        this.ints = ints;
        this.refs = refs;
        this.unknown = unknown;
    }

    /** {@return the set the values belong to} */
    public AttributeSet set() {
        return set;
    }

    /**
     * The value of {@code attribute}.
     *
     * @param <T>       the value's type
     * @param attribute a row of this set
     * @return the value, or null when absent
     * @throws IllegalArgumentException when the attribute is of another set
     */
    public <T> T get(Attribute<T> attribute) {
        int slot = check(attribute);
        if (attribute.intValued()) {
            return present(slot) ? attribute.valueType().javaType().cast(ints[slot]) : null;
        }
        return attribute.valueType().javaType().cast(refs[slot]);
    }

    /**
     * The value of an attribute of 32 bits or fewer, without boxing.
     *
     * @param attribute a row of this set whose type is a {@link ValueType.IntType}
     * @param absent    what to return when the attribute is absent
     * @return the value (its 32 bits), or {@code absent}
     * @throws IllegalArgumentException when the attribute is of another set or not int-valued
     */
    public int getInt(Attribute<Integer> attribute, int absent) {
        int slot = check(attribute);
        if (!attribute.intValued()) {
            throw new IllegalArgumentException(attribute + " is not kept as an int");
        }
        return present(slot) ? ints[slot] : absent;
    }

    /**
     * Whether {@code attribute} is present.
     *
     * @param attribute a row of this set
     * @return true when it has a value
     */
    public boolean has(Attribute<?> attribute) {
        int slot = check(attribute);
        return attribute.intValued() ? present(slot) : refs[slot] != null;
    }

    /** {@return the attributes the set does not name, as received (empty in requests)} */
    public RawAttributes unknown() {
        return unknown;
    }

    /**
     * A copy with {@code attribute} set to {@code value}: how requests are built.
     *
     * @param <T>       the value's type
     * @param attribute a writable row of this set
     * @param value     the value; null removes it
     * @return the copy
     * @throws IllegalArgumentException when the attribute is read-only or of another set
     */
    public <T> AttributeValues with(Attribute<T> attribute, T value) {
        int slot = check(attribute);
        if (!attribute.access().writable()) {
            throw new IllegalArgumentException(attribute + " is read-only: the kernel reports it, a request cannot set it");
        }
        T checked = attribute.valueType().javaType().cast(value);
        if (attribute.intValued()) {
            int[] copy = ints.clone();
            int word = set.intRows() + (slot >>> 5);
            copy[slot] = checked == null ? 0 : (Integer) checked; // absent values are 0, so equals holds
            copy[word] = checked == null ? copy[word] & ~(1 << slot) : copy[word] | 1 << slot;
            return new AttributeValues(set, copy, refs, unknown);
        }
        Object[] copy = refs.clone();
        copy[slot] = checked;
        return new AttributeValues(set, ints, copy, unknown);
    }

    /**
     * Calls {@code action} with each present value, in the set's declaration order.
     *
     * @param action takes the row and its value
     */
    public void forEach(BiConsumer<Attribute<?>, Object> action) {
        for (Attribute<?> row : set.attributes()) {
            Object value = get(row);
            if (value != null) {
                action.accept(row, value);
            }
        }
    }

    /**
     * Writes the writable values, in ascending type order (read-only ones are left out).
     *
     * @param writer where the attributes go
     */
    public void encode(MessageWriter writer) {
        set.encode(this, writer);
    }

    private boolean present(int slot) {
        return (ints[set.intRows() + (slot >>> 5)] & (1 << slot)) != 0;
    }

    private int check(Attribute<?> attribute) {
        if (attribute.set() != set) {
            throw new IllegalArgumentException(attribute + " is not in " + set.name());
        }
        return attribute.slot();
    }

    /** Equal when of the same set with equal values and equal unknown attributes. */
    @Override
    public boolean equals(Object o) {
        return o instanceof AttributeValues v && v.set == set && Arrays.equals(v.ints, ints)
                && Arrays.deepEquals(v.refs, refs) && v.unknown.equals(unknown);
    }

    @Override
    public int hashCode() {
        return (Arrays.hashCode(ints) * 31 + Arrays.deepHashCode(refs)) * 31 + unknown.hashCode();
    }

    /** {@return the present values as {@code NAME=value}, then the unknown attributes} */
    @Override
    public String toString() {
        StringJoiner out = new StringJoiner(", ", set.name() + "[", "]");
        forEach((row, value) -> out.add(row.name() + "=" + (value instanceof byte[] b ? Arrays.toString(b) : value)));
        if (!unknown.isEmpty()) {
            out.add("unknown=" + unknown);
        }
        return out.toString();
    }
}
