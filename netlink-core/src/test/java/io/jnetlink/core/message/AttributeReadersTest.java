package io.jnetlink.core.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.NetlinkParseException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

/** The readers that avoid allocation: known strings, struct members, hardware addresses. */
class AttributeReadersTest {
    private static final int FAMILY_HEADER = 16;

    private static AttributeCursor attributes(MessageWriter writer) {
        ByteBuf buf = Unpooled.directBuffer().writeBytes(writer.finish());
        MessageCursor message = new MessageCursor().wrap(buf, 0, buf.writerIndex());
        assertTrue(message.next());
        return message.attributes(FAMILY_HEADER);
    }

    @Test
    void knownStringsComeBackAsTheSameInstance() {
        String[] known = {"noop", "noqueue", "fq_codel"};
        try (MessageWriter writer = new MessageWriter(64)) {
            writer.begin(MessageType.RTM_NEWLINK, 0).zeros(FAMILY_HEADER)
                    .attrString(1, "noqueue").attrString(2, "noqueue2").attrStringNoNul(3, "noop");
            AttributeCursor a = attributes(writer);
            assertTrue(a.next());
            assertSame(known[1], a.string(known));
            assertTrue(a.next());
            String other = a.string(known);
            assertEquals("noqueue2", other, "a prefix of a known string is not that string");
            assertTrue(a.next());
            assertSame(known[0], a.string(known), "without the NUL too");
        }
    }

    @Test
    void structMembersAreReadAtTheirPositionAndCheckedAgainstTheValue() {
        try (MessageWriter writer = new MessageWriter(64)) {
            writer.begin(MessageType.RTM_NEWLINK, 0).zeros(FAMILY_HEADER)
                    .attrBytes(1, new byte[] {1, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0});
            AttributeCursor a = attributes(writer);
            assertTrue(a.next());
            long first = a.u64(0);
            long second = a.u64(8);
            assertEquals(HostOrder.LITTLE_ENDIAN ? 1 : 1L << 56, first);
            assertEquals(HostOrder.LITTLE_ENDIAN ? 2 : 2L << 56, second);
            assertThrows(NetlinkParseException.class, () -> a.u64(9), "runs past the 16-byte value");
            assertThrows(IllegalArgumentException.class, () -> a.u64(-1));
        }
    }

    @Test
    void hardwareAddressesAreCopiedAndBroadcastIsShared() {
        try (MessageWriter writer = new MessageWriter(64)) {
            writer.begin(MessageType.RTM_NEWLINK, 0).zeros(FAMILY_HEADER)
                    .attrMac(1, MacAddress.parse("ff:ff:ff:ff:ff:ff"))
                    .attrMac(2, MacAddress.parse("02:42:ac:11:00:02"))
                    .attrBytes(3, new byte[] {-1, -1, -1, -1, -1, -1, -1, -1})
                    .attrBytes(4, new byte[0]);
            AttributeCursor a = attributes(writer);
            assertTrue(a.next());
            assertSame(MacAddress.BROADCAST, a.mac());
            assertTrue(a.next());
            MacAddress mac = a.mac();
            assertEquals(MacAddress.parse("02:42:ac:11:00:02"), mac);
            assertNotSame(mac, a.mac());
            assertTrue(a.next());
            assertEquals("ff:ff:ff:ff:ff:ff:ff:ff", a.mac().toString(), "8 bytes are not Ethernet broadcast");
            assertTrue(a.next());
            assertEquals(0, a.mac().length());
        }
    }
}
