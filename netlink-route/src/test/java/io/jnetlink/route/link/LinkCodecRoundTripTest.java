package io.jnetlink.route.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.core.netns.NetNs;
import io.netty.buffer.ByteBuf;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kind data survives encoding and decoding: a create request is itself an {@code RTM_NEWLINK}
 * message, so decoding the bytes this library would send must give the data back. This is how
 * dummy and vlan, which this kernel cannot create, are checked on the decoding side.
 */
class LinkCodecRoundTripTest {
    static Link roundTrip(int parent, LinkData data) {
        try (MessageWriter w = new MessageWriter()) {
            (parent > 0 ? LinkRequest.empty().withLinkIfindex(parent).withName("rt0") : LinkRequest.of("rt0")).withData(data).writeAdd(w);
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
    void vlanRoundTripsWithEveryAttribute() {
        VlanData vlan = VlanData.of(42)
                .with(VlanAttributes.FLAGS, new VlanFlags(VlanData.VLAN_FLAG_REORDER_HDR | VlanData.VLAN_FLAG_LOOSE_BINDING,
                        0xffff))
                .with(VlanAttributes.EGRESS_QOS, List.of(new VlanQosMapping(1, 5), new VlanQosMapping(2, 6)))
                .with(VlanAttributes.INGRESS_QOS, List.of(new VlanQosMapping(3, 7)))
                .with(VlanAttributes.PROTOCOL, VlanData.ETH_P_8021AD);
        Link link = roundTrip(7, vlan);
        assertEquals(7, link.linkIfindex(), "the parent travels as IFLA_LINK");
        assertEquals(vlan, link.info().data());
        assertTrue(vlan.get(VlanAttributes.FLAGS).isSet(VlanData.VLAN_FLAG_LOOSE_BINDING));
        assertRoundTrip(VlanData.of(10));
    }

    @Test
    void vlanValuesTheKernelRefusesAreRefusedFirst() {
        assertThrows(IllegalArgumentException.class, () -> VlanData.of(4096));
        assertThrows(IllegalArgumentException.class, () -> VlanData.of(-1));
        assertThrows(IllegalArgumentException.class, () -> VlanData.of().with(VlanAttributes.PROTOCOL, 0x0800));
        assertThrows(IllegalArgumentException.class,
                () -> VlanData.of().with(VlanAttributes.EGRESS_QOS, Arrays.asList((VlanQosMapping) null)));
    }

    @Test
    void macvlanAndMacvtapRoundTrip() {
        assertRoundTrip(MacvlanData.of(MacvlanData.MACVLAN_MODE_BRIDGE));
        assertRoundTrip(MacvlanData.macvtap(MacvlanData.MACVLAN_MODE_VEPA));
        assertEquals("macvtap", MacvlanData.macvtap(MacvlanData.MACVLAN_MODE_VEPA).with(MacvlanAttributes.FLAGS, 0).kind());
        assertRoundTrip(MacvlanData.of(MacvlanData.MACVLAN_MODE_SOURCE)
                .with(MacvlanAttributes.FLAGS, MacvlanData.MACVLAN_FLAG_NODST)
                .with(MacvlanAttributes.MACADDR_MODE, MacvlanData.MACVLAN_MACADDR_SET)
                .with(MacvlanAttributes.MACADDR_DATA, List.of(MacAddress.parse("02:00:00:00:00:01"),
                        MacAddress.parse("02:00:00:00:00:02")))
                .with(MacvlanAttributes.BC_QUEUE_LEN, 2000)
                .with(MacvlanAttributes.BC_CUTOFF, -1));
        assertRoundTrip(MacvlanData.of().with(MacvlanAttributes.MACADDR_MODE, MacvlanData.MACVLAN_MACADDR_ADD)
                .with(MacvlanAttributes.MACADDR, MacAddress.parse("02:00:00:00:00:03")));
    }

    @Test
    void macvlanModesAndCountsAreCheckedBeforeAnythingIsSent() {
        assertThrows(IllegalArgumentException.class, () -> MacvlanData.of(3));
        assertThrows(IllegalArgumentException.class, () -> MacvlanData.macvtap(0));
        assertThrows(IllegalArgumentException.class, () -> MacvlanData.of().with(MacvlanAttributes.MACADDR_COUNT, 1));
        assertThrows(IllegalArgumentException.class,
                () -> MacvlanData.of().with(MacvlanAttributes.BC_QUEUE_LEN_USED, 1));
        assertThrows(IllegalArgumentException.class, () -> new MacvlanData("vlan", MacvlanAttributes.SET.empty()));
    }

    @Test
    void bridgeRoundTripsEverySettableField() {
        assertRoundTrip(BridgeData.of().with(BridgeAttributes.FORWARD_DELAY, 1).with(BridgeAttributes.HELLO_TIME, 2).with(BridgeAttributes.MAX_AGE, 3).with(BridgeAttributes.AGEING_TIME, 4).with(BridgeAttributes.STP_STATE, 1)
                .with(BridgeAttributes.PRIORITY, 6).with(BridgeAttributes.VLAN_FILTERING, true).with(BridgeAttributes.VLAN_PROTOCOL, VlanData.ETH_P_8021AD).with(BridgeAttributes.GROUP_FWD_MASK, 8)
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
    void tunOptionsAreReadOnlyDecodedAsTheKernelSendsThem() {
        TunData tun;
        try (MessageWriter w = new MessageWriter()) {
            w.begin(0, 0);
            w.attrU32(1, 1000);
            w.attrU32(2, 100);
            w.attrU8(3, TunData.IFF_TAP);
            w.attrU8(4, 0);
            w.attrU8(5, 1);
            w.attrU8(6, 1);
            w.attrU8(7, 1);
            w.attrU32(8, 2);
            w.attrU32(9, 1);
            ByteBuf bytes = w.finish();
            tun = new TunCodec().decode(new AttributeCursor().wrap(bytes, NlMsgHdr.SIZE,
                    bytes.writerIndex() - NlMsgHdr.SIZE));
        }
        assertEquals(1000, tun.get(TunAttributes.OWNER));
        assertEquals(100, tun.get(TunAttributes.GROUP));
        assertEquals(TunData.IFF_TAP, tun.get(TunAttributes.TYPE));
        assertEquals(false, tun.get(TunAttributes.PI));
        assertEquals(true, tun.get(TunAttributes.VNET_HDR));
        assertEquals(true, tun.get(TunAttributes.PERSIST));
        assertEquals(true, tun.get(TunAttributes.MULTI_QUEUE));
        assertEquals(2, tun.get(TunAttributes.NUM_QUEUES));
        assertEquals(1, tun.get(TunAttributes.NUM_DISABLED_QUEUES));
        assertTrue(tun.values().unknown().isEmpty());
        // The kernel makes tun devices with an ioctl only: no row may go into a request.
        for (Attribute<?> row : TunAttributes.SET.attributes()) {
            assertThrows(IllegalArgumentException.class, () -> TunData.of().with(row, null), row.name());
        }
        assertRoundTrip(TunData.of());
    }

    @Test
    void vethPeerRoundTripsWholeButForItsNamespaceHandle() {
        try (NetNs self = NetNs.current()) {
            Link link = roundTrip(0, VethData.of().with(VethAttributes.PEER, new VethPeer("peer0", self)));
            VethPeer peer = ((VethData) link.info().data()).get(VethAttributes.PEER);
            assertEquals("peer0", peer.name());
            // The descriptor number comes back; a handle cannot be made of it.
            assertEquals(self.fd(), peer.request().get(LinkAttributes.NET_NS_FD));
            assertNull(peer.namespace());
        }
        LinkRequest full = LinkRequest.empty().withMtu(1400).withAddress(MacAddress.parse("02:00:00:00:00:01"))
                .withTxQueueLength(7).with(LinkAttributes.GROUP, 5).withAlias("far end").withUp()
                .withFlag(IfInfoMsg.IFF_NOARP, true).withName("peer1");
        Link link = roundTrip(0, VethData.of(full));
        VethPeer peer = ((VethData) link.info().data()).get(VethAttributes.PEER);
        assertEquals(full.values(), peer.request().values());
        assertEquals(IfInfoMsg.IFF_UP | IfInfoMsg.IFF_NOARP, peer.request().flags());
        assertEquals(IfInfoMsg.IFF_UP | IfInfoMsg.IFF_NOARP, peer.request().flagChange());
        assertEquals(VethData.of(full), link.info().data());
        assertRoundTrip(VethData.of().with(VethAttributes.PEER, new VethPeer(null, null)));
        assertRoundTrip(VethData.of());
        assertThrows(IllegalArgumentException.class,
                () -> VethData.of().with(VethAttributes.PEER, new VethPeer("a/b", null)));
        assertThrows(IllegalArgumentException.class, () -> VethData.of(LinkRequest.of("x").withName("y")));
        assertThrows(IllegalArgumentException.class, () -> VethData.of(LinkRequest.of("x").withPortData(
                BridgePortData.of().with(BridgePortAttributes.COST, 5))));
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
            assertThrows(IllegalArgumentException.class, () -> LinkRequest.of("x0").withData(unknown).writeAdd(w));
        }
    }

    @Test
    void unknownLinkInfoMembersAreKeptRaw() {
        try (MessageWriter w = new MessageWriter()) {
            LinkRequest.of(3).withMtu(1500).writeChange(w);
            int info = w.beginNested(LinkAttributes.LINKINFO.type());
            w.attrStringNoNul(LinkInfoAttributes.KIND.type(), "ifb");
            w.attrU32(LinkInfoAttributes.XSTATS.type(), 7);
            w.endNested(info);
            ByteBuf bytes = w.finish();
            MessageCursor cursor = new MessageCursor().wrap(bytes, 0, bytes.writerIndex());
            cursor.next();
            LinkInfo decoded = Link.decode(cursor).info();
            assertEquals(IfbData.INSTANCE, decoded.data());
            assertTrue(decoded.unknown().contains(LinkInfoAttributes.XSTATS.type()));
        }
    }

    @Test
    void linkWithoutLinkInfoHasNoInfo() {
        try (MessageWriter w = new MessageWriter()) {
            LinkRequest.of(3).withMtu(1500).writeChange(w);
            ByteBuf bytes = w.finish();
            MessageCursor cursor = new MessageCursor().wrap(bytes, 0, bytes.writerIndex());
            cursor.next();
            Link link = Link.decode(cursor);
            assertNull(link.info());
            assertEquals(3, link.ifindex());
            assertEquals(1500, link.mtu());
            assertEquals(Link.ABSENT, link.txQueueLength());
            assertTrue(link.values().unknown().isEmpty());
        }
    }
}
