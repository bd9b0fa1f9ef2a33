package io.jnetlink.core.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.MacAddress;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Messages built with {@link MessageWriter} read back identically through the cursors. */
class WriterCursorRoundTripTest {
    private static final int FAMILY_HEADER = 16;

    @Test
    void everyTypedAttributeReadsBackAsWritten() throws Exception {
        InetAddress v4 = InetAddress.getByName("192.0.2.33");
        InetAddress v6 = InetAddress.getByName("2001:db8::42");
        MacAddress mac = MacAddress.parse("02:42:ac:11:00:02");
        try (MessageWriter writer = new MessageWriter(64)) {
            writer.begin(MessageType.RTM_NEWLINK, NlMsgHdr.NLM_F_CREATE).zeros(FAMILY_HEADER)
                    .attrU8(1, 0xfe)
                    .attrU16(2, 0xbeef)
                    .attrU32(3, 0xdeadbeef)
                    .attrU64(4, 0x0123456789abcdefL)
                    .attrU16Network(5, 4789)
                    .attrU32Network(6, 0x0a000001)
                    .attrString(7, "vxlan0")
                    .attrStringNoNul(8, "kind")
                    .attrBytes(9, new byte[] {1, 2, 3, 4, 5})
                    .attrAddress(10, v4)
                    .attrAddress(11, v6)
                    .attrMac(12, mac)
                    .attrFlag(13)
                    .attrString(14, "ünïcode");
            ByteBuf buf = writer.finish();

            MessageCursor message = new MessageCursor().wrap(buf, 0, buf.readableBytes());
            assertTrue(message.next());
            assertEquals(MessageType.RTM_NEWLINK, message.type());
            assertEquals(NlMsgHdr.NLM_F_REQUEST | NlMsgHdr.NLM_F_CREATE, message.flags());
            assertEquals(buf.readableBytes(), message.length(), "nlmsg_len patched by finish()");
            AttributeCursor a = message.attributes(FAMILY_HEADER);

            assertNext(a, 1, 1);
            assertEquals(0xfe, a.u8());
            assertNext(a, 2, 2);
            assertEquals(0xbeef, a.u16());
            assertNext(a, 3, 4);
            assertEquals(0xdeadbeefL, a.u32());
            assertEquals(0xdeadbeef, a.s32(), "s32 gives the raw bits");
            assertNext(a, 4, 8);
            assertEquals(0x0123456789abcdefL, a.u64());
            assertNext(a, 5, 2);
            assertEquals(4789, a.u16Network());
            assertEquals(0x12b5, buf.getUnsignedShort(a.valueOffset()), "big-endian on the wire");
            assertNext(a, 6, 4);
            assertEquals(0x0a000001L, a.u32Network());
            assertNext(a, 7, 7);
            assertEquals("vxlan0", a.string());
            assertTrue(a.stringEquals("vxlan0"));
            assertFalse(a.stringEquals("vxlan"));
            assertFalse(a.stringEquals("vxlan00"));
            assertNext(a, 8, 4);
            assertEquals("kind", a.string(), "a string without NUL ends with its attribute");
            assertTrue(a.stringEquals("kind"));
            assertNext(a, 9, 5);
            assertArrayEquals(new byte[] {1, 2, 3, 4, 5}, a.bytes());
            assertNext(a, 10, 4);
            assertEquals(v4, a.inetAddress());
            assertNext(a, 11, 16);
            assertEquals(v6, a.inetAddress());
            assertNext(a, 12, 6);
            assertEquals(mac, a.mac());
            assertNext(a, 13, 0);
            assertNext(a, 14, "ünïcode".getBytes(StandardCharsets.UTF_8).length + 1);
            assertEquals("ünïcode", a.string());
            assertFalse(a.next());
            assertFalse(message.next());
        }
    }

    private static void assertNext(AttributeCursor cursor, int type, int valueLength) {
        assertTrue(cursor.next(), "attribute " + type + " present");
        assertEquals(type, cursor.type());
        assertEquals(valueLength, cursor.valueLength(), "value length of attribute " + type);
        assertEquals(0, cursor.offset() % NetlinkAlign.ALIGNTO, "attribute " + type + " aligned");
    }

