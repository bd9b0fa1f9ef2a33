package io.jnetlink.core.attr;

import io.jnetlink.core.message.AttributeCursor;
import io.netty.buffer.Unpooled;
import java.util.Arrays;

/**
 * Netlink attributes kept as the kernel sent them (header, value and padding) because no field
 * of a record types them, so nothing in a message is lost. Immutable.
 *
 * <p>The bytes may be held in several arrays, some of them shared with other instances: a link
 * dump decoded into records shares a large value (a per-device configuration array inside
 * {@code IFLA_AF_SPEC}, say) between consecutive links that report the same bytes. Equality,
 * hash code and every reader see only the concatenated bytes.
 */
public final class RawAttributes {
    /** No attributes. */
    public static final RawAttributes EMPTY = new RawAttributes(new byte[0][], 0);

    /** Concatenated, the attributes; never modified, possibly shared with other instances. */
    private final byte[][] segments;
    private final int length;

    private RawAttributes(byte[][] segments, int length) {
        this.segments = segments;
        this.length = length;
    }

    /**
     * Attributes holding a copy of {@code bytes}, which must be a run of netlink attributes.
     *
     * @param bytes the attribute bytes; not null
     * @return the attributes
     */
    public static RawAttributes of(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new RawAttributes(new byte[][] {bytes.clone()}, bytes.length);
    }

    /**
     * Attributes over {@code bytes} without a copy: the caller hands the array over and never
     * modifies it again (the decoders use this for bytes they have just copied out of a message).
     *
     * @param bytes a run of netlink attributes; not null
     * @return the attributes
     */
    public static RawAttributes wrap(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new RawAttributes(new byte[][] {bytes}, bytes.length);
    }

    /**
     * Takes ownership of {@code segments}, whose concatenation, {@code length} bytes, is the run
     * of attributes; the arrays must never be modified, as other instances may share them.
     *
     * @param segments the arrays whose concatenation is the run of attributes
     * @param length   the total length of the segments
     * @return the attributes
     */
    public static RawAttributes wrap(byte[][] segments, int length) {
        return length == 0 ? EMPTY : new RawAttributes(segments, length);
    }

    /** {@return a copy of the bytes} */
    public byte[] toByteArray() {
        byte[] copy = new byte[length];
        int at = 0;
        for (byte[] segment : segments) {
            System.arraycopy(segment, 0, copy, at, segment.length);
            at += segment.length;
        }
        return copy;
    }

    /** {@return true when no attribute was kept} */
    public boolean isEmpty() {
        return length == 0;
    }

    /**
     * {@return a new cursor over the attributes, before the first} Its buffer is read-only: the
     * bytes belong to this immutable value (and may be shared with other records).
     */
    public AttributeCursor cursor() {
        return new AttributeCursor().wrap(Unpooled.wrappedBuffer(segments).asReadOnly(), 0, length);
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
        if (!(o instanceof RawAttributes r) || r.length != length) {
            return false;
        }
        return segments.length == 1 && r.segments.length == 1
                ? Arrays.equals(segments[0], r.segments[0]) : Arrays.equals(toByteArray(), r.toByteArray());
    }

    @Override
    public int hashCode() {
        int hash = 1; // as Arrays.hashCode of the concatenated bytes
        for (byte[] segment : segments) {
            for (byte b : segment) {
                hash = 31 * hash + b;
            }
        }
        return hash;
    }

    @Override
    public String toString() {
        return "RawAttributes[" + length + " bytes]";
    }
}
