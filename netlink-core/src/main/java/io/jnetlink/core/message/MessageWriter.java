package io.jnetlink.core.message;

import io.jnetlink.core.MacAddress;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;

/**
 * Builds one netlink request in a reusable direct buffer: the {@code nlmsghdr}, a family header
 * written field by field, then attributes, padded with zeros to the alignment. Nested attributes
 * are opened with {@link #beginNested(int)} and closed with {@link #endNested(int)}, which
 * back-patches the length. {@link #finish()} patches {@code nlmsg_len}. The sequence number is
 * set by the socket when it sends.
 *
 * <p>Owns a native buffer: {@link #close()} releases it. Not thread-safe.
 */
public final class MessageWriter implements AutoCloseable {
    private final ByteBuf buf;

    /** A writer with a 4 KiB buffer that grows as needed. */
    public MessageWriter() {
        this(4096);
    }

    /**
     * A writer with an initial capacity of {@code capacity} bytes.
     *
     * @param capacity the initial size in bytes, greater than 0
     */
    public MessageWriter(int capacity) {
        this.buf = Unpooled.directBuffer(capacity);
    }

    /**
     * Starts a new message, discarding any previous one.
     *
     * @param type  {@code nlmsg_type}, such as {@code RTM_NEWLINK}
     * @param flags {@code nlmsg_flags}; {@code NLM_F_REQUEST} is added
     * @return this writer
     */
    public MessageWriter begin(int type, int flags) {
        buf.clear();
        buf.writeZero(NlMsgHdr.SIZE);
        HostOrder.setU16(buf, NlMsgHdr.TYPE, type);
        HostOrder.setU16(buf, NlMsgHdr.FLAGS, flags | NlMsgHdr.NLM_F_REQUEST);
        return this;
    }

    /** {@return the {@code nlmsg_type} of the message being written} */
    public int type() {
        return HostOrder.u16(buf, NlMsgHdr.TYPE);
    }

    /** {@return the {@code nlmsg_flags} of the message being written} */
    public int flags() {
        return HostOrder.u16(buf, NlMsgHdr.FLAGS);
    }

    /**
     * Replaces the {@code nlmsg_flags} of the message being written.
     *
     * @param flags the new {@code NLM_F_*} bits, written as given
     * @return this writer
     */
    public MessageWriter flags(int flags) {
        HostOrder.setU16(buf, NlMsgHdr.FLAGS, flags);
        return this;
    }

    // Family header fields, written in sequence.

    /**
     * Appends one byte of the family header.
     *
     * @param value the value; its low 8 bits are written
     * @return this writer
     */
    public MessageWriter u8(int value) {
        buf.writeByte(value);
        return this;
    }

    /**
     * Appends a host-order 16-bit field of the family header.
     *
     * @param value the value; its low 16 bits are written
     * @return this writer
     */
    public MessageWriter u16(int value) {
        int at = buf.writerIndex();
        buf.writeZero(2);
        HostOrder.setU16(buf, at, value);
        return this;
    }

    /**
     * Appends a host-order 32-bit field of the family header.
     *
     * @param value the field; all 32 bits are written
     * @return this writer
     */
    public MessageWriter u32(int value) {
        int at = buf.writerIndex();
        buf.writeZero(4);
        HostOrder.setU32(buf, at, value);
        return this;
    }

    /**
     * Appends {@code count} zero bytes (reserved or padding fields).
     *
     * @param count how many bytes, 0 or more
     * @return this writer
     */
    public MessageWriter zeros(int count) {
        buf.writeZero(count);
        return this;
    }

    /**
     * Pads the message with zeros to the next 4-byte boundary.
     *
     * @return this writer
     */
    public MessageWriter pad() {
        buf.writeZero(NetlinkAlign.align(buf.writerIndex()) - buf.writerIndex());
        return this;
    }

    // Attributes.

    private int header(int type, int valueLength) {
        pad();
        int at = buf.writerIndex();
        buf.writeZero(NlAttr.SIZE);
        HostOrder.setU16(buf, at + NlAttr.LEN, NlAttr.SIZE + valueLength);
        HostOrder.setU16(buf, at + NlAttr.TYPE, type);
        return at;
    }

    /**
     * Appends an attribute with a zero-length value (a flag).
     *
     * @param type the attribute type
     * @return this writer
     */
    public MessageWriter attrFlag(int type) {
        header(type, 0);
        return this;
    }

    /**
     * Appends an attribute holding one byte.
     *
     * @param type  the attribute type
     * @param value the value; its low 8 bits are written
     * @return this writer
     */
    public MessageWriter attrU8(int type, int value) {
        header(type, 1);
        buf.writeByte(value);
        return pad();
    }

