package io.jnetlink.route.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.buffer.ByteBuf;
import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.testing.TestNamespace;
import io.jnetlink.route.Links;
import io.jnetlink.route.Rtnl;
import io.jnetlink.route.testing.IpTool;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Links found and deleted by their alternative names, the kernel-side list filters combined, and
 * the ways a request moves a link to another namespace, checked against {@code ip}.
 */
class LinkLookupTest {
    /** Longer than an interface name may be: asked for as {@code IFLA_ALT_IFNAME}. */
    private static final String LONG = "an-alternative-name-of-forty-bytes-long!";

    @Test
    void aLinkIsFoundAndDeletedByAnyOfItsAlternativeNames() {
        try (TestNamespace ns = TestNamespace.create("alt"); Rtnl rtnl = Rtnl.open(ns.netns())) {
            Links links = rtnl.links();
            links.add(LinkRequest.of("p0").withData(VethData.of("p1", null)));
            links.add(LinkRequest.of("q0").withData(VethData.of("q1", null)));
            int p0 = links.get("p0").ifindex();
            links.addAltNames(p0, List.of("short0", LONG));
            assertEquals(List.of("short0", LONG), links.get(p0).altNames());
            assertEquals(List.of(), links.get("q0").altNames());
            JsonNode ip = IpTool.ipJson(ns.name(), "link", "show", "dev", "p0").get(0);
            assertEquals("[\"short0\",\"" + LONG + "\"]", ip.get("altnames").toString());

            assertEquals(p0, links.get(LONG).ifindex());
            assertEquals(p0, links.get("short0").ifindex());
            assertEquals(p0, links.find(LONG).orElseThrow().ifindex());
            assertTrue(links.find(LONG.replace('!', '?')).isEmpty());
            assertEquals(Errno.ENODEV, assertThrows(NetlinkException.class, () -> links.get(LONG + "x")).errno());
            assertEquals(Errno.ENODEV, assertThrows(NetlinkException.class, () -> links.delete(LONG + "x")).errno());

            links.delete(LONG);
            assertTrue(links.find("p0").isEmpty());
            assertTrue(links.find("p1").isEmpty(), "the veth peer goes with it");
            int q0 = links.get("q0").ifindex();
            links.addAltNames(q0, List.of("qq"));
            links.delete("qq");
            assertTrue(links.find("q0").isEmpty());
        }
    }

    @Test
    void namesNoLinkCanHaveAreRefusedBeforeAnySystemCall() {
        try (TestNamespace ns = TestNamespace.create("altbad"); Rtnl rtnl = Rtnl.open(ns.netns())) {
            Links links = rtnl.links();
            for (String bad : new String[] {"", "a/b", "a b", "x".repeat(128)}) {
                assertThrows(IllegalArgumentException.class, () -> links.find(bad), bad);
                assertThrows(IllegalArgumentException.class, () -> links.get(bad), bad);
                assertThrows(IllegalArgumentException.class, () -> links.delete(bad), bad);
            }
            assertTrue(links.find("x".repeat(127)).isEmpty());
            assertTrue(InterfaceNames.isValid("eth0"));
            assertFalse(InterfaceNames.isValid(LONG));
            assertEquals(LONG, InterfaceNames.checkAltName(LONG));
        }
    }

    @Test
    void aLongNameIsAskedForAsIflaAltIfnameAShortOneAsIflaIfname() {
        try (MessageWriter w = new MessageWriter()) {
            LinkRequest.writeDeleteByName(w, LONG);
            assertEquals(List.of(LinkAttributes.ALT_IFNAME.type()), attributeTypes(w));
        }
        try (MessageWriter w = new MessageWriter()) {
            LinkRequest.writeDeleteByName(w, "eth0");
            assertEquals(List.of(LinkAttributes.IFNAME.type()), attributeTypes(w));
        }
        try (MessageWriter w = new MessageWriter()) {
            LinkRequest.writeGetByName(w, LONG, 0);
            assertEquals(List.of(LinkAttributes.ALT_IFNAME.type(), LinkAttributes.EXT_MASK.type()), attributeTypes(w));
        }
    }

