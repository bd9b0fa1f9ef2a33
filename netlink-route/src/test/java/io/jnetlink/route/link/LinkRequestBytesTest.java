package io.jnetlink.route.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import io.jnetlink.route.Rtnl;
import io.jnetlink.route.testing.Closeables;
import io.jnetlink.route.testing.StraceCapture;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The requests this library writes equal, byte for byte, what {@code ip} sends for the same
 * command (captured with strace in a throwaway namespace), apart from sequence number and port
 * id, and a namespace file descriptor whose number differs between processes.
 */
class LinkRequestBytesTest {
    private TestNamespace ns;
    private TestNamespace other;
    private Rtnl rtnl;
    private MessageWriter writer;
    private int vb;

    @BeforeEach
    void setUp() {
        ns = TestNamespace.create("bytes");
        other = TestNamespace.create("bytes-peer");
        Shell.run("ip", "-n", ns.name(), "link", "add", "va", "type", "veth", "peer", "name", "vb");
        Shell.run("ip", "-n", ns.name(), "link", "add", "br0", "type", "bridge");
        rtnl = Rtnl.open(ns.netns());
        vb = rtnl.links().get("vb").ifindex();
        writer = new MessageWriter();
    }

    @AfterEach
    void tearDown() throws Exception {
        Closeables.closeAll(writer, rtnl, other, ns);
    }

    /** Compares, and returns what ip sent decoded as a link message (a create request is one). */
    private Link assertSameAsIp(int type, Consumer<MessageWriter> ours, String... ipArgs) {
        StraceCapture.Request expected = StraceCapture.lastRequestEvenIfRefused(type, Shell.ipCommand(ns.name(), ipArgs));
        ours.accept(writer);
        StraceCapture.Request actual = StraceCapture.Request.of(writer.finish());
        assertEquals(expected.length(), actual.length(), "nlmsg_len of " + String.join(" ", ipArgs));
        assertEquals(expected.type(), actual.type(), "nlmsg_type");
        // The socket adds NLM_F_ACK when it executes a request; ip sets it itself.
        assertEquals(expected.flags(), actual.flags() | NlMsgHdr.NLM_F_ACK, "nlmsg_flags");
        assertEquals(ByteBufUtil.hexDump(StraceCapture.maskNetnsFd(expected.payload())),
                ByteBufUtil.hexDump(StraceCapture.maskNetnsFd(actual.payload())), "payload of " + String.join(" ", ipArgs));
        ByteBuf sent = expected.toBuffer();
        MessageCursor cursor = new MessageCursor().wrap(sent, 0, sent.writerIndex());
        assertTrue(cursor.next());
        return Link.decode(cursor);
    }

    @Test
    void addDummyMatchesIpEvenThoughThisKernelHasNoDummyDriver() {
        Link sentByIp = assertSameAsIp(MessageType.RTM_NEWLINK, w -> LinkRequest.of("d0").withData(DummyData.INSTANCE).writeAdd(w),
                "link", "add", "d0", "type", "dummy");
        assertEquals("d0", sentByIp.name());
        assertEquals(DummyData.INSTANCE, sentByIp.info().data());
    }

    @Test
    void addWithoutANameMatchesIpAndTheKernelNamesTheLink() {
        assertSameAsIp(MessageType.RTM_NEWLINK, w -> LinkRequest.empty().withMtu(1400).withData(BridgeData.of()).writeAdd(w),
                "link", "add", "mtu", "1400", "type", "bridge");
        rtnl.links().add(LinkRequest.empty().withData(BridgeData.of()));
        assertEquals(1500, rtnl.links().get("bridge1").mtu());
    }

    @Test
    void addVlanMatchesIp() {
        Link sentByIp = assertSameAsIp(MessageType.RTM_NEWLINK, w -> LinkRequest.empty().withLinkIfindex(vb).withName("vl10").withData(VlanData.of(10)).writeAdd(w),
                "link", "add", "vl10", "link", "vb", "type", "vlan", "id", "10");
        assertEquals(VlanData.of(10), sentByIp.info().data());
        assertEquals(vb, sentByIp.linkIfindex());
    }

    @Test
    void addVlanWithProtocolMatchesIp() {
        Link sentByIp = assertSameAsIp(MessageType.RTM_NEWLINK,
                w -> LinkRequest.empty().withLinkIfindex(vb).withName("vl20")
                        .withData(VlanData.of(20).with(VlanAttributes.PROTOCOL, VlanData.ETH_P_8021AD)).writeAdd(w),
                "link", "add", "vl20", "link", "vb", "type", "vlan", "id", "20", "protocol", "802.1ad");
        assertEquals(VlanData.of(20).with(VlanAttributes.PROTOCOL, VlanData.ETH_P_8021AD), sentByIp.info().data());
    }

    @Test
    void addIfbMatchesIp() {
        assertSameAsIp(MessageType.RTM_NEWLINK, w -> LinkRequest.of("ifb9").withData(IfbData.INSTANCE).writeAdd(w),
                "link", "add", "ifb9", "type", "ifb");
    }