    /**
     * Appends an attribute holding a host-order u16.
     *
     * @param type  the attribute type
     * @param value the value; its low 16 bits are written
     * @return this writer
     */
    public MessageWriter attrU16(int type, int value) {
        header(type, 2);
        return u16(value).pad();
    }

    /**
     * Appends an attribute holding a host-order u32 (or s32).
     *
     * @param type  the attribute type
     * @param value the value; all 32 bits are written
     * @return this writer
     */
    public MessageWriter attrU32(int type, int value) {
        header(type, 4);
        return u32(value);
    }

    /**
     * Appends an attribute holding a host-order u64.
     *
     * @param type  the attribute type
     * @param value the value; all 64 bits are written
     * @return this writer
     */
    public MessageWriter attrU64(int type, long value) {
        header(type, 8);
        int at = buf.writerIndex();
        buf.writeZero(8);
        HostOrder.setU64(buf, at, value);
        return this;
    }

    /**
     * Appends an attribute holding a network-order (big-endian) u16, such as a UDP port.
     *
     * @param type  the attribute type
     * @param value the value; its low 16 bits are written
     * @return this writer
     */
    public MessageWriter attrU16Network(int type, int value) {
        header(type, 2);
        buf.writeShort(value);
        return pad();
    }

    /**
     * Appends an attribute holding a network-order (big-endian) u32.
     *
     * @param type  the attribute type
     * @param value the value; all 32 bits are written
     * @return this writer
     */
    public MessageWriter attrU32Network(int type, int value) {
        header(type, 4);
        buf.writeInt(value);
        return this;
    }

    /**
     * Appends an attribute holding {@code value} as a NUL-terminated UTF-8 string.
     *
     * @param type  the attribute type
     * @param value the text; not null
     * @return this writer
     */
    public MessageWriter attrString(int type, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        header(type, bytes.length + 1);
        buf.writeBytes(bytes).writeByte(0);
        return pad();
    }

    /**
     * Appends an attribute holding the bytes of {@code value} without a terminating NUL.
     *
     * @param type  the attribute type
     * @param value the text; not null
     * @return this writer
     */
    public MessageWriter attrStringNoNul(int type, String value) {
        return attrBytes(type, value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Appends an attribute holding {@code value} verbatim.
     *
     * @param type  the attribute type
     * @param value the bytes; not null
     * @return this writer
     */
    public MessageWriter attrBytes(int type, byte[] value) {
        header(type, value.length);
        buf.writeBytes(value);
        return pad();
    }

    /**
     * Appends an attribute holding an IPv4 (4-byte) or IPv6 (16-byte) address.
     *
     * @param type    the attribute type
     * @param address an IPv4 or IPv6 address; not null
     * @return this writer
     */
    public MessageWriter attrAddress(int type, InetAddress address) {
        return attrBytes(type, address.getAddress());
    }

    /**
     * Appends an attribute holding a hardware address.
     *
     * @param type    the attribute type
     * @param address the address; not null
     * @return this writer
     */
    public MessageWriter attrMac(int type, MacAddress address) {
        return attrBytes(type, address.toByteArray());
    }

    /**
     * Opens a nested attribute; attributes appended until {@link #endNested(int)} go inside it.
     * The {@code NLA_F_NESTED} flag is not set, as iproute2 does not set it either; pass it in
     * {@code type} where a kernel policy requires it.
     *
     * @param type the nest's attribute type, with {@code NLA_F_NESTED} where wanted
     * @return a token to pass to {@link #endNested(int)}
     */
    public int beginNested(int type) {
        return header(type, 0);
    }

    /**
     * Closes the nested attribute opened by {@link #beginNested(int)} by patching its length.
     *
     * @param token what {@link #beginNested(int)} returned
     * @return this writer
     */
    public MessageWriter endNested(int token) {
        HostOrder.setU16(buf, token + NlAttr.LEN, buf.writerIndex() - token);
        return this;
    }

    /**
     * Patches {@code nlmsg_len} and returns the message: readable bytes from index 0. Valid until
     * the next {@link #begin}.
     *
     * @return the message, backed by this writer's buffer
     */
    public ByteBuf finish() {
        pad();
        HostOrder.setU32(buf, NlMsgHdr.LEN, buf.writerIndex());
        return buf;
    }

    /** {@return the number of bytes written so far} */
    public int length() {
        return buf.writerIndex();
    }

    /** Releases the native buffer. */
    @Override
    public void close() {
        if (buf.refCnt() > 0) {
            buf.release();
        }
    }
}
