package io.jnetlink.vxlan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.NetlinkParseException;
import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.PortRange;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.route.link.LinkKinds;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Encoding and decoding of {@code IFLA_VXLAN_*} without a kernel. */
class VxlanCodecTest {
    private final VxlanCodec codec = new VxlanCodec();

    @Test
    void isRegisteredThroughServiceLoaderForTheVxlanKind() {
        assertInstanceOf(VxlanCodec.class, LinkKinds.codec("vxlan"));
    }

    @Test
    void theTableNamesEveryAttributeOfTheKernelsHeaderOnce() {
        List<Attribute<?>> rows = VxlanAttributes.SET.attributes();
        assertEquals(34, rows.size(), "IFLA_VXLAN_ID (1) to IFLA_VXLAN_MC_ROUTE (34)");
        for (int type = 1; type <= 34; type++) {
            assertTrue(VxlanAttributes.SET.byType(type) != null, "type " + type);
        }
        assertEquals("IFLA_VXLAN_MC_ROUTE", VxlanAttributes.SET.byType(34).name());
    }

    @Test
    void roundTripsEveryWritableAttribute() throws Exception {
        VxlanData v4 = VxlanData.of(4097).withRemote(InetAddress.getByName("192.168.246.195"))
                .with(VxlanAttributes.LINK, 7).withLocal(InetAddress.getByName("192.168.246.194"))
                .with(VxlanAttributes.TTL, 64).with(VxlanAttributes.TTL_INHERIT, true).with(VxlanAttributes.TOS, 0x10)
                .with(VxlanAttributes.DF, VxlanData.VXLAN_DF_INHERIT).with(VxlanAttributes.LABEL, 0xfffffL)
                .with(VxlanAttributes.LEARNING, false).with(VxlanAttributes.AGEING, 0xffff_ffffL)
                .with(VxlanAttributes.LIMIT, 5L).with(VxlanAttributes.PORT_RANGE, new PortRange(1, 65535))
                .with(VxlanAttributes.PROXY, true).with(VxlanAttributes.RSC, false).with(VxlanAttributes.L2MISS, true)
                .with(VxlanAttributes.L3MISS, false).with(VxlanAttributes.COLLECT_METADATA, false)
                .with(VxlanAttributes.PORT, 4789).with(VxlanAttributes.UDP_CSUM, true)
                .with(VxlanAttributes.UDP_ZERO_CSUM6_TX, false).with(VxlanAttributes.UDP_ZERO_CSUM6_RX, true)
                .with(VxlanAttributes.REMCSUM_TX, true).with(VxlanAttributes.REMCSUM_RX, false)
                .with(VxlanAttributes.GBP, true).with(VxlanAttributes.REMCSUM_NOPARTIAL, true)
                .with(VxlanAttributes.GPE, true).with(VxlanAttributes.VNIFILTER, true)
                .with(VxlanAttributes.LOCALBYPASS, false).with(VxlanAttributes.LABEL_POLICY, VxlanData.VXLAN_LABEL_INHERIT)
                .with(VxlanAttributes.RESERVED_BITS, 0x0123_4567_89ab_cdefL).with(VxlanAttributes.MC_ROUTE, true);
        assertEquals(v4, decode(encode(v4)));
        VxlanData v6 = VxlanData.of(0).withRemote(InetAddress.getByName("ff05::1"))
                .withLocal(InetAddress.getByName("2001:db8::1"));
        assertEquals(v6, decode(encode(v6)));
        assertEquals(InetAddress.getByName("ff05::1"), v6.get(VxlanAttributes.GROUP6));
        assertTrue(v6.isMulticastGroup());
        assertNull(v6.get(VxlanAttributes.GROUP));
        assertEquals(InetAddress.getByName("2001:db8::1"), v6.local());
    }

