package io.jnetlink.route.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.message.HostOrder;
import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.core.netns.NetNs;
import io.jnetlink.route.testing.StraceCapture;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The requests iproute2 sent, checked in as {@code fixtures/ip-link-requests.txt} (how they were
 * captured is written on top), against what this library writes for the same operations, in both
 * directions: our bytes equal ip's, and ip's create requests decode to the data we would send.
 * Needs no privileges; {@link LinkRequestBytesTest} does the same live.
 */
class IpRequestFixtureTest {
    // Indexes in the capture namespace, from the fixture's header.
    private static final int VB = 2;
    private static final int VA = 3;
    private static final int BR0 = 4;

    private static Map<String, byte[]> fixture() throws IOException {
        Map<String, byte[]> byLabel = new LinkedHashMap<>();
        try (InputStream in = IpRequestFixtureTest.class.getResourceAsStream("/fixtures/ip-link-requests.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] fields = line.split("\t");
                    byLabel.put(fields[0], ByteBufUtil.decodeHexDump(fields[1]));
                }
            }
        }
        return byLabel;
    }

    private static Map<String, LinkData> createdData(NetNs netns) {
        Map<String, LinkData> data = new LinkedHashMap<>();
        data.put("dummy", DummyData.INSTANCE);
        data.put("vlan", VlanData.of(10));
        data.put("vlan-8021ad", VlanData.of(20).with(VlanAttributes.PROTOCOL, VlanData.ETH_P_8021AD));
        data.put("ifb", IfbData.INSTANCE);
        data.put("veth-peer-netns", VethData.of().with(VethAttributes.PEER, new VethPeer("vx1p", netns)));
        data.put("bridge", BridgeData.of().with(BridgeAttributes.FORWARD_DELAY, 400).with(BridgeAttributes.STP_STATE, 1).with(BridgeAttributes.PRIORITY, 100).with(BridgeAttributes.MCAST_SNOOPING, false)
                .with(BridgeAttributes.NF_CALL_IPTABLES, true));
        data.put("macvlan", MacvlanData.of(MacvlanData.MACVLAN_MODE_BRIDGE));
        data.put("macvtap", MacvlanData.macvtap(MacvlanData.MACVLAN_MODE_PRIVATE));
        return data;
    }

    private static Map<String, Consumer<MessageWriter>> requests(NetNs netns) {
        Map<String, Consumer<MessageWriter>> r = new LinkedHashMap<>();
        Map<String, String> names = Map.of("dummy", "d0", "vlan", "vl10", "vlan-8021ad", "vl20", "ifb", "ifb9",
                "veth-peer-netns", "vx1", "bridge", "br9", "macvlan", "mv1", "macvtap", "mvt1");
        createdData(netns).forEach((label, data) -> r.put(label, w -> {
            // ip appends attributes in command-line order: "link vb name NAME type KIND ..."
            LinkRequest request = LinkRequest.empty();
            if (data instanceof VlanData || data instanceof MacvlanData) {
                request = request.withLinkIfindex(VB);
            }
            request.withName(names.get(label)).withData(data).writeAdd(w);
        }));
        r.put("up", LinkRequest.of(VB).withUp()::writeChange);
        r.put("down", LinkRequest.of(VB).withDown()::writeChange);
        r.put("mtu", LinkRequest.of(VB).withMtu(1400)::writeChange);
        r.put("txqlen", LinkRequest.of(VB).withTxQueueLength(77)::writeChange);
        r.put("alias", LinkRequest.of(VB).withAlias("hello")::writeChange);
        r.put("address", LinkRequest.of(VB).withAddress(MacAddress.parse("02:00:00:00:00:01"))::writeChange);
        r.put("master", LinkRequest.of(VB).withMasterIfindex(BR0)::writeChange);
        // ip link set vb type bridge_slave ...: the port's kind as the kind, its options as slave data
        r.put("bridge-port", LinkRequest.of(VB).with(LinkAttributes.LINKINFO, new LinkInfo("bridge_slave", null, null,
                BridgePortData.of().with(BridgePortAttributes.COST, 77).with(BridgePortAttributes.LEARNING, false),
                null))::writeChange);
        r.put("nomaster", LinkRequest.of(VB).withNoMaster()::writeChange);
        r.put("rename", LinkRequest.of(VB).withName("vb2")::writeChange);
        r.put("netns", LinkRequest.of(VB).withNetns(netns)::writeChange);
        r.put("delete", LinkRequest.of(VA)::writeDelete);
        return r;
    }

    @Test
    void everyRequestEqualsIpsBytes() throws IOException {
        Map<String, byte[]> ip = fixture();
        try (NetNs netns = NetNs.current(); MessageWriter w = new MessageWriter()) {
            Map<String, Consumer<MessageWriter>> ours = requests(netns);
            assertEquals(ip.keySet(), ours.keySet(), "every captured request has its counterpart");
            ours.forEach((label, request) -> {
                request.accept(w);
                ByteBuf bytes = w.finish();
                // The socket sets NLM_F_ACK when it sends; ip sets it itself.
                HostOrder.setU16(bytes, NlMsgHdr.FLAGS, HostOrder.u16(bytes, NlMsgHdr.FLAGS) | NlMsgHdr.NLM_F_ACK);
                assertEquals(hex(StraceCapture.maskNetnsFd(ip.get(label))), hex(StraceCapture.maskNetnsFd(ByteBufUtil.getBytes(bytes))), label);
            });
        }
    }

    @Test
    void ipsCreateRequestsDecodeToTheSameData() throws IOException {
        Map<String, byte[]> ip = fixture();
        try (NetNs netns = NetNs.current()) {
            createdData(netns).forEach((label, data) -> {
                ByteBuf bytes = Unpooled.wrappedBuffer(ip.get(label));
                MessageCursor cursor = new MessageCursor().wrap(bytes, 0, bytes.writerIndex());
                assertTrue(cursor.next());
                Link link = Link.decode(cursor);
                assertEquals(data.kind(), link.kind(), label);
                // A decoded peer has its name and the descriptor number, not a handle: ip's number is its own.
                LinkData expected = data instanceof VethData veth ? VethData.of(LinkRequest.empty()
                        .with(LinkAttributes.NET_NS_FD, ((VethData) link.info().data()).get(VethAttributes.PEER)
                                .request().get(LinkAttributes.NET_NS_FD))
                        .withName(veth.get(VethAttributes.PEER).name())) : data;
                assertEquals(expected, link.info().data(), label);
            });
        }
    }

    private static String hex(byte[] bytes) {
        return ByteBufUtil.hexDump(bytes);
    }
}
