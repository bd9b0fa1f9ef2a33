package io.jnetlink.core.attr;

/**
 * One row of an {@link AttributeSet}: an attribute's number, the kernel's name for it, its wire
 * type, which way it travels, its unit and how iproute2 prints it. Declared once, as a constant,
 * and used as the key that reads its value out of {@link AttributeValues}, that sets it in a
 * request, and that a printer formats it by.
 *
 * @param <T> the Java type of the value
 */
public final class Attribute<T> {
    private final AttributeSet set;
    private final int slot;
    private final int index;
    private final int type;
    private final String name;
    private final ValueType<T> valueType;
    private final Access access;
    private final Unit unit;
    private final Display display;

    Attribute(AttributeSet set, int index, int slot, int type, String name, ValueType<T> valueType, Access access, Unit unit,
            Display display) {
        this.set = set;
        this.index = index;
        this.slot = slot;
        this.type = type;
        this.name = name;
        this.valueType = valueType;
        this.access = access;
        this.unit = unit;
        this.display = display;
    }

    /** {@return the set this attribute belongs to} */
    public AttributeSet set() {
        return set;
    }

    /** {@return the attribute's type number ({@code nla_type})} */
    public int type() {
        return type;
    }

    /** {@return the kernel's name, such as {@code IFLA_BR_FORWARD_DELAY}} */
    public String name() {
        return name;
    }

    /** {@return how the value is encoded and the Java type it is read as} */
    public ValueType<T> valueType() {
        return valueType;
    }

    /** {@return whether a request may set the attribute} */
    public Access access() {
        return access;
    }

    /** {@return the unit of the value} */
    public Unit unit() {
        return unit;
    }

    /** {@return how iproute2 names and writes the attribute} */
    public Display display() {
        return display;
    }

    /** Position of the value in its lane of {@link AttributeValues} ({@link #intValued()}: the int lane). */
    int slot() {
        return slot;
    }

    /** Position of the row in its set's declaration order. */
    int index() {
        return index;
    }

    /** True when the value is kept as an {@code int} ({@link ValueType.IntType}). */
    boolean intValued() {
        return valueType instanceof ValueType.IntType;
    }

    /** {@return the kernel's name} */
    @Override
    public String toString() {
        return name;
    }
}
