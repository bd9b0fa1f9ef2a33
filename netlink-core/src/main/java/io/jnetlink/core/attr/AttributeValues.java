package io.jnetlink.core.attr;

import io.jnetlink.core.message.MessageWriter;
import java.util.Arrays;
import java.util.Objects;
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
    /** Where each present value sits in {@link #ints} or {@link #refs}; shared between similar records. */
    private final Layout layout;
    private final int[] ints;
    private final Object[] refs;
    private final RawAttributes unknown;
    /** Row indexes in the order a request set them; null for values received from the kernel. */
    private final short[] setOrder;

    AttributeValues(AttributeSet set, Layout layout, int[] ints, Object[] refs, RawAttributes unknown) {
        this(set, layout, ints, refs, unknown, null);
    }

    private AttributeValues(AttributeSet set, Layout layout, int[] ints, Object[] refs, RawAttributes unknown,
            short[] setOrder) {
        this.set = set;
        this.layout = layout;
        this.ints = ints;
        this.refs = refs;
        this.unknown = unknown;
        this.setOrder = setOrder;
    }

    /** The order in which {@link #with} set the values, or null when received. */
    short[] setOrder() {
        return setOrder;
    }

    private short[] orderWith(Attribute<?> attribute, boolean present) {
        short index = (short) attribute.index();
        short[] order = setOrder == null ? new short[0] : setOrder;
        int at = 0;
        while (at < order.length && order[at] != index) {
            at++;
        }
        if (present) {
            if (at < order.length) {
                return order; // set again: it keeps its place
            }
            short[] longer = Arrays.copyOf(order, order.length + 1);
            longer[order.length] = index;
            return longer;
        }
        if (at == order.length) {
            return order;
        }
        short[] shorter = new short[order.length - 1];
        System.arraycopy(order, 0, shorter, 0, at);
        System.arraycopy(order, at + 1, shorter, at, order.length - at - 1);
        return shorter;
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
            int at = layout.intPos[slot];
            return at < 0 ? null : attribute.valueType().javaType().cast(ints[at]);
        }
        int at = layout.refPos[slot];
        return at < 0 ? null : attribute.valueType().javaType().cast(refs[at]);
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
        int at = layout.intPos[slot];
        return at < 0 ? absent : ints[at];
    }

    /**
     * Whether {@code attribute} is present.
     *
     * @param attribute a row of this set
     * @return true when it has a value
     */
    public boolean has(Attribute<?> attribute) {
        int slot = check(attribute);
        return (attribute.intValued() ? layout.intPos[slot] : layout.refPos[slot]) >= 0;
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
     * @throws IllegalArgumentException when the attribute is read-only or of another set, or the
     *                                  value is one the kernel could not take ({@link ValueType#check})
     */
    public <T> AttributeValues with(Attribute<T> attribute, T value) {
        int slot = check(attribute);
        if (!attribute.access().writable()) {
            throw new IllegalArgumentException(attribute + " is read-only: the kernel reports it, a request cannot set it");
        }
        T checked = attribute.valueType().javaType().cast(value);
        if (checked != null) {
            checked = attribute.valueType().check(attribute, checked);
        }
        // Requests are small and built once: spread the values out, change one, pack them again.
        int[] allInts = new int[set.intRows()];
        Object[] allRefs = new Object[set.refRows()];
        boolean[] intPresent = new boolean[set.intRows()];
        for (int i = 0; i < allInts.length; i++) {
            if (layout.intPos[i] >= 0) {
                allInts[i] = ints[layout.intPos[i]];
                intPresent[i] = true;
            }
        }
        for (int i = 0; i < allRefs.length; i++) {
            allRefs[i] = layout.refPos[i] < 0 ? null : refs[layout.refPos[i]];
        }
        if (attribute.intValued()) {
            intPresent[slot] = checked != null;
            allInts[slot] = checked == null ? 0 : (Integer) checked;
        } else {
            allRefs[slot] = checked;
        }
        short[] intPos = new short[allInts.length];
        short[] refPos = new short[allRefs.length];
        int[] packedInts = new int[allInts.length];
        Object[] packedRefs = new Object[allRefs.length];
        int ni = 0;
        int nr = 0;
        for (int i = 0; i < allInts.length; i++) {
            intPos[i] = intPresent[i] ? (short) ni : -1;
            if (intPresent[i]) {
                packedInts[ni++] = allInts[i];
            }
        }
        for (int i = 0; i < allRefs.length; i++) {
            refPos[i] = allRefs[i] != null ? (short) nr : -1;
            if (allRefs[i] != null) {
                packedRefs[nr++] = allRefs[i];
            }
        }
        return new AttributeValues(set, new Layout(intPos, refPos, ni, nr), java.util.Arrays.copyOf(packedInts, ni),
                java.util.Arrays.copyOf(packedRefs, nr), unknown, orderWith(attribute, checked != null));
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
     * Writes the writable values (read-only ones are left out): in the order {@link #with} set
     * them, or, for values received from the kernel, in ascending type order.
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
        if (!(o instanceof AttributeValues v) || v.set != set || !v.unknown.equals(unknown)) {
            return false;
        }
        for (int slot = 0; slot < layout.intPos.length; slot++) {
            int a = layout.intPos[slot];
            int b = v.layout.intPos[slot];
            if ((a < 0) != (b < 0) || a >= 0 && ints[a] != v.ints[b]) {
                return false;
            }
        }
        for (int slot = 0; slot < layout.refPos.length; slot++) {
            int a = layout.refPos[slot];
            int b = v.layout.refPos[slot];
            if ((a < 0) != (b < 0) || a >= 0 && !Objects.deepEquals(refs[a], v.refs[b])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = unknown.hashCode();
        for (int slot = 0; slot < layout.intPos.length; slot++) {
            hash = hash * 31 + (layout.intPos[slot] < 0 ? -1 : ints[layout.intPos[slot]]);
        }
        for (int slot = 0; slot < layout.refPos.length; slot++) {
            Object value = layout.refPos[slot] < 0 ? null : refs[layout.refPos[slot]];
            hash = hash * 31 + (value instanceof byte[] bytes ? Arrays.hashCode(bytes) : Objects.hashCode(value));
        }
        return hash;
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
