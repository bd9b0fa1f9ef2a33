package io.jnetlink.core.message;

import io.jnetlink.core.NetlinkParseException;
import io.netty.buffer.ByteBuf;

/**
 * A flyweight over the netlink messages of a datagram (or any run of messages in a buffer).
 * {@link #next()} validates each {@code nlmsghdr} before exposing it; {@link #attributes(int)}
 * returns an attribute cursor, owned by this one and reused, positioned after the family header.
 * Nothing is copied; values are valid only while the buffer is. Not thread-safe.
 */
public final class MessageCursor {
    private final AttributeCursor attributes = new AttributeCursor();
    private ByteBuf buf;
    private int end;
    private int next;
    private int offset = -1;
    private int length;

    /**
     * Points this cursor at {@code length} bytes of messages starting at {@code offset}.
     *
     * @param buf    the buffer holding the messages; not null
     * @param offset where the first message starts, in bytes from index 0
     * @param length how many bytes of messages there are
     * @return this cursor
     * @throws NetlinkParseException if the region lies outside the buffer's readable bytes
     */
    public MessageCursor wrap(ByteBuf buf, int offset, int length) {
        Regions.checkInsideBuffer(buf, offset, length, "message");
        this.buf = buf;
        this.next = offset;
        this.end = offset + length;
        this.offset = -1;
        this.length = 0;
        return this;
    }

    /**
     * Moves to the next message.
     *
     * @return false when the region is exhausted
     * @throws NetlinkParseException for a truncated header or a length below 16 or past the region
     */
    public boolean next() {
        int at = next;
        int remaining = end - at;
        if (remaining <= 0) {
            offset = -1;
            return false;
        }
        if (remaining < NlMsgHdr.SIZE) {
            throw new NetlinkParseException(at, "truncated message header: " + remaining + " bytes left");
        }
        int len = HostOrder.s32(buf, at + NlMsgHdr.LEN);
        if (len < NlMsgHdr.SIZE) {
            throw new NetlinkParseException(at, "message length " + Integer.toUnsignedString(len)
                    + " is below the header size 16");
        }
        if (len > remaining) {
            throw new NetlinkParseException(at, "message length " + len + " runs past the datagram ("
                    + remaining + " bytes left)");
        }
        offset = at;
        length = len;
        next = Regions.nextItem(at, len, end);
        return true;
    }

    /** {@return the buffer this cursor reads} */
    public ByteBuf buffer() {
        return buf;
    }

    /** {@return the offset in bytes of the current message's header in the buffer} */
    public int offset() {
        return offset;
    }

    /** {@return the {@code nlmsg_len}: the whole message's length in bytes, header included} */
    public int length() {
        return length;
    }

    private int current() {
        if (offset < 0) {
            throw new IllegalStateException("no current message: call next() first");
        }
        return offset;
    }

    /** {@return the {@code nlmsg_type} of the current message} */
    public int type() {
        return HostOrder.u16(buf, current() + NlMsgHdr.TYPE);
    }

    /** {@return the {@code nlmsg_flags} of the current message} */
    public int flags() {
        return HostOrder.u16(buf, current() + NlMsgHdr.FLAGS);
    }

    /** {@return the {@code nlmsg_seq} of the current message} */
    public int sequence() {
        return HostOrder.s32(buf, current() + NlMsgHdr.SEQ);
    }

    /** {@return the {@code nlmsg_pid}: the sender's port id in requests, the recipient's in replies} */
    public int portId() {
        return HostOrder.s32(buf, current() + NlMsgHdr.PID);
    }

    /** {@return the offset in bytes of the payload (family header) in the buffer} */
    public int payloadOffset() {
        return current() + NlMsgHdr.SIZE;
    }

    /** {@return the length of the payload in bytes} */
    public int payloadLength() {
        return length - NlMsgHdr.SIZE;
    }

    /**
     * Checks that the payload holds a family header of {@code size} bytes and returns its offset.
     *
     * @param size the family header's size in bytes
     * @return the offset of the family header in the buffer
     * @throws NetlinkParseException if the payload is shorter
     */
    public int familyHeader(int size) {
        current();
        if (length - NlMsgHdr.SIZE < size) {
            throw new NetlinkParseException(offset, "message type " + type() + " has a " + (length - NlMsgHdr.SIZE)
                    + "-byte payload, shorter than its " + size + "-byte family header");
        }
        return offset + NlMsgHdr.SIZE;
    }

    /**
     * The attributes that follow a family header of {@code familyHeaderSize} bytes (rounded up
     * to the alignment). The cursor is owned by this one and rewrapped by the next call.
     *
     * @param familyHeaderSize the family header's size in bytes
     * @return the cursor, before the first attribute
     * @throws NetlinkParseException if the payload is shorter than the family header
     */
    public AttributeCursor attributes(int familyHeaderSize) {
        int start = familyHeader(familyHeaderSize) + NetlinkAlign.align(familyHeaderSize);
        int messageEnd = offset + length;
        return attributes.wrap(buf, Math.min(start, messageEnd), Math.max(0, messageEnd - start));
    }
}
