package io.jnetlink.core.attr;

/**
 * A record read from the kernel that holds one set's {@link AttributeValues} beside a fixed header
 * of its own ({@code ifaddrmsg}, {@code ndmsg}, ...): its attributes are read with the set's
 * constants, {@code address.get(AddressAttributes.LABEL)}, and those the set does not name are
 * kept in {@link #unknown()}. Unlike an {@link AttributeRecord} it is not the request that
 * changes it; requests are types of their own.
 */
public interface AttributeHolder {
    /** {@return the values the record holds} */
    AttributeValues values();

    /**
     * The value of {@code attribute}.
     *
     * @param <T>       the value's type
     * @param attribute a constant of this record's set
     * @return the value, or null when the kernel did not send it
     * @throws IllegalArgumentException when the attribute is of another set
     */
    default <T> T get(Attribute<T> attribute) {
        return values().get(attribute);
    }

    /**
     * The value of an attribute of 32 bits or fewer, unboxed.
     *
     * @param attribute a constant of this record's set whose type is a {@link ValueType.IntType}
     * @param absent    what to return when the kernel did not send it
     * @return the value (its 32 bits), or {@code absent}
     * @throws IllegalArgumentException when the attribute is of another set or not int-valued
     */
    default int getInt(Attribute<Integer> attribute, int absent) {
        return values().getInt(attribute, absent);
    }

    /** {@return the attributes the record's set does not name, as received} */
    default RawAttributes unknown() {
        return values().unknown();
    }
}
