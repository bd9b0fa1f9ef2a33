package io.jnetlink.vxlan;

import io.jnetlink.route.link.LinkRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.core.testing.TestNamespace;
import io.jnetlink.route.link.LinkRequest;
import io.jnetlink.route.testing.IpTool;
import io.jnetlink.route.testing.StraceCapture;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code rtnl.links().add(LinkRequest.of(name).withData(VxlanInfo))} writes the same bytes as {@code ip link add NAME type
 * vxlan ...} (captured with strace in a throwaway namespace), sequence number and port id aside.
 */
class VxlanRequestBytesTest {
    @Test
    void dockerStyleVxlanAddEqualsWhatIpSends() {
        // ip always sends learning on create, so the builder sets it to say the same.
        assertSameAsIp("vxlan0", VxlanInfo.builder().id(4097).learning(true).port(4789).build(),
                "id", "4097", "dstport", "4789");
        assertSameAsIp("vxlan1", VxlanInfo.builder().proxy(true).l2miss(true).l3miss(true).id(4096).learning(true)
                        .port(4789).build(),
                "id", "4096", "dstport", "4789", "proxy", "l2miss", "l3miss");
    }

    @Test
    void vxlanAddWithEveryOptionIpKnowsEqualsWhatIpSends() throws Exception {
        try (TestNamespace ns = TestNamespace.create("vxbytes")) {
            IpTool.ip(ns.name(), "link", "add", "ul0", "type", "veth", "peer", "name", "ul1");
            int ul0 = IpTool.ifindex(ns.name(), "ul0");
            VxlanInfo all = VxlanInfo.builder().link(ul0).ttl(64).tos(0x10).df(VxlanInfo.Df.SET).ageing(100)
                    .limit(10).portRange(1000, 2000).proxy(true).rsc(false).l2miss(true).l3miss(true).udpCsum(true)
                    .udpZeroCsum6Tx(false).udpZeroCsum6Rx(false).remcsumTx(true).remcsumRx(true).gbp(true)
                    .id(4098).local(InetAddress.getByName("192.0.2.1")).remote(InetAddress.getByName("192.0.2.2"))
                    .learning(false).port(4789).build();
            assertSameAsIp(ns, "vxlan2", all, "dev", "ul0", "ttl", "64", "tos", "0x10", "df", "set",
                    "ageing", "100", "maxaddress", "10", "srcport", "1000", "2000", "proxy", "norsc", "l2miss",
                    "l3miss", "udpcsum", "noudp6zerocsumtx", "noudp6zerocsumrx", "remcsumtx", "remcsumrx", "gbp",
                    "id", "4098", "local", "192.0.2.1", "remote", "192.0.2.2", "nolearning", "dstport", "4789");
            VxlanInfo v6 = VxlanInfo.builder().link(ul0).ttlInherit(true).label(5).collectMetadata(true)
                    .local(InetAddress.getByName("2001:db8::1")).group(InetAddress.getByName("ff05::2"))
                    .learning(false).port(4790).build();
            assertSameAsIp(ns, "vxlan3", v6, "dev", "ul0", "ttl", "inherit", "flowlabel", "5", "external",
                    "local", "2001:db8::1", "group", "ff05::2",
                    "dstport", "4790");
        }
    }

    private static void assertSameAsIp(String name, VxlanInfo ours, String... ipOptions) {
        try (TestNamespace ns = TestNamespace.create("vxbytes")) {
            assertSameAsIp(ns, name, ours, ipOptions);
        }
    }

    private static void assertSameAsIp(TestNamespace ns, String name, VxlanInfo ours, String... ipOptions) {
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
