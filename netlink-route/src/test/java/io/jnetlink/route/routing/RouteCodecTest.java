package io.jnetlink.route.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.testing.Fixtures;
import io.netty.buffer.ByteBuf;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decoding golden {@code RTM_NEWROUTE} messages (see the fixture's header for the setup), and round trips. */
class RouteCodecTest {
    private static final List<byte[]> DUMP = Fixtures.messages(RouteCodecTest.class, "route-dump.hex");

    private static Route find(String dst, int length) throws Exception {
        InetAddress wanted = InetAddress.getByName(dst);
        return DUMP.stream().map(m -> RouteCodec.decode(Fixtures.cursor(m)))
                .filter(r -> wanted.equals(r.dst()) && r.dstLength() == length)
                .findFirst().orElseThrow(() -> new AssertionError(dst + "/" + length + " not in the fixture"));
    }

    @Test
    void decodesAGatewayRouteWithMetric() throws Exception {
        Route r = find("10.9.0.0", 16);
        assertEquals(AddressFamily.AF_INET, r.family());
        assertEquals(RouteCodec.RT_TABLE_MAIN, r.table());
        assertEquals(RouteCodec.RTPROT_BOOT, r.protocol());
        assertEquals(RouteCodec.RT_SCOPE_UNIVERSE, r.scope());
        assertEquals(RouteCodec.RTN_UNICAST, r.type());
        assertEquals(InetAddress.getByName("10.1.0.254"), r.gateway());
        assertEquals(5, r.priority());
        assertTrue(r.oif() > 0);
        assertTrue(r.nextHops().isEmpty());
        assertTrue(r.unknown().isEmpty(), r.unknown().toString());
    }

    @Test
    void decodesMultipathNextHopsWithWeights() throws Exception {
        Route r = find("10.20.0.0", 16);
        assertNull(r.gateway());
        assertEquals(2, r.nextHops().size());
        assertEquals(InetAddress.getByName("10.1.0.253"), r.nextHops().get(0).gateway());
        assertEquals(2, r.nextHops().get(0).weight());
        assertEquals(InetAddress.getByName("10.1.0.252"), r.nextHops().get(1).gateway());
        assertEquals(1, r.nextHops().get(1).weight());
        assertEquals(r.nextHops().get(0).ifindex(), r.nextHops().get(1).ifindex());
    }

    @Test
    void decodesTablesBeyond255TypesMetricsAndVia() throws Exception {
        assertEquals(100, find("10.30.0.0", 16).table());
        Route prohibit = find("10.42.0.0", 16);
        assertEquals(1000, prohibit.table());
        assertEquals(RouteCodec.RTN_PROHIBIT, prohibit.type());
        assertEquals(RouteCodec.RTN_BLACKHOLE, find("10.40.0.0", 16).type());
        Route metrics = find("10.43.0.0", 16);
        assertEquals(1400, metrics.metric(RouteCodec.RTAX_MTU));
        assertEquals(1360, metrics.metric(RouteCodec.RTAX_ADVMSS));
        assertEquals(-1, metrics.metric(RouteCodec.RTAX_HOPLIMIT));
        Route via = find("10.50.0.0", 16);
        assertTrue(via.gateway() instanceof Inet6Address, "RTA_VIA carries an IPv6 next hop: " + via);
        assertEquals(InetAddress.getByName("2001:db8::2"), via.gateway());
    }

    @Test
    void decodesIpv6RoutesWithPreferenceAndMetrics() throws Exception {
        Route r = find("2001:db8:9::", 64);
        assertEquals(AddressFamily.AF_INET6, r.family());
        assertEquals(100, r.priority());
        assertEquals(0, r.preference(), "medium");
        assertEquals(1400, r.metric(RouteCodec.RTAX_MTU));
        assertEquals(12, r.metric(RouteCodec.RTAX_HOPLIMIT));
        assertEquals(InetAddress.getByName("2001:db8::2"), r.gateway());
    }

    @Test
    void aWrittenRequestDecodesToTheSameFields() throws Exception {
        RouteRequest request = RouteRequest.to(InetAddress.getByName("198.51.100.0"), 24)
                .withTable(70000).withProtocol(RouteCodec.RTPROT_STATIC).withPriority(9).withTos(0x10)
                .withPrefsrc(InetAddress.getByName("198.51.100.1"))
                .withMetric(RouteCodec.RTAX_MTU, 1300)
                .withNextHops(List.of(NextHop.via(InetAddress.getByName("192.0.2.1"), 3, 4),
                        NextHop.via(InetAddress.getByName("2001:db8::1"), 4, 1)));
        Route r = roundTrip(request);
        assertEquals(InetAddress.getByName("198.51.100.0"), r.dst());
        assertEquals(24, r.dstLength());
        assertEquals(70000, r.table());
        assertEquals(RouteCodec.RTPROT_STATIC, r.protocol());
        assertEquals(9, r.priority());
        assertEquals(0x10, r.tos());
        assertEquals(InetAddress.getByName("198.51.100.1"), r.prefsrc());
        assertEquals(1300, r.metric(RouteCodec.RTAX_MTU));
        assertEquals(List.of(new NextHop(0, 3, 3, InetAddress.getByName("192.0.2.1")),
                new NextHop(0, 0, 4, InetAddress.getByName("2001:db8::1"))), r.nextHops());
        assertTrue(r.unknown().isEmpty());

        Route v4viaV6 = roundTrip(RouteRequest.defaultRoute(AddressFamily.AF_INET)
                .withVia(InetAddress.getByName("2001:db8::fe")).withDevice(2));
        assertEquals(InetAddress.getByName("2001:db8::fe"), v4viaV6.gateway());
        assertEquals(0, v4viaV6.dstLength());
        assertEquals(2, v4viaV6.oif());
    }

    private static Route roundTrip(RouteRequest request) {
        try (MessageWriter w = new MessageWriter()) {
            RouteCodec.write(w, MessageType.RTM_NEWROUTE, 0, request);
            ByteBuf buf = w.finish();
            byte[] bytes = new byte[buf.readableBytes()];
            buf.getBytes(0, bytes);
            return RouteCodec.decode(Fixtures.cursor(bytes));
        }
    }

    @Test
    void malformedMessagesFailOnlyWithParseExceptions() {
        for (byte[] message : DUMP) {
            Fixtures.assertMalformedInputOnlyFailsWithParseException(message, RouteCodec::decode);
        }
    }
}
