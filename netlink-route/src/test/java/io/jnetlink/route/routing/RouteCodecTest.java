package io.jnetlink.route.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.testing.Fixtures;
import io.netty.buffer.ByteBuf;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Decoding golden {@code RTM_NEWROUTE} messages (see the fixture's header for the setup), and round trips. */
class RouteCodecTest {
    private static final List<byte[]> DUMP = Fixtures.messages(RouteCodecTest.class, "route-dump.hex");

    private static Route find(String dst, int length) throws Exception {
        InetAddress wanted = InetAddress.getByName(dst);
        return DUMP.stream().map(m -> RouteCodec.decode(Fixtures.cursor(m)))
                .filter(r -> wanted.equals(r.get(RouteAttributes.DST)) && r.dstLength() == length)
                .findFirst().orElseThrow(() -> new AssertionError(dst + "/" + length + " not in the fixture"));
    }

    @Test
    void decodesAGatewayRouteWithPriority() throws Exception {
        Route r = find("10.9.0.0", 16);
        assertEquals(AddressFamily.AF_INET, r.family());
        assertEquals(RouteCodec.RT_TABLE_MAIN, r.table());
        assertEquals(RouteCodec.RTPROT_BOOT, r.protocol());
        assertEquals(RouteCodec.RT_SCOPE_UNIVERSE, r.scope());
        assertEquals(RouteCodec.RTN_UNICAST, r.type());
        assertEquals(InetAddress.getByName("10.1.0.254"), r.get(RouteAttributes.GATEWAY));
        assertEquals(InetAddress.getByName("10.1.0.254"), r.gateway());
        assertEquals(5L, r.get(RouteAttributes.PRIORITY));
        assertTrue(r.ifindex() > 0);
        assertEquals(r.ifindex(), r.get(RouteAttributes.OIF));
        assertTrue(r.nextHops().isEmpty());
        assertTrue(r.values().unknown().isEmpty(), r.values().unknown().toString());
    }

    @Test
    void decodesMultipathNextHopsWithWeights() throws Exception {
        Route r = find("10.20.0.0", 16);
        assertNull(r.gateway());
        assertEquals(2, r.nextHops().size());
        assertEquals(r.nextHops(), r.get(RouteAttributes.MULTIPATH));
        assertEquals(InetAddress.getByName("10.1.0.253"), r.nextHops().get(0).gateway());
        assertEquals(2, r.nextHops().get(0).weight());
        assertEquals(InetAddress.getByName("10.1.0.252"), r.nextHops().get(1).get(RouteAttributes.GATEWAY));
        assertEquals(1, r.nextHops().get(1).weight());
        assertEquals(r.nextHops().get(0).ifindex(), r.nextHops().get(1).ifindex());
        assertTrue(r.usesIfindex(r.nextHops().get(0).ifindex()), "a next hop's device is the route's too");
    }

    @Test
    void decodesTablesBeyond255TypesMetricsAndVia() throws Exception {
        assertEquals(100, find("10.30.0.0", 16).table());
        Route prohibit = find("10.42.0.0", 16);
        assertEquals(1000, prohibit.table());
        assertEquals(RouteCodec.RTN_PROHIBIT, prohibit.type());
        assertEquals(RouteCodec.RTN_BLACKHOLE, find("10.40.0.0", 16).type());
        Route metrics = find("10.43.0.0", 16);
        assertEquals(1400, metrics.metric(RouteMetricAttributes.MTU));
        assertEquals(1360, metrics.metric(RouteMetricAttributes.ADVMSS));
        assertNull(metrics.metric(RouteMetricAttributes.HOPLIMIT));
        Route via = find("10.50.0.0", 16);
        assertTrue(via.gateway() instanceof Inet6Address, "RTA_VIA carries an IPv6 next hop: " + via);
        assertEquals(InetAddress.getByName("2001:db8::2"), via.get(RouteAttributes.VIA));
        assertNull(via.get(RouteAttributes.GATEWAY));
    }

    @Test
    void decodesIpv6RoutesWithPreferenceMetricsAndCacheInfo() throws Exception {
        Route r = find("2001:db8:9::", 64);
        assertEquals(AddressFamily.AF_INET6, r.family());
        assertEquals(100L, r.get(RouteAttributes.PRIORITY));
        assertEquals(0, r.get(RouteAttributes.PREF), "medium");
        assertEquals(1400, r.metric(RouteMetricAttributes.MTU));
        assertEquals(12, r.metric(RouteMetricAttributes.HOPLIMIT));
        assertEquals(InetAddress.getByName("2001:db8::2"), r.gateway());
        assertEquals(0, r.get(RouteAttributes.CACHEINFO).expires());
    }

    @Test
    void theTablesNameEveryKernelAttributeOnceWithItsNumber() {
        // linux/rtnetlink.h: enum rtattr_type_t and RTAX_*, and the kernel's rt-route.yaml (RTA_FLOWLABEL = 31).
        String[] rta = {null, "DST", "SRC", "IIF", "OIF", "GATEWAY", "PRIORITY", "PREFSRC", "METRICS", "MULTIPATH",
            "PROTOINFO", "FLOW", "CACHEINFO", "SESSION", "MP_ALGO", "TABLE", "MARK", "MFC_STATS", "VIA", "NEWDST",
            "PREF", "ENCAP_TYPE", "ENCAP", "EXPIRES", "PAD", "UID", "TTL_PROPAGATE", "IP_PROTO", "SPORT", "DPORT",
            "NH_ID", "FLOWLABEL"};
        for (int type = 1; type < rta.length; type++) {
            Attribute<?> row = RouteAttributes.SET.byType(type);
            if (type == RouteAttributes.PAD) {
                assertNull(row, "RTA_PAD carries nothing");
            } else {
                assertEquals("RTA_" + rta[type], row.name());
            }
        }
        assertEquals(rta.length - 2, RouteAttributes.SET.attributes().size());
        String[] rtax = {null, "LOCK", "MTU", "WINDOW", "RTT", "RTTVAR", "SSTHRESH", "CWND", "ADVMSS", "REORDERING",
            "HOPLIMIT", "INITCWND", "FEATURES", "RTO_MIN", "INITRWND", "QUICKACK", "CC_ALGO", "FASTOPEN_NO_COOKIE"};
        for (int type = 1; type < rtax.length; type++) {
            assertEquals("RTAX_" + rtax[type], RouteMetricAttributes.SET.byType(type).name());
        }
        assertEquals(rtax.length - 1, RouteMetricAttributes.SET.attributes().size());
    }

    @Test
    void requestsWriteEveryWritableRowInIpsOrder() {
        Set<Attribute<?>> writable = new HashSet<>();
        RouteAttributes.SET.attributes().stream().filter(r -> r.access().writable()).forEach(writable::add);
        assertEquals(writable.size(), RouteCodec.REQUEST_ORDER.size());
        assertEquals(writable, new HashSet<>(RouteCodec.REQUEST_ORDER));
    }

    @Test
    void aWrittenRequestDecodesToTheSameFields() throws Exception {
        RouteRequest request = RouteRequest.to(InetAddress.getByName("198.51.100.0"), 24)
                .withTable(70000).withProtocol(RouteCodec.RTPROT_STATIC).withPriority(9).withTos(0x10)
                .withPrefsrc(InetAddress.getByName("198.51.100.1"))
                .withMetric(RouteMetricAttributes.MTU, 1300).withMetric(RouteMetricAttributes.LOCK, 1 << 2)
                .withMetric(RouteMetricAttributes.CC_ALGO, "reno")
                .with(RouteAttributes.FLOW, 0x00020001)
                .withNextHops(List.of(NextHop.via(InetAddress.getByName("192.0.2.1"), 3, 4),
                        NextHop.via(InetAddress.getByName("2001:db8::1"), 4, 1)));
        Route r = roundTrip(request);
        assertEquals(InetAddress.getByName("198.51.100.0"), r.get(RouteAttributes.DST));
        assertEquals(24, r.dstLength());
        assertEquals(70000, r.table());
        assertEquals(RouteCodec.RTPROT_STATIC, r.protocol());
        assertEquals(9L, r.get(RouteAttributes.PRIORITY));
        assertEquals(0x10, r.tos());
        assertEquals(InetAddress.getByName("198.51.100.1"), r.get(RouteAttributes.PREFSRC));
        assertEquals(1300, r.metric(RouteMetricAttributes.MTU));
        assertEquals(4, r.metric(RouteMetricAttributes.LOCK));
        assertEquals("reno", r.metric(RouteMetricAttributes.CC_ALGO));
        assertEquals(0x00020001, r.get(RouteAttributes.FLOW));
        AttributeValues none = RouteAttributes.SET.empty();
        assertEquals(List.of(new NextHop(0, 3, 3, none.with(RouteAttributes.GATEWAY, InetAddress.getByName("192.0.2.1"))),
                new NextHop(0, 0, 4, none.with(RouteAttributes.VIA, InetAddress.getByName("2001:db8::1")))),
                r.nextHops(), "a hop of the other family travels as RTA_VIA");
        assertTrue(r.values().unknown().isEmpty());
        assertEquals(request.values().with(RouteAttributes.TABLE, 70000L), r.values(),
                "what was sent is what is read back");

        Route v4viaV6 = roundTrip(RouteRequest.defaultRoute(AddressFamily.AF_INET)
                .withVia(InetAddress.getByName("2001:db8::fe")).withIfindex(2));
        assertEquals(InetAddress.getByName("2001:db8::fe"), v4viaV6.gateway());
        assertEquals(InetAddress.getByName("2001:db8::fe"), v4viaV6.get(RouteAttributes.VIA));
        assertEquals(0, v4viaV6.dstLength());
        assertEquals(2, v4viaV6.ifindex());
    }

    @Test
    void fromARouteRecreatesItAndDropsWhatARequestMayNotCarry() throws Exception {
        Route reported = roundTrip(RouteRequest.to(InetAddress.getByName("10.5.0.0"), 16)
                .withGateway(InetAddress.getByName("10.1.0.2")).withIfindex(3).withTable(100).withScope(0)
                .withProtocol(RouteCodec.RTPROT_STATIC).withPriority(7).withMetric(RouteMetricAttributes.MTU, 1400)
                .with(RouteAttributes.UID, 1000L).withFlags(NextHop.RTNH_F_ONLINK | NextHop.RTNH_F_LINKDOWN));
        RouteRequest again = RouteRequest.from(reported);
        assertEquals(RouteRequest.to(InetAddress.getByName("10.5.0.0"), 16)
                .withGateway(InetAddress.getByName("10.1.0.2")).withIfindex(3).withTable(100).withScope(0)
                .withProtocol(RouteCodec.RTPROT_STATIC).withPriority(7).withMetric(RouteMetricAttributes.MTU, 1400)
                .withType(RouteCodec.RTN_UNICAST).withFlags(NextHop.RTNH_F_ONLINK), again);

        Route nexthopObject = roundTrip(RouteRequest.to(InetAddress.getByName("10.6.0.0"), 16)
                .with(RouteAttributes.NH_ID, 5L).withIfindex(3).withGateway(InetAddress.getByName("10.1.0.2")));
        RouteRequest byId = RouteRequest.from(nexthopObject);
        assertEquals(5L, byId.get(RouteAttributes.NH_ID));
        assertNull(byId.get(RouteAttributes.OIF), "the kernel refuses a device beside a nexthop id");
        assertNull(byId.get(RouteAttributes.GATEWAY));
    }

    @Test
    void requestsAreValuesAndEachWithChangesOneThing() throws Exception {
        InetAddress dst = InetAddress.getByName("10.9.0.0");
        RouteRequest a = RouteRequest.to(dst, 16).withPriority(5);
        assertEquals(a, RouteRequest.to(dst, 16).withPriority(5));
        assertEquals(a.hashCode(), RouteRequest.to(dst, 16).withPriority(5).hashCode());
        assertNotEquals(a, a.withTos(4));
        assertEquals(-1, a.table());
        assertEquals(254, a.withTable(254).table());
        assertEquals(5L, a.get(RouteAttributes.PRIORITY));
        assertEquals(a.withPriority(6), a.with(RouteAttributes.PRIORITY, 6L));
        assertEquals("10.9.0.0/16 via 10.1.0.2 dev #3",
                a.withGateway(InetAddress.getByName("10.1.0.2")).withIfindex(3).toString());
        assertThrows(IllegalArgumentException.class, () -> a.with(RouteAttributes.CACHEINFO, null));
        assertThrows(IllegalArgumentException.class,
                () -> a.with(RouteAttributes.PREFSRC, InetAddress.getByName("2001:db8::1")));
        assertThrows(IllegalArgumentException.class, () -> a.withMetric(RouteAttributes.MARK, 1L));
        assertThrows(IllegalArgumentException.class,
                () -> a.withGateway(InetAddress.getByName("10.1.0.2")).withNextHops(List.of(NextHop.via(dst, 1, 1))));
    }

    @Test
    void unknownAttributesAndViasOfOtherFamiliesStayRaw() {
        try (MessageWriter w = new MessageWriter()) {
            w.begin(MessageType.RTM_NEWROUTE, 0).u8(AddressFamily.AF_INET).u8(0).zeros(6).u32(0);
            int via = w.beginNested(RouteAttributes.VIA.type());
            w.u16(AddressFamily.AF_MPLS).u32(0x100);
            w.endNested(via);
            w.attrU32(40, 7);
            Route r = RouteCodec.decode(Fixtures.cursor(bytes(w.finish())));
            assertNull(r.get(RouteAttributes.VIA));
            assertTrue(r.values().unknown().contains(RouteAttributes.VIA.type()));
            assertTrue(r.values().unknown().contains(40));
            assertFalse(r.values().has(RouteAttributes.GATEWAY));
        }
    }

    private static Route roundTrip(RouteRequest request) {
        try (MessageWriter w = new MessageWriter()) {
            RouteCodec.write(w, MessageType.RTM_NEWROUTE, 0, request);
            return RouteCodec.decode(Fixtures.cursor(bytes(w.finish())));
        }
    }

    private static byte[] bytes(ByteBuf buf) {
        byte[] bytes = new byte[buf.readableBytes()];
        buf.getBytes(0, bytes);
        return bytes;
    }

    @Test
    void malformedMessagesFailOnlyWithParseExceptions() {
        for (byte[] message : DUMP) {
            Fixtures.assertMalformedInputOnlyFailsWithParseException(message, RouteCodec::decode);
        }
    }
}