    @Test
    void addVethWithPeerInAnotherNamespaceMatchesIp() {
        assertSameAsIp(MessageType.RTM_NEWLINK,
                w -> LinkRequest.of("vx1").withData(VethData.of().with(VethAttributes.PEER,
                        new VethPeer("vx1p", other.netns()))).writeAdd(w),
                "link", "add", "vx1", "type", "veth", "peer", "name", "vx1p", "netns", other.name());
    }

    @Test
    void addVethWithAPeerOfManyAttributesMatchesIp() {
        assertSameAsIp(MessageType.RTM_NEWLINK,
                w -> LinkRequest.of("vx2").withData(VethData.of(LinkRequest.empty().withMtu(1400)
                        .withAddress(MacAddress.parse("02:00:00:00:00:21")).withTxQueueLength(9)
                        .withFlag(IfInfoMsg.IFF_NOARP, true).withAlias("far").withName("vx2p"))).writeAdd(w),
                "link", "add", "vx2", "type", "veth", "peer", "mtu", "1400", "address", "02:00:00:00:00:21",
                "txqueuelen", "9", "arp", "off", "alias", "far", "name", "vx2p");
    }

    @Test
    void addBridgeWithSettingsMatchesIp() {
        BridgeData settings = BridgeData.of().with(BridgeAttributes.FORWARD_DELAY, 400).with(BridgeAttributes.STP_STATE, 1).with(BridgeAttributes.PRIORITY, 100)
                .with(BridgeAttributes.MCAST_SNOOPING, false).with(BridgeAttributes.NF_CALL_IPTABLES, true);
        assertSameAsIp(MessageType.RTM_NEWLINK, w -> LinkRequest.of("br9").withData(settings).writeAdd(w),
                "link", "add", "br9", "type", "bridge", "forward_delay", "400", "stp_state", "1",
                "priority", "100", "mcast_snooping", "0", "nf_call_iptables", "1");
    }

    @Test
    void addMacvlanAndMacvtapMatchIp() {
        assertSameAsIp(MessageType.RTM_NEWLINK,
                w -> LinkRequest.empty().withLinkIfindex(vb).withName("mv1")
                        .withData(MacvlanData.of(MacvlanData.MACVLAN_MODE_BRIDGE)).writeAdd(w),
                "link", "add", "mv1", "link", "vb", "type", "macvlan", "mode", "bridge");
        assertSameAsIp(MessageType.RTM_NEWLINK,
                w -> LinkRequest.empty().withLinkIfindex(vb).withName("mvt1").withData(MacvlanData.macvtap(MacvlanData.MACVLAN_MODE_PRIVATE)).writeAdd(w),
                "link", "add", "mvt1", "link", "vb", "type", "macvtap", "mode", "private");
    }

    @Test
    void setOperationsMatchIp() {
        int br0 = rtnl.links().get("br0").ifindex();
        assertSameAsIp(MessageType.RTM_NEWLINK, LinkRequest.of(vb).withUp()::writeChange, "link", "set", "vb", "up");
        assertSameAsIp(MessageType.RTM_NEWLINK, LinkRequest.of(vb).withDown()::writeChange, "link", "set", "vb", "down");
        assertSameAsIp(MessageType.RTM_NEWLINK, LinkRequest.of(vb).withMtu(1400)::writeChange, "link", "set", "vb", "mtu", "1400");
        assertSameAsIp(MessageType.RTM_NEWLINK, LinkRequest.of(vb).withTxQueueLength(77)::writeChange,
                "link", "set", "vb", "txqlen", "77");
        assertSameAsIp(MessageType.RTM_NEWLINK, LinkRequest.of(vb).withAlias("hello")::writeChange,
                "link", "set", "vb", "alias", "hello");
        assertSameAsIp(MessageType.RTM_NEWLINK,
                LinkRequest.of(vb).withAddress(MacAddress.parse("02:00:00:00:00:01"))::writeChange,
                "link", "set", "vb", "address", "02:00:00:00:00:01");
        assertSameAsIp(MessageType.RTM_NEWLINK, LinkRequest.of(vb).withMasterIfindex(br0)::writeChange,
                "link", "set", "vb", "master", "br0");
        assertSameAsIp(MessageType.RTM_NEWLINK, LinkRequest.of(vb).withNoMaster()::writeChange, "link", "set", "vb", "nomaster");
        assertSameAsIp(MessageType.RTM_NEWLINK, LinkRequest.of(vb).withName("vb2")::writeChange, "link", "set", "vb", "name", "vb2");
        assertSameAsIp(MessageType.RTM_NEWLINK, LinkRequest.of(vb).withNetns(other.netns())::writeChange,
                "link", "set", "vb2", "netns", other.name());
    }

    @Test
    void bridgePortSettingsMatchIp() {
        assertSameAsIp(MessageType.RTM_NEWLINK,
                LinkRequest.of(vb).with(LinkAttributes.LINKINFO, new LinkInfo("bridge_slave", null, null, BridgePortData.of().with(BridgePortAttributes.COST, 77).with(BridgePortAttributes.LEARNING, false), null))::writeChange,
                "link", "set", "vb", "type", "bridge_slave", "cost", "77", "learning", "off");
    }

    @Test
    void deleteMatchesIp() {
        int va = rtnl.links().get("va").ifindex();
        assertSameAsIp(MessageType.RTM_DELLINK, LinkRequest.of(va)::writeDelete, "link", "del", "va");
    }
}
