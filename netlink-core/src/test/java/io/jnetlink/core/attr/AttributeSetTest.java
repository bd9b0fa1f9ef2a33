package io.jnetlink.core.attr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.NetlinkParseException;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlMsgHdr;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A table drives decoding, encoding and the print order; unknown attributes survive; bad use is refused. */
class AttributeSetTest {
    private static final AttributeSet SET = new AttributeSet("TEST");
    // Declared out of type order on purpose: the print order is the declaration order.
    private static final Attribute<String> NAME = SET.add(3, "TEST_NAME", ValueType.STRING, Access.READ_WRITE,
            Unit.NONE, Display.as("name", Format.STRING));
    private static final Attribute<Integer> MTU = SET.add(1, "TEST_MTU", ValueType.U32, Access.READ_WRITE,
            Unit.BYTES, Display.as("mtu", Format.NUMBER));
    private static final Attribute<Long> TIMER = SET.add(2, "TEST_TIMER", ValueType.U64, Access.READ_ONLY,
            Unit.CENTISECONDS, Display.as("timer", Format.TIMER));
    private static final Attribute<Boolean> FLUSH = SET.add(5, "TEST_FLUSH", ValueType.FLAG, Access.WRITE_ONLY,
            Unit.NONE, Display.NONE);

    static {
        SET.ignore(4);
    }

    /** The attribute bytes {@code write} makes, as a cursor over them. */
    private static AttributeCursor cursor(java.util.function.Consumer<MessageWriter> write) {
        try (MessageWriter w = new MessageWriter(256)) {
            w.begin(MessageType.RTM_NEWLINK, 0);
            write.accept(w);
            ByteBuf buf = Unpooled.buffer().writeBytes(w.finish());
            return new AttributeCursor().wrap(buf, NlMsgHdr.SIZE, buf.writerIndex() - NlMsgHdr.SIZE);
        }
    }

    private static byte[] bytes(java.util.function.Consumer<MessageWriter> write) {
        AttributeCursor c = cursor(write);
        byte[] out = new byte[c.buffer().writerIndex() - NlMsgHdr.SIZE];
        c.buffer().getBytes(NlMsgHdr.SIZE, out);
        return out;
    }

    @Test
    void decodesNamedAttributesSkipsPaddingAndKeepsTheRestRaw() {
        AttributeValues v = SET.decode(cursor(w -> w.attrU32(1, 1500).attrU64(2, 250).attrU32(4, 0)
                .attrString(3, "br0").attrU16(9, 7)));
        assertEquals(1500, v.get(MTU));
        assertEquals(250L, v.get(TIMER));
        assertEquals("br0", v.get(NAME));
        assertNull(v.get(FLUSH));
        assertFalse(v.has(FLUSH));
        assertEquals(bytes(w -> w.attrU16(9, 7)).length, v.unknown().toByteArray().length);
        assertTrue(v.unknown().contains(9));
        assertFalse(v.unknown().contains(4), "padding is not kept");
    }

    @Test
    void walksPresentValuesInDeclarationOrder() {
        AttributeValues v = SET.decode(cursor(w -> w.attrU32(1, 9000).attrString(3, "x")));
        List<String> seen = new ArrayList<>();
        v.forEach((row, value) -> seen.add(row.display().text() + "=" + value));
        assertEquals(List.of("name=x", "mtu=9000"), seen);
    }

    @Test
    void encodesARequestInTheOrderItsValuesWereSet() {
        AttributeValues request = SET.empty().with(NAME, "br0").with(FLUSH, true).with(MTU, 1400)
                .with(NAME, "br1").with(FLUSH, null);
        byte[] ours = bytes(request::encode);
        assertArrayEquals(bytes(w -> w.attrString(3, "br1").attrU32(1, 1400)), ours,
                "set again keeps its place; removed is gone");
    }

    @Test
    void receivedValuesEncodeInTypeOrderWithoutTheReadOnlyOnes() {
        AttributeValues v = SET.decode(cursor(w -> w.attrU32(1, 1500).attrU64(2, 250)));
        assertArrayEquals(bytes(w -> w.attrU32(1, 1500)), bytes(v::encode));
    }

