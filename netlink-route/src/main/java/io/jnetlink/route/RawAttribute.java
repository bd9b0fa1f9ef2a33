package io.jnetlink.route;

import io.jnetlink.core.message.AttributeCursor;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An attribute a record type does not decode, kept as the kernel sent it so nothing is lost:
 * its type (flags masked) and a copy of its value bytes.
 */
public record RawAttribute(int type, byte[] value) {
    /**
     * Copies the value bytes so the record stays immutable.
     *
     * @param type  the attribute type, flags masked
     * @param value the value bytes, copied; not null
     */
    public RawAttribute {
        value = value.clone();
    }

    /**
     * A copy of the current attribute of {@code cursor}.
     *
     * @param cursor positioned on an attribute; not null
     * @return a copy, independent of the buffer
     */
    public static RawAttribute of(AttributeCursor cursor) {
        return new RawAttribute(cursor.type(), cursor.bytes());
    }

    /** {@return a copy of the value bytes} */
    @Override
    public byte[] value() {
        return value.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawAttribute r && r.type == type && Arrays.equals(r.value, value);
    }

    @Override
    public int hashCode() {
        return type * 31 + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "RawAttribute[type=" + type + ", value=" + HexFormat.of().formatHex(value) + "]";
    }
}
