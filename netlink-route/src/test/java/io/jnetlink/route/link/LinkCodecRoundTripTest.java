package io.jnetlink.route.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageWriter;
import io.netty.buffer.ByteBuf;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kind data survives encoding and decoding: a create request is itself an {@code RTM_NEWLINK}
 * message, so decoding the bytes this library would send must give the data back. This is how
 * dummy and vlan, which this kernel cannot create, are checked on the decoding side.
 */
class LinkCodecRoundTripTest {
    private static Link roundTrip(int parent, LinkData data) {
        try (MessageWriter w = new MessageWriter()) {
            LinkRequests.add(w, "rt0", parent, data);
            ByteBuf bytes = w.finish();
            MessageCursor cursor = new MessageCursor().wrap(bytes, 0, bytes.writerIndex());
            assertTrue(cursor.next());
            return Link.decode(cursor);
        }
    }

    private static void assertRoundTrip(LinkData data) {
        Link link = roundTrip(0, data);
        assertEquals("rt0", link.name());
        assertEquals(data.kind(), link.kind());
        assertEquals(data, link.info().data());
    }

    @Test
    void dummyAndIfbRoundTrip() {
        assertRoundTrip(DummyData.INSTANCE);
        assertRoundTrip(IfbData.INSTANCE);
    }

    @Test
    void vlanRoundTripsWithEveryField() {
        VlanData vlan = new VlanData(42, VlanData.VLAN_FLAG_REORDER_HDR | VlanData.VLAN_FLAG_LOOSE_BINDING, 0xffff,
                List.of(new VlanQosMapping(1, 5), new VlanQosMapping(2, 6)), List.of(new VlanQosMapping(3, 7)),
                VlanCodec.ETH_P_8021AD, null);
        Link link = roundTrip(7, vlan);
        assertEquals(7, link.link(), "the parent travels as IFLA_LINK");
        assertEquals(vlan, link.info().data());
        assertRoundTrip(VlanData.of(10));
    }

    @Test
    void macvlanAndMacvtapRoundTrip() {
        assertRoundTrip(MacvlanData.macvlan(MacvlanData.MACVLAN_MODE_BRIDGE));
        assertRoundTrip(MacvlanData.macvtap(MacvlanData.MACVLAN_MODE_VEPA));
        assertRoundTrip(new MacvlanData("macvlan", MacvlanData.MACVLAN_MODE_SOURCE, MacvlanData.MACVLAN_FLAG_NODST,
                null, List.of(MacAddress.parse("02:00:00:00:00:01"), MacAddress.parse("02:00:00:00:00:02")),
                2000, null, null));
    }

    @Test
    void bridgeRoundTripsEverySettableField() {
        assertRoundTrip(BridgeData.of().with(BridgeAttributes.FORWARD_DELAY, 1).with(BridgeAttributes.HELLO_TIME, 2).with(BridgeAttributes.MAX_AGE, 3).with(BridgeAttributes.AGEING_TIME, 4).with(BridgeAttributes.STP_STATE, 1)
                .with(BridgeAttributes.PRIORITY, 6).with(BridgeAttributes.VLAN_FILTERING, true).with(BridgeAttributes.VLAN_PROTOCOL, VlanCodec.ETH_P_8021AD).with(BridgeAttributes.GROUP_FWD_MASK, 8)
                .with(BridgeAttributes.GROUP_ADDR, MacAddress.parse("01:80:c2:00:00:0e")).with(BridgeAttributes.FDB_FLUSH, true).with(BridgeAttributes.MCAST_ROUTER, 2)
                .with(BridgeAttributes.MCAST_SNOOPING, false).with(BridgeAttributes.MCAST_QUERY_USE_IFADDR, true).with(BridgeAttributes.MCAST_QUERIER, true).with(BridgeAttributes.MCAST_HASH_ELASTICITY, 9)
                .with(BridgeAttributes.MCAST_HASH_MAX, 1024).with(BridgeAttributes.MCAST_LAST_MEMBER_CNT, 3).with(BridgeAttributes.MCAST_STARTUP_QUERY_CNT, 4).with(BridgeAttributes.MCAST_LAST_MEMBER_INTVL, 11L)
                .with(BridgeAttributes.MCAST_MEMBERSHIP_INTVL, 12L).with(BridgeAttributes.MCAST_QUERIER_INTVL, 13L).with(BridgeAttributes.MCAST_QUERY_INTVL, 14L)
                .with(BridgeAttributes.MCAST_QUERY_RESPONSE_INTVL, 15L).with(BridgeAttributes.MCAST_STARTUP_QUERY_INTVL, 16L).with(BridgeAttributes.NF_CALL_IPTABLES, true)
                .with(BridgeAttributes.NF_CALL_IP6TABLES, false).with(BridgeAttributes.NF_CALL_ARPTABLES, true).with(BridgeAttributes.VLAN_DEFAULT_PVID, 17).with(BridgeAttributes.VLAN_STATS_ENABLED, true)
                .with(BridgeAttributes.MCAST_STATS_ENABLED, true).with(BridgeAttributes.MCAST_IGMP_VERSION, 3).with(BridgeAttributes.MCAST_MLD_VERSION, 2).with(BridgeAttributes.VLAN_STATS_PER_PORT, true)
                .with(BridgeAttributes.MULTI_BOOLOPT, new BridgeBoolOptions(1, 3)));
    }

