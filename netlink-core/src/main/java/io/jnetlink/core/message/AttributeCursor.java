package io.jnetlink.core.message;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.NetlinkParseException;
import io.netty.buffer.ByteBuf;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;

/**
 * A flyweight over a run of netlink attributes in a buffer. {@link #wrap} points it at a region,
 * {@link #next()} steps from one attribute to the next, and the typed readers decode the current
 * one in place. Every length is checked before it is used; malformed input raises
 * {@link NetlinkParseException} naming the offset.
 *
 * <p>{@link #nested()} returns a child cursor owned by this one and reused on every call, so a
 * whole tree of attributes is walked without allocating. A child is valid until the next call
 * to {@code nested()} on the same parent; the values read are valid only while the buffer is.
 * Not thread-safe.
 *
 * <p>Fixed-size values and headers of a direct buffer are read by native address (see
 * {@code HostOrder.readAddress}) once this cursor has checked them against the region, which
 * {@link #wrap} checked against the buffer: the checks are the same, done once instead of again
 * by the buffer on every read. The buffer must therefore not be released while the cursor is
 * in use; a buffer released before {@link #wrap} is read through netty, which refuses it.
 */
public final class AttributeCursor {
    /** Deepest nesting accepted; the kernel's own attributes nest far less. */
    public static final int MAX_DEPTH = 16;

    private final int depth;
    private ByteBuf buf;
    private long address;
    private int end;
    private int next;
    private int offset = -1;
    private int length;
    private int rawType;
    private AttributeCursor child;
    private byte[] stringScratch; // made by the first string read, then reused

    /** A cursor not yet wrapped around anything. */
    public AttributeCursor() {
        this(0);
    }

    private AttributeCursor(int depth) {
        this.depth = depth;
    }

    /**
     * Points this cursor at {@code length} bytes of attributes starting at {@code offset}; the
     * first {@link #next()} moves to the first of them.
     *
     * @param buf    the buffer holding the attributes; not null
     * @param offset where the first attribute starts, in bytes from index 0
     * @param length how many bytes of attributes there are
     * @return this cursor
     * @throws NetlinkParseException if the region lies outside the buffer's readable bytes
     */
    public AttributeCursor wrap(ByteBuf buf, int offset, int length) {
        return wrap(buf, HostOrder.readAddress(buf), offset, length);
    }

    private AttributeCursor wrap(ByteBuf buf, long address, int offset, int length) {
        Regions.checkInsideBuffer(buf, offset, length, "attribute");
        this.buf = buf;
        this.address = address;
        this.next = offset;
        this.end = offset + length;
        this.offset = -1;
        this.length = 0;
        this.rawType = 0;
        return this;
    }

    /**
     * Moves to the next attribute.
     *
     * @return false when the region is exhausted
     * @throws NetlinkParseException if the next header is truncated or its length is below 4 or
     *                               runs past the region
     */
    public boolean next() {
        int at = next;
        int remaining = end - at;
        if (remaining <= 0) {
            offset = -1;
            return false;
        }
        if (remaining < NlAttr.SIZE) {
            throw truncatedHeader(at, remaining);
        }
        // One read for the whole header: nla_len, then nla_type, in host order.
        int header = s32At(at);
        int len = HostOrder.LITTLE_ENDIAN ? header & 0xffff : header >>> 16;
        if (len < NlAttr.SIZE || len > remaining) {
            throw badLength(at, len, remaining);
        }
        offset = at;
        length = len;
        rawType = HostOrder.LITTLE_ENDIAN ? header >>> 16 : header & 0xffff;
        next = Regions.nextItem(at, len, end);
        return true;
    }

    // The exceptions are built out of line so that next() and value() stay small enough for the
    // JIT to inline into the caller's loop.

    private static NetlinkParseException truncatedHeader(int at, int remaining) {
        return new NetlinkParseException(at, "truncated attribute header: " + remaining + " bytes left");
    }

    private static NetlinkParseException badLength(int at, int len, int remaining) {
        if (len < NlAttr.SIZE) {
            return new NetlinkParseException(at, "attribute length " + len + " is below the header size 4");
        }
        return new NetlinkParseException(at, "attribute length " + len + " runs past its container ("
                + remaining + " bytes left)");
    }