    /** The attribute types after the {@code ifinfomsg} of the message {@code w} holds. */
    private static List<Integer> attributeTypes(MessageWriter w) {
        ByteBuf message = w.finish();
        byte[] bytes = new byte[message.readableBytes()];
        message.getBytes(0, bytes);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.nativeOrder());
        List<Integer> types = new ArrayList<>();
        int at = 16 + 16;
        while (at + 4 <= b.getInt(0)) {
            int length = b.getShort(at) & 0xffff;
            types.add(b.getShort(at + 2) & 0xffff);
            at += (length + 3) & ~3;
        }
        return types;
    }

    @Test
    void masterAndKindFiltersTogetherSelectAsIpDoes() {
        try (TestNamespace ns = TestNamespace.create("flt"); Rtnl rtnl = Rtnl.open(ns.netns())) {
            Links links = rtnl.links();
            links.add(LinkRequest.of("br0").withData(BridgeData.of()));
            links.add(LinkRequest.of("v0").withData(VethData.of("v1", null)));
            links.add(LinkRequest.of("i0").withData(IfbData.INSTANCE));
            int br0 = links.get("br0").ifindex();
            links.change(LinkRequest.of("v0").withMasterIfindex(br0));
            links.change(LinkRequest.of("i0").withMasterIfindex(br0));
            List<String> ours = links.list(LinkFilter.all().withMasterIfindex(br0).withKind("veth")).stream()
                    .map(Link::name).toList();
            List<String> ip = new ArrayList<>();
            IpTool.ipJson(ns.name(), "link", "show", "master", "br0", "type", "veth")
                    .forEach(link -> ip.add(link.get("ifname").asText()));
            assertEquals(List.of("v0"), ours);
            assertEquals(ip, ours);
            assertEquals(List.of("i0", "v0"), links.list(LinkFilter.all().withMasterIfindex(br0)).stream()
                    .map(Link::name).sorted().toList());
        }
    }

    @Test
    void aLinkMovesToANamespaceByDescriptorByProcessAndToAnIndexThere() throws Exception {
        try (TestNamespace ns = TestNamespace.create("mv"); TestNamespace other = TestNamespace.create("mvo");
             Rtnl rtnl = Rtnl.open(ns.netns()); Rtnl there = Rtnl.open(other.netns())) {
            Links links = rtnl.links();
            links.add(LinkRequest.of("a0").withData(VethData.of("a1", null)));
            links.change(LinkRequest.of("a0").withNetnsFd(other.netns().fd()).with(LinkAttributes.NEW_IFINDEX, 42));
            assertEquals(42, there.links().get("a0").ifindex());
            Process inside = new ProcessBuilder("ip", "netns", "exec", other.name(), "sleep", "30").start();
            try {
                // ip netns exec enters the namespace, then becomes sleep: the pid is inside once it runs sleep.
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (!Files.readString(Path.of("/proc/" + inside.pid() + "/comm")).trim().equals("sleep") && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                links.change(LinkRequest.of("a1").withNetnsPid((int) inside.pid()));
            } finally {
                inside.destroyForcibly().waitFor();
            }
            assertTrue(there.links().find("a1").isPresent());
            assertTrue(links.find("a1").isEmpty());
            assertThrows(IllegalArgumentException.class, () -> LinkRequest.of("a0").withNetnsPid(0));
            assertThrows(IllegalArgumentException.class, () -> LinkRequest.of("a0").withNetnsFd(-1));
        }
    }

    @Test
    void detachingAnXdpProgramThatIsNotThereSucceeds() {
        try (TestNamespace ns = TestNamespace.create("xdp"); Rtnl rtnl = Rtnl.open(ns.netns())) {
            Links links = rtnl.links();
            links.add(LinkRequest.of("x0").withData(VethData.of("x1", null)));
            links.change(LinkRequest.of("x0").withXdpDetached(LinkRequest.XDP_FLAGS_UPDATE_IF_NOEXIST));
            links.change(LinkRequest.of("x0").withXdpDetached(LinkRequest.XDP_FLAGS_SKB_MODE));
            links.change(LinkRequest.of("x0").withXdpDetached(0));
            assertFalse(IpTool.ipJson(ns.name(), "link", "show", "dev", "x0").get(0).has("xdp"));
            assertThrows(IllegalArgumentException.class, () -> LinkRequest.of("x0")
                    .withXdpDetached(LinkRequest.XDP_FLAGS_SKB_MODE | LinkRequest.XDP_FLAGS_DRV_MODE));
            assertThrows(IllegalArgumentException.class, () -> LinkRequest.of("x0").withXdpDetached(0x100));
        }
    }
}