    @Test
    void tunRoundTrips() {
        assertRoundTrip(new TunData(1000, 100, TunData.IFF_TAP, false, true, true, false, 1, 0, null));
    }

    @Test
    void vethPeerNameIsWrittenButTheKernelNeverEchoesIt() {
        Link link = roundTrip(0, new VethData("peer0", null));
        assertEquals(new VethData(null, null), link.info().data());
    }

    @Test
    void codecsRegisteredOnTheClassPathAreUsedForNewKinds() {
        assertTrue(LinkKinds.kinds().containsAll(
                List.of("dummy", "ifb", "veth", "bridge", "vlan", "macvlan", "macvtap", "tun", TestKindCodec.KIND)));
        assertRoundTrip(new TestKindCodec.Data(12345));
    }

    @Test
    void unknownKindStaysRawAndReadable() {
        byte[] attrs = {8, 0, 1, 0, 42, 0, 0, 0};
        Link link = roundTrip(0, new RawLinkData("nosuchkind", attrs));
        RawLinkData raw = assertInstanceOf(RawLinkData.class, link.info().data());
        assertEquals("nosuchkind", raw.kind());
        assertArrayEquals(attrs, raw.attributes());
    }

    @Test
    void encodingAKindWithoutCodecIsRefused() {
        LinkData unknown = () -> "nosuchkind";
        try (MessageWriter w = new MessageWriter()) {
            assertThrows(IllegalArgumentException.class, () -> LinkRequests.add(w, "x0", 0, unknown));
        }
    }

    @Test
    void unknownLinkInfoMembersAreKeptRaw() {
        try (MessageWriter w = new MessageWriter()) {
            LinkRequests.setMtu(w, 3, 1500);
            int info = w.beginNested(LinkAttributes.IFLA_LINKINFO);
            w.attrStringNoNul(LinkAttributes.IFLA_INFO_KIND, "ifb");
            w.attrU32(LinkAttributes.IFLA_INFO_XSTATS, 7);
            w.endNested(info);
            ByteBuf bytes = w.finish();
            MessageCursor cursor = new MessageCursor().wrap(bytes, 0, bytes.writerIndex());
            cursor.next();
            LinkInfo decoded = Link.decode(cursor).info();
            assertEquals(IfbData.INSTANCE, decoded.data());
            assertTrue(decoded.otherAttributes().contains(LinkAttributes.IFLA_INFO_XSTATS));
        }
    }

    @Test
    void linkWithoutLinkInfoHasNoInfo() {
        try (MessageWriter w = new MessageWriter()) {
            LinkRequests.setMtu(w, 3, 1500);
            ByteBuf bytes = w.finish();
            MessageCursor cursor = new MessageCursor().wrap(bytes, 0, bytes.writerIndex());
            cursor.next();
            Link link = Link.decode(cursor);
            assertNull(link.info());
            assertEquals(3, link.index());
            assertEquals(1500, link.mtu());
            assertEquals(Link.ABSENT, link.txQueueLength());
            assertTrue(link.otherAttributes().isEmpty());
        }
    }
}
