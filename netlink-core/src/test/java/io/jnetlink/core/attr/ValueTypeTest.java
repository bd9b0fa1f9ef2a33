package io.jnetlink.core.attr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.NetlinkParseException;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlMsgHdr;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Request values are checked when set; lists and port ranges travel as the kernel lays them out. */
class ValueTypeTest {
    private static final AttributeSet SET = new AttributeSet("VT");
    private static final Attribute<Integer> SMALL = SET.add(1, "VT_SMALL", ValueType.U8, Access.READ_WRITE, Unit.NONE,
            Display.NONE);
    private static final Attribute<Integer> PORT = SET.add(2, "VT_PORT", ValueType.U16_BE, Access.READ_WRITE, Unit.NONE,
            Display.NONE);
    private static final Attribute<Long> LIFETIME = SET.add(3, "VT_LIFETIME", ValueType.U32_LONG, Access.READ_WRITE,
            Unit.SECONDS, Display.NONE);
    private static final Attribute<Integer> VID = SET.add(4, "VT_VID", ValueType.range(ValueType.U16, 0, 4095),
            Access.READ_WRITE, Unit.NONE, Display.NONE);
    private static final Attribute<Integer> EVEN = SET.add(5, "VT_EVEN",
            ValueType.U32.requiring(v -> v % 2 == 0, "even"), Access.READ_WRITE, Unit.NONE, Display.NONE);
    private static final Attribute<List<MacAddress>> MACS = SET.add(6, "VT_MACS", ValueType.listOf(9, ValueType.MAC),
            Access.READ_WRITE, Unit.NONE, Display.NONE);
    private static final Attribute<List<Integer>> BYTES = SET.add(7, "VT_BYTES", ValueType.listOf(1, ValueType.U8),
            Access.READ_WRITE, Unit.NONE, Display.NONE);
    private static final Attribute<PortRange> RANGE = SET.add(8, "VT_RANGE", PortRange.TYPE, Access.READ_WRITE,
            Unit.NONE, Display.NONE);

    private static AttributeCursor cursor(Consumer<MessageWriter> write) {
        try (MessageWriter w = new MessageWriter(256)) {
            w.begin(MessageType.RTM_NEWLINK, 0);
            write.accept(w);
            ByteBuf buf = Unpooled.buffer().writeBytes(w.finish());
            return new AttributeCursor().wrap(buf, NlMsgHdr.SIZE, buf.writerIndex() - NlMsgHdr.SIZE);
        }
    }

    private static AttributeValues roundTrip(AttributeValues values) {
        return SET.decode(cursor(values::encode));
    }

    @Test
    void unsignedTypesRefuseWhatDoesNotFitTheirWidth() {
        AttributeValues v = SET.empty();
        assertEquals(255, v.with(SMALL, 255).get(SMALL));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> v.with(SMALL, 256));
        assertEquals("VT_SMALL must be 0 to 255: 256", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> v.with(SMALL, -1));
        assertThrows(IllegalArgumentException.class, () -> v.with(PORT, 65536));
        assertThrows(IllegalArgumentException.class, () -> v.with(LIFETIME, 1L << 32));
        assertThrows(IllegalArgumentException.class, () -> v.with(LIFETIME, -1L));
        assertEquals(0xffff_ffffL, roundTrip(v.with(LIFETIME, 0xffff_ffffL)).get(LIFETIME));
        assertEquals(null, v.with(SMALL, 3).with(SMALL, null).get(SMALL), "null removes, unchecked");
    }

    @Test
    void narrowedTypesCheckTheirOwnRuleAndTheBaseOnes() {
        AttributeValues v = SET.empty();
        assertEquals(4095, v.with(VID, 4095).get(VID));
        assertEquals("VT_VID must be 0 to 4095: 4096",
                assertThrows(IllegalArgumentException.class, () -> v.with(VID, 4096)).getMessage());
        assertEquals("VT_EVEN must be even: 3",
                assertThrows(IllegalArgumentException.class, () -> v.with(EVEN, 3)).getMessage());
        assertEquals(-2, roundTrip(v.with(EVEN, -2)).get(EVEN));
    }

    @Test
    void listsAreNestsOfRepeatedMembersKeptUnmodifiable() {
        List<MacAddress> macs = new ArrayList<>(List.of(MacAddress.parse("02:00:00:00:00:01"),
                MacAddress.parse("02:00:00:00:00:02")));
        AttributeValues v = SET.empty().with(MACS, macs);
        macs.clear();
        assertEquals(2, v.get(MACS).size(), "the request keeps a copy");
        assertThrows(UnsupportedOperationException.class, () -> v.get(MACS).clear());
        assertEquals(v, roundTrip(v));
        AttributeCursor nest = cursor(v::encode);
        assertTrue(nest.next());
        assertEquals(6, nest.type());
        AttributeCursor members = nest.nested();
        int count = 0;
        while (members.next()) {
            assertEquals(9, members.type());
            count++;
        }
        assertEquals(2, count);
        assertThrows(IllegalArgumentException.class, () -> SET.empty().with(BYTES, List.of(1, 300)));
        assertThrows(IllegalArgumentException.class, () -> SET.empty().with(BYTES, java.util.Arrays.asList(1, null)));
    }

    @Test
    void decodingAListSkipsMembersOfOtherTypes() {
        AttributeValues v = SET.decode(cursor(w -> {
            int nest = w.beginNested(7);
            w.attrU8(1, 5);
            w.attrU32(2, 77);
            w.attrU8(1, 6);
            w.endNested(nest);
        }));
        assertEquals(List.of(5, 6), v.get(BYTES));
    }

    @Test
    void portRangesAreTwoBigEndianPortsAndNeverReversed() {
        AttributeValues v = SET.empty().with(RANGE, new PortRange(0x0102, 0x0304));
        AttributeCursor a = cursor(v::encode);
        assertTrue(a.next());
        assertEquals(List.of(1, 2, 3, 4), List.of(a.u8(), (int) a.buffer().getByte(a.valueOffset() + 1),
                (int) a.buffer().getByte(a.valueOffset() + 2), (int) a.buffer().getByte(a.valueOffset() + 3)));
        assertEquals(v, roundTrip(v));
        assertThrows(IllegalArgumentException.class, () -> new PortRange(10, 9));
        assertThrows(IllegalArgumentException.class, () -> new PortRange(0, 65536));
        assertThrows(NetlinkParseException.class, () -> SET.decode(cursor(w -> w.attrU16(8, 1))));
        assertThrows(NetlinkParseException.class,
                () -> SET.decode(cursor(w -> w.attrBytes(8, new byte[] {0, 9, 0, 8}))));
    }
}
