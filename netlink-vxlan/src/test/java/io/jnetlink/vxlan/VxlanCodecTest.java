package io.jnetlink.vxlan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.route.link.LinkKinds;
import io.netty.buffer.ByteBuf;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Encoding and decoding of {@code IFLA_VXLAN_*} without a kernel. */
class VxlanCodecTest {
    private final VxlanCodec codec = new VxlanCodec();

    @Test
    void isRegisteredThroughServiceLoaderForTheVxlanKind() {
        assertInstanceOf(VxlanCodec.class, LinkKinds.codec("vxlan"));
    }

    @Test
    void roundTripsEveryAttributeSetByTheBuilder() throws Exception {
        VxlanInfo v4 = VxlanInfo.builder().id(4097).remote(InetAddress.getByName("192.168.246.195")).link(7)
                .local(InetAddress.getByName("192.168.246.194")).ttl(64).ttlInherit(true).tos(0x10)
                .df(VxlanInfo.Df.INHERIT).label(0xfffff).learning(false).ageing(0xffff_ffffL).limit(5)
                .portRange(1, 65535).proxy(true).rsc(false).l2miss(true).l3miss(false).collectMetadata(false)
                .port(4789).udpCsum(true).udpZeroCsum6Tx(false).udpZeroCsum6Rx(true).remcsumTx(true)
                .remcsumRx(false).gbp(true).remcsumNoPartial(true).gpe(true).vnifilter(true).localBypass(false)
                .labelPolicy(VxlanInfo.LabelPolicy.INHERIT).reservedBits(0x0123_4567_89ab_cdefL).mcRoute(true)
                .build();
        assertEquals(v4, decode(encode(v4)));
        VxlanInfo v6 = VxlanInfo.builder().id(0).group(InetAddress.getByName("ff05::1"))
                .local(InetAddress.getByName("2001:db8::1")).build();
        assertEquals(v6, decode(encode(v6)));
    }

    @Test
    void sendsOnlyTheAttributesThatWereSet() {
        assertEquals(List.of(VxlanCodec.IFLA_VXLAN_ID), types(encode(VxlanInfo.builder().id(9).build())));
        assertEquals(List.of(), types(encode(VxlanInfo.builder().build())));
        assertEquals(List.of(VxlanCodec.IFLA_VXLAN_PROXY, VxlanCodec.IFLA_VXLAN_ID, VxlanCodec.IFLA_VXLAN_LEARNING,
                        VxlanCodec.IFLA_VXLAN_PORT),
                types(encode(VxlanInfo.builder().port(4789).learning(false).id(1).proxy(true).build())));
    }

    @Test
    void writesFlagAttributesOnlyWhenOnAndWithoutValue() {
        byte[] on = encode(VxlanInfo.builder().gbp(true).gpe(true).remcsumNoPartial(true).ttlInherit(true).build());
        AttributeCursor a = cursor(on);
        int count = 0;
        while (a.next()) {
            assertEquals(0, a.valueLength(), "flag " + a.type());
            count++;
        }
        assertEquals(4, count);
        assertEquals(0, encode(VxlanInfo.builder().gbp(false).gpe(false).remcsumNoPartial(false)
                .ttlInherit(false).build()).length);
    }

    @Test
    void writesPortsAndLabelInNetworkOrder() {
        byte[] port = encode(VxlanInfo.builder().port(4789).build());
        assertEquals(0x12, port[4]);
        assertEquals((byte) 0xb5, port[5]);
        byte[] range = encode(VxlanInfo.builder().portRange(0x0102, 0x0304).build());
        assertEquals(List.of(1, 2, 3, 4), List.of((int) range[4], (int) range[5], (int) range[6], (int) range[7]));
        byte[] label = encode(VxlanInfo.builder().label(0x12345).build());
        assertEquals(List.of(0, 1, 0x23, 0x45), List.of((int) label[4], (int) label[5], (int) label[6], (int) label[7]));
    }

    @Test
    void keepsAttributesItDoesNotKnowRaw() {
        byte[] bytes;
        try (MessageWriter w = new MessageWriter()) {
            w.begin(0, 0);
            w.attrU32(VxlanCodec.IFLA_VXLAN_ID, 3);
            w.attrU32(200, 0xdeadbeef);
            bytes = payload(w.finish());
        }
        VxlanInfo v = decode(bytes);
        assertEquals(3, v.id());
        assertTrue(v.otherAttributes().contains(200));
    }

    @Test
    void rejectsBadArgumentsBeforeAnythingIsSent() throws Exception {
        VxlanInfo.Builder b = VxlanInfo.builder();
        assertThrows(IllegalArgumentException.class, () -> b.id(1 << 24));
        assertThrows(IllegalArgumentException.class, () -> b.id(-1));
        assertThrows(IllegalArgumentException.class, () -> b.port(65536));
        assertThrows(IllegalArgumentException.class, () -> b.portRange(10, 9));
        assertThrows(IllegalArgumentException.class, () -> b.ttl(256));
        assertThrows(IllegalArgumentException.class, () -> b.tos(-1));
        assertThrows(IllegalArgumentException.class, () -> b.label(1 << 20));
        assertThrows(IllegalArgumentException.class, () -> b.ageing(-1));
        assertThrows(IllegalArgumentException.class, () -> b.limit(1L << 32));
        assertThrows(IllegalArgumentException.class, () -> b.link(0));
        assertThrows(IllegalArgumentException.class, () -> b.remote(InetAddress.getByName("239.0.0.1")));
        assertThrows(IllegalArgumentException.class, () -> b.group(InetAddress.getByName("10.0.0.1")));
        assertThrows(IllegalArgumentException.class, () -> b.df(null));
        VxlanInfo.Builder mixed = VxlanInfo.builder().remote(InetAddress.getByName("10.0.0.1"))
                .local(InetAddress.getByName("2001:db8::1"));
        assertThrows(IllegalArgumentException.class, mixed::build);
    }

    private byte[] encode(VxlanInfo info) {
        try (MessageWriter w = new MessageWriter()) {
            w.begin(0, 0);
            codec.encode(info, w);
            return payload(w.finish());
        }
    }

    private static byte[] payload(ByteBuf message) {
        byte[] bytes = new byte[message.writerIndex() - NlMsgHdr.SIZE];
        message.getBytes(NlMsgHdr.SIZE, bytes);
        return bytes;
    }

    private VxlanInfo decode(byte[] attributes) {
        return codec.decode(cursor(attributes));
    }

    private static AttributeCursor cursor(byte[] attributes) {
        return new AttributeCursor().wrap(io.netty.buffer.Unpooled.wrappedBuffer(attributes), 0, attributes.length);
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
