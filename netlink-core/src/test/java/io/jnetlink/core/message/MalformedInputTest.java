package io.jnetlink.core.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.NetlinkParseException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Hand-made malformed input: each case must raise {@link NetlinkParseException} naming the
 * offset of the fault, never an IndexOutOfBoundsException, never a hang.
 */
class MalformedInputTest {

    /** A buffer of {@code size} zero bytes, all of them readable. */
    private static ByteBuf zeros(int size) {
        return Unpooled.buffer(size).writeZero(size);
    }

    private static void attr(ByteBuf buf, int at, int len, int type) {
        HostOrder.setU16(buf, at + NlAttr.LEN, len);
        HostOrder.setU16(buf, at + NlAttr.TYPE, type);
    }

    private static void header(ByteBuf buf, int at, int len, int type) {
        HostOrder.setU32(buf, at + NlMsgHdr.LEN, len);
        HostOrder.setU16(buf, at + NlMsgHdr.TYPE, type);
    }

    private static NetlinkParseException assertFaultAt(int offset, Executable parse) {
        NetlinkParseException e = assertThrows(NetlinkParseException.class, parse);
        assertEquals(offset, e.offset(), e.getMessage());
        assertTrue(e.getMessage().contains("offset " + offset), e.getMessage());
        return e;
    }

    private static AttributeCursor attributes(ByteBuf buf, int offset) {
        return new AttributeCursor().wrap(buf, offset, buf.readableBytes() - offset);
    }

    @Test
    void rejectsAttributeLengthBelowItsHeader() {
        ByteBuf buf = zeros(16);
        attr(buf, 0, 8, 1);
        attr(buf, 8, 3, 2);
        AttributeCursor a = attributes(buf, 0);
        assertTrue(a.next());
        NetlinkParseException e = assertFaultAt(8, a::next);
        assertTrue(e.reason().contains("below the header size"), e.reason());
    }

    @Test
    void rejectsZeroAttributeLengthInsteadOfLoopingForever() {
        ByteBuf buf = zeros(12);
        assertFaultAt(4, () -> {
            AttributeCursor a = attributes(buf, 4);
            while (a.next()) {
                // a zero nla_len would never advance
            }
        });
    }

    @Test
    void rejectsAttributeLongerThanItsRegion() {
        ByteBuf buf = zeros(24);
        attr(buf, 4, 8, 1);
        attr(buf, 12, 16, 2); // 12 bytes left, claims 16
        AttributeCursor a = attributes(buf, 4);
        assertTrue(a.next());
        NetlinkParseException e = assertFaultAt(12, a::next);
        assertTrue(e.reason().contains("runs past"), e.reason());
    }

    @Test
    void rejectsTruncatedAttributeHeader() {
        ByteBuf buf = zeros(10);
        attr(buf, 0, 8, 1); // then 2 stray bytes
        AttributeCursor a = attributes(buf, 0);
        assertTrue(a.next());
        NetlinkParseException e = assertFaultAt(8, a::next);
        assertTrue(e.reason().contains("truncated attribute header"), e.reason());
    }

    @Test
    void rejectsMessageLongerThanTheDatagram() {
        ByteBuf buf = zeros(40);
        header(buf, 0, 20, MessageType.RTM_NEWLINK);
        header(buf, 20, 64, MessageType.RTM_NEWLINK); // 20 bytes left, claims 64
        MessageCursor m = new MessageCursor().wrap(buf, 0, 40);
        assertTrue(m.next());
        NetlinkParseException e = assertFaultAt(20, m::next);
        assertTrue(e.reason().contains("runs past the datagram"), e.reason());
    }

    @Test
    void rejectsMessageLengthBelowTheHeader() {
        ByteBuf buf = zeros(32);
        header(buf, 0, 15, MessageType.NLMSG_DONE);
        assertFaultAt(0, () -> new MessageCursor().wrap(buf, 0, 32).next());
    }

    @Test
    void rejectsNegativeMessageLength() {
        ByteBuf buf = zeros(32);
        header(buf, 0, 0xfffffff0, MessageType.NLMSG_DONE);
        NetlinkParseException e = assertFaultAt(0, () -> new MessageCursor().wrap(buf, 0, 32).next());
        assertTrue(e.reason().contains("4294967280"), "unsigned in the reason: " + e.reason());
    }

    @Test
    void rejectsTruncatedMessageHeader() {
        ByteBuf buf = zeros(28);
        header(buf, 0, 16, MessageType.NLMSG_NOOP);
        MessageCursor m = new MessageCursor().wrap(buf, 0, 28); // 12 bytes after the first message
        assertTrue(m.next());
        NetlinkParseException e = assertFaultAt(16, m::next);
        assertTrue(e.reason().contains("truncated message header"), e.reason());
    }

    @Test
    void rejectsNestedAttributePastItsParent() {
        ByteBuf buf = zeros(32);
        attr(buf, 0, 12, 1);   // parent: 8 value bytes
        attr(buf, 4, 16, 2);   // child claims 16, runs past the parent but not past the buffer
        AttributeCursor a = attributes(buf, 0);
        assertTrue(a.next());
        AttributeCursor child = a.nested();
        assertFaultAt(4, child::next);
    }