    private NetlinkParseException shortValue(int size) {
        return new NetlinkParseException(offset, "attribute type " + type() + " has " + (length - NlAttr.SIZE)
                + " value bytes, " + size + " needed");
    }

    // Reads at an index the caller has checked to lie inside the wrapped region.

    private int u8At(int index) {
        return address != 0 ? HostOrder.u8(address + index) : buf.getUnsignedByte(index);
    }

    private int u16At(int index) {
        return address != 0 ? HostOrder.u16(address + index) : HostOrder.u16(buf, index);
    }

    private int s32At(int index) {
        return address != 0 ? HostOrder.s32(address + index) : HostOrder.s32(buf, index);
    }

    private long u64At(int index) {
        return address != 0 ? HostOrder.u64(address + index) : HostOrder.u64(buf, index);
    }

    /** {@return the current attribute's type with {@code NLA_F_NESTED} and {@code NLA_F_NET_BYTEORDER} masked off} */
    public int type() {
        return rawType & NlAttr.NLA_TYPE_MASK;
    }

    /** {@return true when the sender flagged the attribute {@code NLA_F_NESTED}} */
    public boolean isNestedFlagSet() {
        return (rawType & NlAttr.NLA_F_NESTED) != 0;
    }

    /** {@return true when the sender flagged the value {@code NLA_F_NET_BYTEORDER}} */
    public boolean isNetByteOrder() {
        return (rawType & NlAttr.NLA_F_NET_BYTEORDER) != 0;
    }

    /** {@return the offset in bytes of the current attribute's header in the buffer} */
    public int offset() {
        return offset;
    }

    /** {@return the offset in bytes of the current attribute's value in the buffer} */
    public int valueOffset() {
        return offset + NlAttr.SIZE;
    }

    /** {@return the length in bytes of the current attribute's value, without header or padding} */
    public int valueLength() {
        return length - NlAttr.SIZE;
    }

    /** {@return the buffer this cursor reads} */
    public ByteBuf buffer() {
        return buf;
    }

    private int value(int size) {
        if (offset < 0) {
            throw new IllegalStateException("no current attribute: call next() first");
        }
        if (length - NlAttr.SIZE < size) {
            throw shortValue(size);
        }
        return offset + NlAttr.SIZE;
    }

    /** {@return the value as an unsigned byte, 0 to 255} */
    public int u8() {
        return u8At(value(1));
    }

    /** {@return the value as an unsigned 16-bit integer in host order} */
    public int u16() {
        return u16At(value(2));
    }

    /** {@return the value as an unsigned 32-bit integer in host order} */
    public long u32() {
        return s32At(value(4)) & 0xffffffffL;
    }

    /** {@return the value as a signed 32-bit integer in host order (also the raw bits of a u32)} */
    public int s32() {
        return s32At(value(4));
    }

    /** {@return the value as a 64-bit integer in host order} */
    public long u64() {
        return u64At(value(8));
    }

    /**
     * The 64-bit integer in host order at byte {@code at} of the value: a member of a struct
     * value such as {@code rtnl_link_stats64}.
     *
     * @param at the member's offset in bytes from the start of the value; not negative
     * @return the member's value (unsigned counters above 2^63-1 read as negative)
     * @throws IllegalArgumentException if {@code at} is negative
     * @throws NetlinkParseException    if the value ends before {@code at + 8}
     */
    public long u64(int at) {
        if (at < 0) {
            throw new IllegalArgumentException("negative position " + at);
        }
        return u64At(value(at + Long.BYTES) + at);
    }

    /** {@return the value as an unsigned 16-bit integer in network (big-endian) order, such as a UDP port} */
    public int u16Network() {
        return buf.getUnsignedShort(value(2));
    }

    /** {@return the value as an unsigned 32-bit integer in network (big-endian) order} */
    public long u32Network() {
        return buf.getUnsignedInt(value(4));
    }

    /** {@return the value as a C string: up to the first NUL or the end of the value, decoded as UTF-8} */
    public String string() {
        int start = value(0);
        return decode(start, stringLength(start));
    }

    /**
     * The value as a C string like {@link #string()}, but when it equals one of {@code known}
     * (ASCII strings) that very string is returned and nothing is allocated: for values drawn
     * from a small set, such as a link kind or a queueing discipline.
     *
     * @param known candidate values, ASCII only; not null
     * @return the matching element of {@code known}, or a new string
     */
    public String string(String[] known) {
        int start = value(0);
        int len = stringLength(start);
        for (String candidate : known) {
            if (asciiEquals(start, len, candidate)) {
                return candidate;
            }
        }
        return decode(start, len);
    }

