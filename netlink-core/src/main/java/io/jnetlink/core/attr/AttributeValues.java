package io.jnetlink.core.attr;

import io.jnetlink.core.message.MessageWriter;
import java.util.Arrays;
import java.util.StringJoiner;
import java.util.function.BiConsumer;

/**
 * The values of one {@link AttributeSet} as received or as a request sets them: a value per
 * declared {@link Attribute} (null when absent) and the attributes the set does not name, kept raw.
 * Immutable. Typed records ({@code BridgeData}, ...) wrap one and read it through their set's
 * constants; {@link #forEach} walks the present values in the set's (iproute2's) order.
 */
public final class AttributeValues {
    private final AttributeSet set;
    private final Object[] values;
    private final RawAttributes unknown;

    AttributeValues(AttributeSet set, Object[] values, RawAttributes unknown) {
        this.set = set;
        this.values = values;
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
        return attribute.valueType().javaType().cast(values[check(attribute)]);
    }

    /**
     * Whether {@code attribute} is present.
     *
     * @param attribute a row of this set
     * @return true when it has a value
     */
    public boolean has(Attribute<?> attribute) {
        return values[check(attribute)] != null;
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
        Object[] copy = values.clone();
        copy[slot] = attribute.valueType().javaType().cast(value);
        return new AttributeValues(set, copy, unknown);
    }

    /**
     * Calls {@code action} with each present value, in the set's declaration order.
     *
     * @param action takes the row and its value
     */
    public void forEach(BiConsumer<Attribute<?>, Object> action) {
        for (Attribute<?> row : set.attributes()) {
            Object value = values[row.slot()];
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

    /**
     * Writes the value of one writable row when it is present: for a request that must send its
     * attributes in the order a tool does ({@code ip addr add}, {@code bridge fdb add}) rather
     * than in type order. A read-only row writes nothing, as in {@link #encode(MessageWriter)}.
     *
     * @param row    a row of this set
     * @param writer where the attribute goes
     * @throws IllegalArgumentException when the row is of another set
     */
    public void encode(Attribute<?> row, MessageWriter writer) {
        check(row);
        if (row.access().writable()) {
            write(row, writer);
        }
    }

    /** Writes the row's value when present; the caller has checked the row's set. */
    <T> void write(Attribute<T> row, MessageWriter writer) {
        T value = get(row);
        if (value != null) {
            row.valueType().encode(writer, row.type(), value);
        }
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
        return o instanceof AttributeValues v && v.set == set && Arrays.deepEquals(v.values, values)
                && v.unknown.equals(unknown);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(values) * 31 + unknown.hashCode();
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