    @Test
    void paddingIsZeroedEvenWhereTheBufferHeldOtherBytes() {
        try (MessageWriter writer = new MessageWriter(256)) {
            // Fill the reusable buffer with 0xff first: padding must not leak it.
            writer.begin(MessageType.RTM_NEWLINK, 0);
            byte[] ones = new byte[200];
            Arrays.fill(ones, (byte) 0xff);
            writer.attrBytes(1, ones);
            writer.finish();

            writer.begin(MessageType.RTM_NEWLINK, 0).u8(7) // family header of 1 byte, padded to 4
                    .attrU8(1, 0xff).attrU16(2, 0xffff).attrString(3, "abcde")
                    .attrBytes(4, new byte[] {-1, -1, -1}).attrU16Network(5, 0xffff);
            ByteBuf buf = writer.finish();
            assertEquals(0, buf.getByte(NlMsgHdr.SIZE + 1));
            assertEquals(0, buf.getByte(NlMsgHdr.SIZE + 2));
            assertEquals(0, buf.getByte(NlMsgHdr.SIZE + 3));
            AttributeCursor a = new AttributeCursor().wrap(buf, NlMsgHdr.SIZE + 4, buf.readableBytes() - NlMsgHdr.SIZE - 4);
            int checked = 0;
            while (a.next()) {
                int valueEnd = a.valueOffset() + a.valueLength();
                for (int i = valueEnd; i < NetlinkAlign.align(valueEnd); i++) {
                    assertEquals(0, buf.getByte(i), "pad byte " + i + " after attribute " + a.type());
                    checked++;
                }
            }
            assertEquals(3 + 2 + 2 + 1 + 2, checked, "pad bytes after u8, u16, \"abcde\\0\", 3 bytes, u16");
            assertEquals((byte) 0xff, buf.getByte(NlMsgHdr.SIZE + 4 + NlAttr.SIZE), "the u8 value itself");
            assertEquals(0, buf.readableBytes() % NetlinkAlign.ALIGNTO);
        }
    }

    @Test
    void nestedLengthsAreBackPatchedAtEveryLevel() {
        try (MessageWriter writer = new MessageWriter(16)) { // small: the buffer grows mid-nest
            writer.begin(MessageType.RTM_NEWLINK, 0).zeros(FAMILY_HEADER).attrString(3, "br0");
            int linkInfo = writer.beginNested(18 | NlAttr.NLA_F_NESTED);
            writer.attrString(1, "bridge");
            int data = writer.beginNested(2);
            writer.attrU32(1, 100).attrU8(2, 1);
            int empty = writer.beginNested(3);
            writer.endNested(empty);
            writer.endNested(data);
            writer.endNested(linkInfo);
            writer.attrU32(4, 1500);
            ByteBuf buf = writer.finish();

            MessageCursor message = new MessageCursor().wrap(buf, 0, buf.readableBytes());
            assertTrue(message.next());
            AttributeCursor top = message.attributes(FAMILY_HEADER);
            assertTrue(top.next());
            assertEquals("br0", top.string());
            assertTrue(top.next());
            assertEquals(18, top.type(), "NLA_F_NESTED masked off the type");
            assertTrue(top.isNestedFlagSet());
            // "bridge\0" (4 + 7, padded to 12) and the data nest: header, u32, padded u8, empty nest.
            assertEquals(12 + (NlAttr.SIZE + 8 + 8 + NlAttr.SIZE), top.valueLength());
            AttributeCursor info = top.nested();
            assertTrue(info.next());
            assertEquals("bridge", info.string());
            assertTrue(info.next());
            assertEquals(2, info.type());
            assertFalse(info.isNestedFlagSet());
            assertEquals(8 + 8 + NlAttr.SIZE, info.valueLength());
            AttributeCursor inner = info.nested();
            assertTrue(inner.next());
            assertEquals(100, inner.u32());
            assertTrue(inner.next());
            assertEquals(1, inner.u8());
            assertTrue(inner.next());
            assertEquals(3, inner.type());
            assertEquals(0, inner.valueLength(), "an empty nest is a bare header");
            assertFalse(inner.nested().next());
            assertFalse(inner.next());
            assertFalse(info.next());
            assertTrue(top.next(), "the parent resumes after the nest");
            assertEquals(4, top.type());
            assertEquals(1500, top.u32());
            assertFalse(top.next());
        }
    }

