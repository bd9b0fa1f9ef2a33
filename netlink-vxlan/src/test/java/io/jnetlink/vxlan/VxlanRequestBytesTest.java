package io.jnetlink.vxlan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.jnetlink.core.attr.PortRange;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.core.testing.TestNamespace;
import io.jnetlink.route.link.LinkRequest;
import io.jnetlink.route.testing.IpTool;
import io.jnetlink.route.testing.StraceCapture;
import io.jnetlink.vxlan.overlay.OverlaySandbox;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code rtnl.links().add(LinkRequest.of(name).withData(vxlanData))} writes the same bytes as
 * {@code ip link add NAME type vxlan ...} (captured with strace in a throwaway namespace), sequence number and port id aside.
 */
class VxlanRequestBytesTest {
    @Test
    void dockerStyleVxlanAddEqualsWhatIpSends() {
        // ip always sends learning on create, so the request sets it to say the same.
        assertSameAsIp("vxlan0", VxlanData.of(4097).with(VxlanAttributes.LEARNING, true)
                        .with(VxlanAttributes.PORT, 4789),
                "id", "4097", "dstport", "4789");
        assertSameAsIp("vxlan1", OverlaySandbox.dockerVxlan(4096), "id", "4096", "dstport", "4789", "proxy", "l2miss",
                "l3miss");
    }

    @Test
    void vxlanAddWithEveryOptionIpKnowsEqualsWhatIpSends() throws Exception {
        try (TestNamespace ns = TestNamespace.create("vxbytes")) {
            IpTool.ip(ns.name(), "link", "add", "ul0", "type", "veth", "peer", "name", "ul1");
            int ul0 = IpTool.ifindex(ns.name(), "ul0");
            VxlanData all = VxlanData.of(4098).with(VxlanAttributes.LINK, ul0).with(VxlanAttributes.TTL, 64)
                    .with(VxlanAttributes.TOS, 0x10).with(VxlanAttributes.DF, VxlanData.VXLAN_DF_SET)
                    .with(VxlanAttributes.AGEING, 100L).with(VxlanAttributes.LIMIT, 10L)
                    .with(VxlanAttributes.PORT_RANGE, new PortRange(1000, 2000)).with(VxlanAttributes.PROXY, true)
                    .with(VxlanAttributes.RSC, false).with(VxlanAttributes.L2MISS, true)
                    .with(VxlanAttributes.L3MISS, true).with(VxlanAttributes.UDP_CSUM, true)
                    .with(VxlanAttributes.UDP_ZERO_CSUM6_TX, false).with(VxlanAttributes.UDP_ZERO_CSUM6_RX, false)
                    .with(VxlanAttributes.REMCSUM_TX, true).with(VxlanAttributes.REMCSUM_RX, true)
                    .with(VxlanAttributes.GBP, true).withLocal(InetAddress.getByName("192.0.2.1"))
                    .withRemote(InetAddress.getByName("192.0.2.2")).with(VxlanAttributes.LEARNING, false)
                    .with(VxlanAttributes.PORT, 4789);
            // ip writes its options as they come, id/local/remote/learning/dstport last.
            assertSameAsIp(ns, "vxlan2", all, "dev", "ul0", "ttl", "64", "tos", "0x10", "df", "set",
                    "ageing", "100", "maxaddress", "10", "srcport", "1000", "2000", "proxy", "norsc", "l2miss",
                    "l3miss", "udpcsum", "noudp6zerocsumtx", "noudp6zerocsumrx", "remcsumtx", "remcsumrx", "gbp",
                    "id", "4098", "local", "192.0.2.1", "remote", "192.0.2.2", "nolearning", "dstport", "4789");
            VxlanData v6 = VxlanData.of().with(VxlanAttributes.LINK, ul0).with(VxlanAttributes.TTL_INHERIT, true)
                    .with(VxlanAttributes.LABEL, 5L).with(VxlanAttributes.COLLECT_METADATA, true)
                    .withLocal(InetAddress.getByName("2001:db8::1")).withRemote(InetAddress.getByName("ff05::2"))
                    .with(VxlanAttributes.LEARNING, false).with(VxlanAttributes.PORT, 4790);
            assertSameAsIp(ns, "vxlan3", v6, "dev", "ul0", "ttl", "inherit", "flowlabel", "5", "external",
                    "local", "2001:db8::1", "group", "ff05::2", "dstport", "4790");
        }
    }

    private static void assertSameAsIp(String name, VxlanData ours, String... ipOptions) {
        try (TestNamespace ns = TestNamespace.create("vxbytes")) {
            assertSameAsIp(ns, name, ours, ipOptions);
        }
    }

    private static void assertSameAsIp(TestNamespace ns, String name, VxlanData ours, String... ipOptions) {
        List<String> command = new ArrayList<>(List.of("ip", "-n", ns.name(), "link", "add", name, "type", "vxlan"));
        command.addAll(List.of(ipOptions));
        List<StraceCapture.Request> sent = StraceCapture.requests(MessageType.RTM_NEWLINK,
                command.toArray(String[]::new));
        assertFalse(sent.isEmpty(), "ip sent no RTM_NEWLINK");
        StraceCapture.Request ip = sent.get(sent.size() - 1);
        try (MessageWriter w = new MessageWriter()) {
            LinkRequest.of(name).withData(ours).writeAdd(w);
            StraceCapture.Request mine = StraceCapture.Request.of(w.finish());
            assertEquals(ip.flags(), mine.flags() | NlMsgHdr.NLM_F_ACK, "flags");
            assertEquals(ip.hex(), mine.hex(), String.join(" ", ipOptions));
        }
    }
}
