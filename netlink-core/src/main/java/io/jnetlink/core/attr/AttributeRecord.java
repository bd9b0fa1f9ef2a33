package io.jnetlink.core.attr;

/**
 * A typed record over the {@link AttributeValues} of one set (a bridge's options, a VXLAN
 * device's): values are read with the set's {@link Attribute} constants and changed by copies, so
 * that every record kind reads and builds the same way.
 *
 * @param <R> the record type itself
 */
public interface AttributeRecord<R extends AttributeRecord<R>> {
    /** {@return the values the record holds} */
    AttributeValues values();

    /**
     * A record of the same kind holding {@code values}.
     *
     * @param values values of this record's set
     * @return the new record
     */
    R withValues(AttributeValues values);

    /**
     * The value of {@code attribute}.
     *
     * @param <T>       the value's type
     * @param attribute a constant of this record's set
     * @return the value, or null when absent
     */
    default <T> T get(Attribute<T> attribute) {
        return values().get(attribute);
    }

    /**
     * A copy with {@code attribute} set: how requests are built.
     *
     * @param <T>       the value's type
     * @param attribute a writable constant of this record's set
     * @param value     the value; null removes it
     * @return the copy
     * @throws IllegalArgumentException when the attribute is read-only or of another set
     */
    default <T> R with(Attribute<T> attribute, T value) {
        return withValues(values().with(attribute, value));
    }
}