    @Test
    void nestedWithFixedHeaderSkipsIt() {
        // RTA_MULTIPATH style: each rtnexthop (8 bytes) is followed by its own attributes.
        try (MessageWriter writer = new MessageWriter()) {
            writer.begin(MessageType.RTM_NEWROUTE, 0).zeros(12);
            int hop = writer.beginNested(9);
            writer.u16(0).u8(0).u8(0).u32(7); // rtnh_len (not checked here), flags, hops, ifindex
            writer.attrU32(5, 0x01020304);
            writer.endNested(hop);
            ByteBuf buf = writer.finish();
            MessageCursor m = new MessageCursor().wrap(buf, 0, buf.readableBytes());
            assertTrue(m.next());
            AttributeCursor top = m.attributes(12);
            assertTrue(top.next());
            assertEquals(7, HostOrder.s32(buf, top.valueOffset() + 4));
            AttributeCursor gateways = top.nested(8);
            assertTrue(gateways.next());
            assertEquals(5, gateways.type());
            assertEquals(0x01020304L, gateways.u32());
            assertFalse(gateways.next());
        }
    }

    @Test
    void severalMessagesInOneBufferAreWalkedInOrder() {
        ByteBuf stream = Unpooled.buffer();
        try (MessageWriter writer = new MessageWriter()) {
            for (int i = 0; i < 3; i++) {
                // A 1-byte family header (rtgenmsg) makes the attributes start at an aligned 4.
                writer.begin(MessageType.RTM_GETLINK, NlMsgHdr.NLM_F_DUMP).u8(i).attrString(3, "x".repeat(i + 1));
                stream.writeBytes(writer.finish());
            }
        }
        MessageCursor messages = new MessageCursor().wrap(stream, 0, stream.readableBytes());
        for (int i = 0; i < 3; i++) {
            assertTrue(messages.next());
            assertEquals(NlMsgHdr.NLM_F_REQUEST | NlMsgHdr.NLM_F_DUMP, messages.flags());
            assertEquals(i, stream.getUnsignedByte(messages.familyHeader(1)));
            AttributeCursor a = messages.attributes(1);
            assertTrue(a.next());
            assertEquals(messages.payloadOffset() + 4, a.offset());
            assertEquals("x".repeat(i + 1), a.string());
            assertFalse(a.next());
        }
        assertFalse(messages.next());
    }

    @Test
    void networkOrderFlagIsReportedAndMaskedFromTheType() {
        try (MessageWriter writer = new MessageWriter()) {
            writer.begin(MessageType.RTM_NEWLINK, 0).attrU32Network(7 | NlAttr.NLA_F_NET_BYTEORDER, 0x11223344);
            ByteBuf buf = writer.finish();
            AttributeCursor a = new AttributeCursor().wrap(buf, NlMsgHdr.SIZE, buf.readableBytes() - NlMsgHdr.SIZE);
            assertTrue(a.next());
            assertEquals(7, a.type());
            assertTrue(a.isNetByteOrder());
            assertFalse(a.isNestedFlagSet());
            assertEquals(0x11223344L, a.u32Network());
        }
    }

    @Test
    void writerReportsTypeFlagsAndLengthOfTheMessageInProgress() {
        try (MessageWriter writer = new MessageWriter()) {
            writer.begin(MessageType.RTM_DELLINK, NlMsgHdr.NLM_F_ACK).zeros(FAMILY_HEADER);
            assertEquals(MessageType.RTM_DELLINK, writer.type());
            assertEquals(NlMsgHdr.NLM_F_REQUEST | NlMsgHdr.NLM_F_ACK, writer.flags());
            writer.flags(NlMsgHdr.NLM_F_REQUEST);
            assertEquals(NlMsgHdr.NLM_F_REQUEST, writer.flags());
            assertEquals(NlMsgHdr.SIZE + FAMILY_HEADER, writer.length());
            writer.attrU8(1, 1);
            assertEquals(NlMsgHdr.SIZE + FAMILY_HEADER + 8, writer.finish().readableBytes());
        }
    }
}