    /**
     * Compares the C-string value with {@code ascii} without allocating: the cheap way to match
     * a kind or a name on a hot path.
     *
     * @param ascii the ASCII text to compare with; not null
     * @return true when the value, up to its NUL, is exactly {@code ascii}
     */
    public boolean stringEquals(String ascii) {
        int start = value(0);
        return asciiEquals(start, stringLength(start), ascii);
    }

    private boolean asciiEquals(int start, int len, String ascii) {
        if (len != ascii.length()) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (u8At(start + i) != (ascii.charAt(i) & 0xff)) {
                return false;
            }
        }
        return true;
    }

    private int stringLength(int start) {
        int max = length - NlAttr.SIZE;
        for (int i = 0; i < max; i++) {
            if (u8At(start + i) == 0) {
                return i;
            }
        }
        return max;
    }

    private String decode(int start, int len) {
        if (len == 0) {
            return "";
        }
        if (stringScratch == null || stringScratch.length < len) {
            stringScratch = new byte[Math.max(len, 32)];
        }
        buf.getBytes(start, stringScratch, 0, len);
        return new String(stringScratch, 0, len, StandardCharsets.UTF_8);
    }

    /**
     * Whether the value equals {@code expected}, compared in place without allocating.
     *
     * @param expected the bytes to compare with
     * @return true when the value has exactly these bytes
     */
    public boolean valueEquals(byte[] expected) {
        int start = value(0);
        int length = this.length - NlAttr.SIZE;
        if (length != expected.length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (buf.getByte(start + i) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /** {@return a copy of the value bytes} */
    public byte[] bytes() {
        int start = value(0); // first: without a current attribute the length is meaningless
        byte[] copy = new byte[length - NlAttr.SIZE];
        buf.getBytes(start, copy);
        return copy;
    }

    /** {@return the value as a hardware address of any length (6 bytes for Ethernet), copied once} */
    public MacAddress mac() {
        return MacAddress.read(buf, value(0), length - NlAttr.SIZE);
    }

    /**
     * The value as an IP address: 4 bytes give an IPv4 address, 16 an IPv6 address (an IPv4-mapped
     * one included).
     *
     * @return the address; never null
     * @throws NetlinkParseException for any other length
     */
    public InetAddress inetAddress() {
        value(0);
        int len = length - NlAttr.SIZE;
        if (len != 4 && len != 16) {
            throw new NetlinkParseException(offset, "attribute type " + type() + " has " + len
                    + " bytes, not an IPv4 (4) or IPv6 (16) address");
        }
        try {
            // 16 bytes stay IPv6 even when they hold an IPv4-mapped address (::ffff:a.b.c.d), which
            // InetAddress.getByAddress would turn into IPv4.
            return len == 16 ? Inet6Address.getByAddress(null, bytes(), null) : InetAddress.getByAddress(bytes());
        } catch (UnknownHostException e) {
            throw new AssertionError("a 4- or 16-byte array is always an address", e);
        }
    }

    /**
     * A cursor over the attributes nested in the current one's value. The returned cursor is
     * owned by this one and rewrapped by the next call.
     *
     * @return the nested cursor, before its first attribute
     * @throws NetlinkParseException when nesting exceeds {@link #MAX_DEPTH}
     */
    public AttributeCursor nested() {
        return nested(0);
    }

    /**
     * A cursor over attributes nested in the current value after a fixed header of
     * {@code headerLength} bytes (aligned), as in {@code RTA_MULTIPATH}'s {@code rtnexthop}.
     *
     * @param headerLength the fixed header's length in bytes, 0 or more
     * @return the nested cursor, before its first attribute
     */
    public AttributeCursor nested(int headerLength) {
        int start = value(headerLength);
        if (depth + 1 >= MAX_DEPTH) {
            throw new NetlinkParseException(offset, "attributes nested deeper than " + MAX_DEPTH);
        }
        if (child == null) {
            child = new AttributeCursor(depth + 1);
        }
        int skip = Math.min(NetlinkAlign.align(headerLength), length - NlAttr.SIZE);
        return child.wrap(buf, address, start + skip, length - NlAttr.SIZE - skip);
    }
}
