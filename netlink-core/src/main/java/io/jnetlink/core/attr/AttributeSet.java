package io.jnetlink.core.attr;

import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.MessageWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A kernel attribute space ({@code IFLA_BR_*}, {@code RTA_*}, ...) as a table of {@link Attribute}
 * rows, each declared once; decoding a nested set into {@link AttributeValues}, encoding values
 * into a request, and printing them as iproute2 does all walk these rows. Attributes the table does
 * not name are kept raw ({@link AttributeValues#unknown()}), so nothing received is lost.
 *
 * <p>Rows are declared in the order iproute2 prints them, which {@link #attributes()} keeps;
 * requests carry attributes in the order they were set, values received from the kernel in
 * ascending type order ({@link #encode}). A set is filled while its class initialises
 * (the constants of one class) and is read-only once it has been used.
 */
public final class AttributeSet {
    private final String name;
    private final List<Attribute<?>> rows = new ArrayList<>();
    private int intRows;
    private int refRows;
    private Attribute<?>[] byType = new Attribute<?>[0];
    private boolean[] ignored = new boolean[0];
    private volatile Attribute<?>[] writeOrder;
    private List<Attribute<?>> rowList; // the rows, frozen with writeOrder

    /**
     * An empty set.
     *
     * @param name the kernel's prefix for the set, such as {@code IFLA_BR}
     */
    public AttributeSet(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * Declares a row.
     *
     * @param <T>       the Java type of the value
     * @param type      the attribute's number
     * @param name      the kernel's name, such as {@code IFLA_BR_FORWARD_DELAY}
     * @param valueType the wire type
     * @param access    whether requests may set it
     * @param unit      the unit of the value
     * @param display   how iproute2 prints it
     * @return the row, to be kept as a constant
     * @throws IllegalStateException when the set is already in use or {@code type} is taken
     */
    public synchronized <T> Attribute<T> add(int type, String name, ValueType<T> valueType, Access access, Unit unit,
            Display display) {
        if (writeOrder != null) {
            throw new IllegalStateException(this.name + " is in use; rows are declared before");
        }
        if (type <= 0 || type > 0x3fff) {
            throw new IllegalArgumentException("attribute type " + type + " out of range");
        }
        if (type < byType.length && (byType[type] != null || ignored[type])) {
            throw new IllegalStateException(this.name + ": type " + type + " declared twice");
        }
        int slot = valueType instanceof ValueType.IntType ? intRows++ : refRows++;
        Attribute<T> row = new Attribute<>(this, rows.size(), slot, type, name,
                Objects.requireNonNull(valueType, "valueType"), Objects.requireNonNull(access, "access"),
                Objects.requireNonNull(unit, "unit"), Objects.requireNonNull(display, "display"));
        rows.add(row);
        grow(type);
        byType[type] = row;
        return row;
    }

    /**
     * Declares a type that carries nothing and is skipped on decoding (the {@code *_PAD} attributes
     * that align 64-bit values).
     *
     * @param type the attribute's number
     */
    public synchronized void ignore(int type) {
        grow(type);
        ignored[type] = true;
    }

    private void grow(int type) {
        if (type >= byType.length) {
            byType = Arrays.copyOf(byType, type + 1);
            ignored = Arrays.copyOf(ignored, type + 1);
        }
    }

    /** {@return the kernel's prefix for the set, such as {@code IFLA_BR}} */
    public String name() {
        return name;
    }

    /** {@return the rows in declaration order (iproute2's print order)} */
    public List<Attribute<?>> attributes() {
        seal();
        return rowList;
    }

    /**
     * The row of type number {@code type}.
     *
     * @param type an attribute number
     * @return the row, or null when the set does not name it
     */
    public Attribute<?> byType(int type) {
        seal();
        return type >= 0 && type < byType.length ? byType[type] : null;
    }

    int intRows() {
        return intRows;
    }

    int refRows() {
        return refRows;
    }

    /** Scratch space of one decode: the values found so far and where they go. */
    private static final class Scratch {
        final int[] ints;
        final Object[] refs;
        final short[] intPos;
        final short[] refPos;
        Layout last; // the layout the previous decode made, shared while the next one matches
        boolean busy;

        Scratch(int intRows, int refRows) {
            ints = new int[intRows];
            refs = new Object[refRows];
            intPos = new short[intRows];
            refPos = new short[refRows];
            java.util.Arrays.fill(intPos, (short) -1);
            java.util.Arrays.fill(refPos, (short) -1);
        }
    }

    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(() -> new Scratch(intRows, refRows));

    /**
     * Decodes the attributes under {@code cursor} (the members of one nested attribute); those the
     * table does not name are kept raw.
     *
     * @param cursor a cursor positioned before the first member
     * @return the values; unnamed attributes, and those their {@link ValueType} declines, kept raw
     * @throws io.jnetlink.core.NetlinkParseException when the bytes are malformed
     */
    public AttributeValues decode(AttributeCursor cursor) {
        return decode(cursor, new RawAttributesBuilder());
    }

    /**
     * Decodes the attributes under {@code cursor}, handing those the table does not name to
     * {@code unknown}.
     *
     * @param cursor  a cursor positioned before the first member
     * @param unknown keeps the unnamed attributes; its {@link RawSink#build()} becomes
     *                {@link AttributeValues#unknown()}
     * @return the values
     * @throws io.jnetlink.core.NetlinkParseException when the bytes are malformed
     */
    public AttributeValues decode(AttributeCursor cursor, RawSink unknown) {
        seal();
        Scratch own = scratch.get();
        // A value type may decode a nested set of this same set (a veth's peer): it gets scratch of its own.
        Scratch s = own.busy ? new Scratch(intRows, refRows) : own;
        s.busy = true;
        int ints = 0;
        int refs = 0;
        try {
            Attribute<?>[] table = byType;
            boolean[] skip = ignored;
            while (cursor.next()) {
                int type = cursor.type();
                Attribute<?> row = type < table.length ? table[type] : null;
                if (row == null) {
                    if (type >= skip.length || !skip[type]) {
                        unknown.add(cursor);
                    }
                } else if (row.valueType() instanceof ValueType.IntType t) {
                    int slot = row.slot();
                    if (s.intPos[slot] < 0) {
                        s.intPos[slot] = (short) ints++;
                    }
                    s.ints[s.intPos[slot]] = t.decodeInt(cursor);
                } else {
                    Object value = row.valueType().decode(cursor);
                    if (value == null) {
                        // In a form its row does not read (an RTA_VIA of a non-IP family): kept raw.
                        unknown.add(cursor);
                        continue;
                    }
                    int slot = row.slot();
                    if (s.refPos[slot] < 0) {
                        s.refPos[slot] = (short) refs++;
                    }
                    s.refs[s.refPos[slot]] = value;
                }
            }
            Layout layout = s.last;
            if (layout == null || !layout.sameAs(s.intPos, s.refPos)) {
                layout = new Layout(s.intPos.clone(), s.refPos.clone(), ints, refs);
                s.last = layout;
            }
            return new AttributeValues(this, layout, java.util.Arrays.copyOf(s.ints, ints),
                    java.util.Arrays.copyOf(s.refs, refs), unknown.build());
        } finally {
            java.util.Arrays.fill(s.intPos, (short) -1);
            java.util.Arrays.fill(s.refPos, (short) -1);
            java.util.Arrays.fill(s.refs, 0, refs, null);
            s.busy = false;
        }
    }

    /**
     * Writes the writable attributes that {@code values} holds: in the order a request set them
     * (so a request can match byte for byte what a tool sends for the same command line), and
     * values that were received in ascending type order.
     *
     * @param values the values, of this set
     * @param writer where the attributes go
     */
    public void encode(AttributeValues values, MessageWriter writer) {
        if (values.set() != this) {
            throw new IllegalArgumentException(values.set().name() + " values given to " + name);
        }
        Attribute<?>[] ascending = seal();
        short[] order = values.setOrder();
        if (order != null) {
            for (short index : order) {
                values.write(rowList.get(index), writer);
            }
            return;
        }
        for (Attribute<?> row : ascending) {
            values.write(row, writer);
        }
    }

    /** {@return the empty values of this set} */
    public AttributeValues empty() {
        seal();
        return new AttributeValues(this, Layout.empty(intRows, refRows), new int[0], new Object[0], RawAttributes.EMPTY);
    }

    /** Freezes the rows on first use; returns the writable ones in type order. */
    private Attribute<?>[] seal() {
        Attribute<?>[] order = writeOrder;
        if (order == null) {
            synchronized (this) {
                if (writeOrder == null) {
                    rowList = List.copyOf(rows);
                    writeOrder = rows.stream().filter(r -> r.access().writable())
                            .sorted(Comparator.comparingInt(Attribute::type)).toArray(Attribute<?>[]::new);
                }
                order = writeOrder;
            }
        }
        return order;
    }

    /** {@return the set's name} */
    @Override
    public String toString() {
        return name;
    }
}