    @Test
    void rejectsNestingBombDeeperThanMaxDepth() {
        int levels = AttributeCursor.MAX_DEPTH + 4;
        ByteBuf buf = zeros(levels * NlAttr.SIZE + 4);
        for (int i = 0; i < levels; i++) {
            attr(buf, i * NlAttr.SIZE, buf.readableBytes() - i * NlAttr.SIZE, 1 | NlAttr.NLA_F_NESTED);
        }
        AttributeCursor a = attributes(buf, 0);
        NetlinkParseException e = assertFaultAt((AttributeCursor.MAX_DEPTH - 1) * NlAttr.SIZE, () -> {
            AttributeCursor level = a;
            while (level.next()) {
                level = level.nested();
            }
        });
        assertTrue(e.reason().contains("nested deeper than " + AttributeCursor.MAX_DEPTH), e.reason());
    }

    @Test
    void rejectsU32ReadOfTwoByteAttribute() {
        ByteBuf buf = zeros(12);
        attr(buf, 4, 6, 9);
        AttributeCursor a = attributes(buf, 4);
        assertTrue(a.next());
        assertEquals(0, a.u16(), "two bytes are a valid u16");
        NetlinkParseException e = assertFaultAt(4, a::u32);
        assertTrue(e.reason().contains("2 value bytes, 4 needed"), e.reason());
        assertFaultAt(4, a::s32);
        assertFaultAt(4, a::u32Network);
    }

    @Test
    void rejectsU64ReadOfFourByteAttribute() {
        ByteBuf buf = zeros(8);
        attr(buf, 0, 8, 9);
        AttributeCursor a = attributes(buf, 0);
        assertTrue(a.next());
        assertFaultAt(0, a::u64);
    }

    @Test
    void rejectsReadsOfEmptyAttribute() {
        ByteBuf buf = zeros(4);
        attr(buf, 0, 4, 9);
        AttributeCursor a = attributes(buf, 0);
        assertTrue(a.next());
        assertFaultAt(0, a::u8);
        assertFaultAt(0, a::u16Network);
    }

    @Test
    void rejectsAttributeRegionOutsideTheBuffer() {
        ByteBuf buf = zeros(20);
        assertFaultAt(10, () -> new AttributeCursor().wrap(buf, 10, 100));
        assertFaultAt(-4, () -> new AttributeCursor().wrap(buf, -4, 8));
        assertFaultAt(8, () -> new AttributeCursor().wrap(buf, 8, -1));
        assertFaultAt(Integer.MAX_VALUE - 2, () -> new AttributeCursor().wrap(buf, Integer.MAX_VALUE - 2, 8));
    }

    @Test
    void rejectsMessageRegionOutsideTheBuffer() {
        ByteBuf buf = zeros(20);
        assertFaultAt(4, () -> new MessageCursor().wrap(buf, 4, 17));
        assertFaultAt(-1, () -> new MessageCursor().wrap(buf, -1, 4));
    }

    @Test
    void rejectsAddressOfWrongLength() {
        ByteBuf buf = zeros(12);
        attr(buf, 0, 9, 1); // 5 bytes: neither IPv4 nor IPv6
        AttributeCursor a = attributes(buf, 0);
        assertTrue(a.next());
        NetlinkParseException e = assertFaultAt(0, a::inetAddress);
        assertTrue(e.reason().contains("5 bytes"), e.reason());
    }

    @Test
    void rejectsFamilyHeaderLongerThanThePayload() {
        ByteBuf buf = zeros(24);
        header(buf, 0, 24, MessageType.RTM_NEWLINK); // 8-byte payload, ifinfomsg needs 16
        MessageCursor m = new MessageCursor().wrap(buf, 0, 24);
        assertTrue(m.next());
        assertFaultAt(0, () -> m.familyHeader(16));
        assertFaultAt(0, () -> m.attributes(16));
    }

    @Test
    void rejectsNestedFixedHeaderLongerThanTheValue() {
        ByteBuf buf = zeros(8);
        attr(buf, 0, 8, 9); // 4 value bytes; an rtnexthop needs 8
        AttributeCursor a = attributes(buf, 0);
        assertTrue(a.next());
        assertFaultAt(0, () -> a.nested(8));
    }

    @Test
    void rejectsAttributePastTheEndOfItsMessage() {
        // The buffer continues after the message, but an attribute must stay inside its message.
        ByteBuf buf = zeros(64);
        header(buf, 0, 28, MessageType.RTM_NEWADDR); // 8-byte ifaddrmsg, then 4 attribute bytes
        attr(buf, 24, 20, 1);
        MessageCursor m = new MessageCursor().wrap(buf, 0, 28);
        assertTrue(m.next());
        AttributeCursor a = m.attributes(8);
        assertFaultAt(24, a::next);
    }
}