    @Test
    void sendsOnlyTheAttributesThatWereSetInTheirOrderWithThoseIpAppendsLast() throws Exception {
        assertEquals(List.of(VxlanAttributes.ID.type()), types(encode(VxlanData.of(9))));
        assertEquals(List.of(), types(encode(VxlanData.of())));
        assertEquals(List.of(VxlanAttributes.PROXY.type(), VxlanAttributes.ID.type(), VxlanAttributes.LEARNING.type(),
                        VxlanAttributes.PORT.type()),
                types(encode(VxlanData.of().with(VxlanAttributes.PORT, 4789).with(VxlanAttributes.LEARNING, false)
                        .with(VxlanAttributes.ID, 1).with(VxlanAttributes.PROXY, true))));
        assertEquals(List.of(VxlanAttributes.TTL.type(), VxlanAttributes.LINK.type(), VxlanAttributes.ID.type(),
                        VxlanAttributes.LOCAL.type(), VxlanAttributes.GROUP.type()),
                types(encode(VxlanData.of(3).withRemote(InetAddress.getByName("10.0.0.2"))
                        .withLocal(InetAddress.getByName("10.0.0.1")).with(VxlanAttributes.TTL, 1)
                        .with(VxlanAttributes.LINK, 2))));
    }

    @Test
    void writesFlagAttributesOnlyWhenOnAndWithoutValue() {
        byte[] on = encode(VxlanData.of().with(VxlanAttributes.GBP, true).with(VxlanAttributes.GPE, true)
                .with(VxlanAttributes.REMCSUM_NOPARTIAL, true).with(VxlanAttributes.TTL_INHERIT, true));
        AttributeCursor a = cursor(on);
        int count = 0;
        while (a.next()) {
            assertEquals(0, a.valueLength(), "flag " + a.type());
            count++;
        }
        assertEquals(4, count);
        assertEquals(0, encode(VxlanData.of().with(VxlanAttributes.GBP, false).with(VxlanAttributes.GPE, false)
                .with(VxlanAttributes.REMCSUM_NOPARTIAL, false).with(VxlanAttributes.TTL_INHERIT, false)).length);
    }

    @Test
    void readsTtlInheritAsTheU8TheKernelReportsAndFlagsByPresence() {
        VxlanData v = decode(bytes(w -> w.attrU8(VxlanAttributes.TTL_INHERIT.type(), 0)
                .attrFlag(VxlanAttributes.GBP.type())));
        assertEquals(false, v.get(VxlanAttributes.TTL_INHERIT));
        assertEquals(true, v.get(VxlanAttributes.GBP));
        assertNull(v.get(VxlanAttributes.GPE), "a flag the kernel does not send is off");
        assertEquals(true, decode(bytes(w -> w.attrU8(VxlanAttributes.TTL_INHERIT.type(), 1)))
                .get(VxlanAttributes.TTL_INHERIT));
    }

    @Test
    void writesPortsLabelAndHeaderMaskInNetworkOrder() {
        byte[] port = encode(VxlanData.of().with(VxlanAttributes.PORT, 4789));
        assertEquals(0x12, port[4]);
        assertEquals((byte) 0xb5, port[5]);
        byte[] range = encode(VxlanData.of().with(VxlanAttributes.PORT_RANGE, new PortRange(0x0102, 0x0304)));
        assertEquals(List.of(1, 2, 3, 4), List.of((int) range[4], (int) range[5], (int) range[6], (int) range[7]));
        byte[] label = encode(VxlanData.of().with(VxlanAttributes.LABEL, 0x12345L));
        assertEquals(List.of(0, 1, 0x23, 0x45), List.of((int) label[4], (int) label[5], (int) label[6], (int) label[7]));
        byte[] mask = encode(VxlanData.of().with(VxlanAttributes.RESERVED_BITS, 0x0800_0000_0000_0000L));
        assertEquals(12, mask.length);
        assertEquals(8, mask[4]);
        assertThrows(NetlinkParseException.class,
                () -> decode(bytes(w -> w.attrU32(VxlanAttributes.RESERVED_BITS.type(), 1))));
    }

