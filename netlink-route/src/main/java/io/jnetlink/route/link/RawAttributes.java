package io.jnetlink.route.link;

import io.jnetlink.core.message.AttributeCursor;
import io.netty.buffer.Unpooled;
import java.util.Arrays;

/**
 * Netlink attributes kept as the kernel sent them (header, value and padding) because no field
 * of a record types them, so nothing in a message is lost. Immutable.
 */
public final class RawAttributes {
    /** No attributes. */
    public static final RawAttributes EMPTY = new RawAttributes(new byte[0]);

    private final byte[] bytes;

    private RawAttributes(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * Attributes holding a copy of {@code bytes}, which must be a run of netlink attributes.
     *
     * @param bytes the attribute bytes; not null
     * @return the attributes
     */
    public static RawAttributes of(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new RawAttributes(bytes.clone());
    }

    /** Takes ownership of {@code bytes} without copying. */
    static RawAttributes wrap(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new RawAttributes(bytes);
    }

    /** {@return a copy of the bytes} */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    /** {@return true when no attribute was kept} */
    public boolean isEmpty() {
        return bytes.length == 0;
    }

    /** {@return a new cursor over the attributes, before the first} */
    public AttributeCursor cursor() {
        return new AttributeCursor().wrap(Unpooled.wrappedBuffer(bytes), 0, bytes.length);
    }

    /**
     * True when an attribute of {@code type} is among them.
     *
     * @param type an attribute type
     * @return true when present
     */
    public boolean contains(int type) {
        AttributeCursor a = cursor();
        while (a.next()) {
            if (a.type() == type) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawAttributes r && Arrays.equals(bytes, r.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "RawAttributes[" + bytes.length + " bytes]";
    }
}