    @Test
    void refusesReadOnlyAttributesAndOtherSets() {
        AttributeSet other = new AttributeSet("OTHER");
        Attribute<Integer> foreign = other.add(1, "OTHER_X", ValueType.U32, Access.READ_WRITE, Unit.NONE, Display.NONE);
        assertThrows(IllegalArgumentException.class, () -> SET.empty().with(TIMER, 1L));
        assertThrows(IllegalArgumentException.class, () -> SET.empty().with(foreign, 1));
        assertThrows(IllegalArgumentException.class, () -> SET.empty().get(foreign));
        assertThrows(IllegalStateException.class,
                () -> SET.add(1, "TEST_AGAIN", ValueType.U8, Access.READ_WRITE, Unit.NONE, Display.NONE));
    }

    @Test
    void smallNumbersAreKeptAsIntsAndRemovingOneRestoresEquality() {
        AttributeValues v = SET.decode(cursor(w -> w.attrU32(1, -2)));
        assertEquals(-2, v.getInt(MTU, 0), "the 32 bits, unboxed");
        assertEquals(7, SET.empty().getInt(MTU, 7), "absent");
        assertEquals(SET.empty(), SET.empty().with(MTU, 1500).with(MTU, null));
        assertThrows(IllegalArgumentException.class, () -> v.getInt(castToInt(NAME), 0));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Attribute<Integer> castToInt(Attribute<?> row) {
        return (Attribute) row; // what a raw-typed caller could pass
    }

    @Test
    void aTooShortValueIsAParseError() {
        AttributeCursor c = cursor(w -> w.attrU16(2, 1)); // TIMER wants 8 bytes
        assertThrows(NetlinkParseException.class, () -> SET.decode(c));
    }

    @Test
    void equalValuesAreEqualAndPrintByName() {
        AttributeValues a = SET.empty().with(MTU, 1500);
        assertEquals(a, SET.empty().with(MTU, 1500));
        assertEquals(a.hashCode(), SET.empty().with(MTU, 1500).hashCode());
        assertFalse(a.equals(SET.empty().with(MTU, 1400)));
        assertEquals("TEST[TEST_MTU=1500]", a.toString());
    }

    private static final AttributeSet INNER = new AttributeSet("INNER");
    private static final Attribute<Integer> INNER_A = INNER.add(1, "INNER_A", ValueType.U32, Access.READ_WRITE,
            Unit.NONE, Display.NONE);
    private static final Attribute<Long> INNER_B = INNER.add(2, "INNER_B", ValueType.UINT, Access.READ_WRITE,
            Unit.NONE, Display.NONE);
    private static final AttributeSet OUTER = new AttributeSet("OUTER");
    private static final Attribute<AttributeValues> NEST = OUTER.add(1, "OUTER_NEST", ValueType.nested(INNER),
            Access.READ_WRITE, Unit.NONE, Display.NONE);
    // Reads only even numbers: an odd one is declined and must stay raw.
    private static final Attribute<Integer> EVEN = OUTER.add(2, "OUTER_EVEN", ValueType.of(Integer.class,
            a -> a.s32() % 2 == 0 ? a.s32() : null, (w, t, v) -> w.attrU32(t, v)), Access.READ_WRITE, Unit.NONE,
            Display.NONE);

    @Test
    void aNestedSetDecodesIntoItsOwnValuesAndEncodesBackTheSameBytes() {
        AttributeValues outer = OUTER.decode(cursor(w -> {
            int token = w.beginNested(1);
            w.attrU32(1, 7).attrU64(2, 1L << 40).attrU16(9, 3);
            w.endNested(token);
        }));
        AttributeValues inner = outer.get(NEST);
        assertEquals(7, inner.get(INNER_A));
        assertEquals(1L << 40, inner.get(INNER_B));
        assertTrue(inner.unknown().contains(9), "unknown members of the nest stay raw in the nested values");
        AttributeValues request = OUTER.empty().with(NEST, INNER.empty().with(INNER_A, 7).with(INNER_B, 1L << 40));
        assertArrayEquals(bytes(w -> {
            int token = w.beginNested(1);
            w.attrU32(1, 7).attrU64(2, 1L << 40);
            w.endNested(token);
        }), bytes(request::encode));
    }

    @Test
    void uintIsReadFromFourOrEightBytesAndWrittenInFourWhenItFits() {
        assertEquals(5L, INNER.decode(cursor(w -> w.attrU32(2, 5))).get(INNER_B));
        assertEquals(-2L, INNER.decode(cursor(w -> w.attrU64(2, -2L))).get(INNER_B));
        assertArrayEquals(bytes(w -> w.attrU32(2, 0xfffffffe)), bytes(INNER.empty().with(INNER_B, 0xfffffffeL)::encode));
        assertArrayEquals(bytes(w -> w.attrU64(2, 1L << 32)), bytes(INNER.empty().with(INNER_B, 1L << 32)::encode));
    }

    @Test
    void aValueItsTypeDeclinesIsKeptRaw() {
        AttributeValues v = OUTER.decode(cursor(w -> w.attrU32(2, 3)));
        assertNull(v.get(EVEN));
        assertTrue(v.unknown().contains(2));
        assertEquals(4, OUTER.decode(cursor(w -> w.attrU32(2, 4))).get(EVEN));
    }

    /** A structure of two u32 members, as the cache-info structures are of four. */
    private record Pair(long first, long second) {
    }

    private static final ValueType<Pair> PAIR = ValueType.u32Struct(Pair.class, 2, m -> new Pair(m[0], m[1]),
            p -> new long[] {p.first(), p.second()});

    @Test
    void aU32StructureReadsItsMembersUnsignedAndWritesThemBack() {
        AttributeSet set = new AttributeSet("STRUCT");
        Attribute<Pair> pair = set.add(1, "STRUCT_PAIR", PAIR, Access.READ_WRITE, Unit.SECONDS, Display.NONE);
        Pair value = new Pair(0xffffffffL, 7);
        byte[] members = ByteBuffer.allocate(8).order(ByteOrder.nativeOrder()).putInt(-1).putInt(7).array();
        byte[] longer = ByteBuffer.allocate(12).order(ByteOrder.nativeOrder()).putInt(-1).putInt(7).putInt(9).array();
        byte[] written = bytes(set.empty().with(pair, value)::encode);
        assertArrayEquals(bytes(w -> w.attrBytes(1, members)), written, "two host-order u32");
        assertEquals(value, set.decode(cursor(w -> w.attrBytes(1, members))).get(pair));
        assertEquals(value, set.decode(cursor(w -> w.attrBytes(1, longer))).get(pair),
                "members a newer kernel appends are ignored");
        AttributeCursor tooShort = cursor(w -> w.attrBytes(1, new byte[] {1, 2, 3, 4, 5}));
        assertThrows(NetlinkParseException.class, () -> set.decode(tooShort));
        assertThrows(IllegalArgumentException.class, () -> ValueType.u32Struct(Pair.class, 0, m -> null, p -> null));
    }

    @Test
    void oneRowIsWrittenAloneWhenPresentAndWritable() {
        AttributeValues request = SET.empty().with(NAME, "br0").with(MTU, 1400);
        byte[] ours = bytes(w -> {
            request.encode(NAME, w);
            request.encode(FLUSH, w); // absent: nothing
            request.encode(MTU, w);
        });
        assertArrayEquals(bytes(w -> w.attrString(3, "br0").attrU32(1, 1400)), ours, "in the caller's order");
        AttributeValues decoded = SET.decode(cursor(w -> w.attrU64(2, 250)));
        assertArrayEquals(new byte[0], bytes(w -> decoded.encode(TIMER, w)), "a read-only row is never sent");
        AttributeSet other = new AttributeSet("OTHER2");
        Attribute<Integer> foreign = other.add(1, "OTHER2_X", ValueType.U32, Access.READ_WRITE, Unit.NONE, Display.NONE);
        assertThrows(IllegalArgumentException.class, () -> bytes(w -> request.encode(foreign, w)));
    }

    /** A record with a header of its own beside the values, as the kernel's objects are. */
    private record Held(int index, AttributeValues values) implements AttributeHolder {
    }

    @Test
    void aHolderReadsItsValuesAndKeepsTheUnknownOnes() {
        Held held = new Held(3, SET.decode(cursor(w -> w.attrU32(1, 1500).attrU16(9, 7))));
        assertEquals(1500, held.get(MTU));
        assertNull(held.get(NAME));
        assertTrue(held.unknown().contains(9));
        AttributeSet other = new AttributeSet("OTHER3");
        Attribute<Integer> foreign = other.add(1, "OTHER3_X", ValueType.U32, Access.READ_WRITE, Unit.NONE, Display.NONE);
        assertThrows(IllegalArgumentException.class, () -> held.get(foreign));
    }
}