    @Test
    void keepsAttributesItDoesNotKnowRaw() {
        VxlanData v = decode(bytes(w -> w.attrU32(VxlanAttributes.ID.type(), 3).attrU32(200, 0xdeadbeef)));
        assertEquals(3, v.get(VxlanAttributes.ID));
        assertTrue(v.values().unknown().contains(200));
    }

    @Test
    void rejectsBadArgumentsBeforeAnythingIsSent() throws Exception {
        VxlanData v = VxlanData.of();
        assertThrows(IllegalArgumentException.class, () -> VxlanData.of(1 << 24));
        assertThrows(IllegalArgumentException.class, () -> VxlanData.of(-1));
        assertThrows(IllegalArgumentException.class, () -> v.with(VxlanAttributes.PORT, 65536));
        assertThrows(IllegalArgumentException.class, () -> new PortRange(10, 9));
        assertThrows(IllegalArgumentException.class, () -> v.with(VxlanAttributes.TTL, 256));
        assertThrows(IllegalArgumentException.class, () -> v.with(VxlanAttributes.TOS, -1));
        assertThrows(IllegalArgumentException.class, () -> v.with(VxlanAttributes.LABEL, 1L << 20));
        assertThrows(IllegalArgumentException.class, () -> v.with(VxlanAttributes.AGEING, -1L));
        assertThrows(IllegalArgumentException.class, () -> v.with(VxlanAttributes.LIMIT, 1L << 32));
        assertThrows(IllegalArgumentException.class, () -> v.with(VxlanAttributes.LINK, -1));
        assertThrows(IllegalArgumentException.class, () -> v.with(VxlanAttributes.DF, 3));
        assertThrows(IllegalArgumentException.class, () -> v.with(VxlanAttributes.LABEL_POLICY, 2));
        assertThrows(IllegalArgumentException.class,
                () -> v.with(VxlanAttributes.GROUP, InetAddress.getByName("2001:db8::1")));
        assertThrows(IllegalArgumentException.class,
                () -> v.with(VxlanAttributes.LOCAL6, InetAddress.getByName("10.0.0.1")));
        VxlanData mixed = v.withRemote(InetAddress.getByName("10.0.0.1")).withLocal(InetAddress.getByName("2001:db8::1"));
        assertThrows(IllegalArgumentException.class, () -> encode(mixed));
        VxlanData both = v.with(VxlanAttributes.GROUP, InetAddress.getByName("10.0.0.1"))
                .with(VxlanAttributes.GROUP6, InetAddress.getByName("2001:db8::2"));
        assertThrows(IllegalArgumentException.class, () -> encode(both));
        assertFalse(v.withRemote(InetAddress.getByName("10.0.0.1")).withRemote(null).values().has(VxlanAttributes.GROUP));
    }

    private byte[] encode(VxlanData data) {
        try (MessageWriter w = new MessageWriter()) {
            w.begin(0, 0);
            codec.encode(data, w);
            return payload(w.finish());
        }
    }

    private static byte[] bytes(Consumer<MessageWriter> attributes) {
        try (MessageWriter w = new MessageWriter()) {
            w.begin(0, 0);
            attributes.accept(w);
            return payload(w.finish());
        }
    }

    private static byte[] payload(ByteBuf message) {
        byte[] bytes = new byte[message.writerIndex() - NlMsgHdr.SIZE];
        message.getBytes(NlMsgHdr.SIZE, bytes);
        return bytes;
    }

    private VxlanData decode(byte[] attributes) {
        return codec.decode(cursor(attributes));
    }

    private static AttributeCursor cursor(byte[] attributes) {
        return new AttributeCursor().wrap(Unpooled.wrappedBuffer(attributes), 0, attributes.length);
    }

    private static List<Integer> types(byte[] attributes) {
        List<Integer> types = new ArrayList<>();
        AttributeCursor a = cursor(attributes);
        while (a.next()) {
            types.add(a.type());
        }
        return types;
    }
}
