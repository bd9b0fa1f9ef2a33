package io.jnetlink.vxlan.overlay;

import io.jnetlink.route.link.VethData;
import io.jnetlink.route.link.LinkRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.netns.NetNs;
import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import io.jnetlink.route.Rtnl;
import io.jnetlink.route.address.AddressRequest;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.testing.IpTool;
import io.jnetlink.vxlan.VxlanRemote;
import java.net.InetAddress;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Overlay sandboxes built by {@link OverlaySandbox} look like Docker's to {@code ip}, and carry
 * traffic: two simulated hosts (namespaces joined by a veth underlay, 192.168.246.194 and .195)
 * each hold a sandbox for VNI 4097 and a container; the containers ping each other across the
 * overlay until the FDB entry is deleted. Every namespace is the test's own.
 */
class OverlaySandboxTest {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Test
    void containersOnTwoHostsPingAcrossTheOverlayUntilTheFdbEntryIsDeleted() throws Exception {
        InetAddress vtepA = InetAddress.getByName("192.168.246.194");
        InetAddress vtepB = InetAddress.getByName("192.168.246.195");
        InetAddress gateway = InetAddress.getByName("10.0.0.1");
        InetAddress ipA = InetAddress.getByName("10.0.0.3");
        InetAddress ipB = InetAddress.getByName("10.0.0.4");
        try (TestNamespace hostA = TestNamespace.create("ovl-hosta"); TestNamespace hostB = TestNamespace.create("ovl-hostb");
             TestNamespace containerA = TestNamespace.create("ovl-ca"); TestNamespace containerB = TestNamespace.create("ovl-cb")) {
            underlay(hostA, hostB, vtepA, vtepB);
            OverlaySandbox a = OverlaySandbox.create(hostA.netns(), sandboxName(), OverlaySandbox.dockerVxlan(4097),
                    gateway, 24, OverlaySandbox.DOCKER_OVERLAY_MTU);
            try {
                OverlaySandbox b = OverlaySandbox.create(hostB.netns(), sandboxName(), OverlaySandbox.dockerVxlan(4097),
                        gateway, 24, OverlaySandbox.DOCKER_OVERLAY_MTU);
                try {
                    a.attach("veth0", containerA.netns(), "eth1", ipA, 24);
                    b.attach("veth0", containerB.netns(), "eth1", ipB, 24);
                    a.addPeer(ipB, vtepB);
                    b.addPeer(ipA, vtepA);

                    long underlayBefore = rxPackets(hostB, "ul0");
                    assertEquals(0, ping(containerA, "10.0.0.4"), "ping across the overlay");
                    assertTrue(rxPackets(hostB, "ul0") > underlayBefore, "the packets crossed the test's underlay");
                    assertEquals(0, ping(containerB, "10.0.0.3"), "ping back");

                    a.fdb().delete(a.vxlanIfindex(), OverlaySandbox.dockerMac(ipB), VxlanRemote.of(vtepB));
                    assertNotEquals(0, ping(containerA, "10.0.0.4"), "ping without the FDB entry");
                } finally {
                    b.destroy();
                }
            } finally {
                a.destroy();
            }
        }
    }

    @Test
    void sandboxLooksLikeDockersToIp() throws Exception {
        try (TestNamespace host = TestNamespace.create("ovl-host"); TestNamespace container = TestNamespace.create("ovl-c")) {
            String name = sandboxName();
            OverlaySandbox sandbox = OverlaySandbox.create(host.netns(), name, OverlaySandbox.dockerVxlan(4096),
                    InetAddress.getByName("10.255.0.1"), 16, OverlaySandbox.DOCKER_OVERLAY_MTU);
            try {
                sandbox.attach("veth0", container.netns(), "eth0", InetAddress.getByName("10.255.0.5"), 16);
                sandbox.addPeer(InetAddress.getByName("10.255.0.6"), InetAddress.getByName("192.168.246.195"));

                JsonNode vxlan0 = IpTool.ipJson(name, "-d", "link", "show", "vxlan0").get(0);
                assertEquals("br0", vxlan0.get("master").asText());
                assertEquals(1450, vxlan0.get("mtu").asInt());
                assertTrue(vxlan0.has("link_netnsid"), "vxlan0 was made in the host namespace: " + vxlan0);
                JsonNode data = vxlan0.get("linkinfo").get("info_data");
                assertEquals(4096, data.get("id").asInt());
                assertEquals(4789, data.get("port").asInt());
                assertTrue(data.get("proxy").asBoolean() && data.get("l2miss").asBoolean() && data.get("l3miss").asBoolean());
                JsonNode br0 = IpTool.ipJson(name, "addr", "show", "br0").get(0);
                assertEquals("10.255.0.1", br0.get("addr_info").get(0).get("local").asText());
                assertEquals(16, br0.get("addr_info").get(0).get("prefixlen").asInt());
                assertEquals("br0", IpTool.ipJson(name, "link", "show", "veth0").get(0).get("master").asText());
                JsonNode eth0 = IpTool.ipJson(container.name(), "addr", "show", "eth0").get(0);
                assertEquals("02:42:0a:ff:00:05", eth0.get("address").asText());
                assertEquals("10.255.0.5", eth0.get("addr_info").get(0).get("local").asText());
                assertEquals("UP", eth0.get("operstate").asText());
                JsonNode neigh = IpTool.ipJson(name, "neigh", "show", "dev", "vxlan0").get(0);
                assertEquals("02:42:0a:ff:00:06", neigh.get("lladdr").asText());
                JsonNode fdb = IpTool.bridgeJson(name, "fdb", "show", "dev", "vxlan0");
                boolean found = false;
                for (JsonNode e : fdb) {
                    found |= "02:42:0a:ff:00:06".equals(e.get("mac").asText())
                            && "192.168.246.195".equals(IpTool.text(e, "dst"));
                }
                assertTrue(found, fdb.toString());

                sandbox.deletePeer(InetAddress.getByName("10.255.0.6"), InetAddress.getByName("192.168.246.195"));
                assertEquals(0, IpTool.ipJson(name, "neigh", "show", "dev", "vxlan0").size());
                sandbox.detach("veth0");
                assertFalse(IpTool.ifnames(container.name()).containsValue("eth0"), "eth0 went with its pair");
            } finally {
                sandbox.destroy();
            }
            assertFalse(NetNs.list().contains(name), "the sandbox namespace is gone");
            // vxlan0 went with the sandbox; its staging name is free again in the host.
            try (Rtnl rtnl = Rtnl.open(host.netns())) {
                assertTrue(rtnl.links().list().stream().map(Link::name).noneMatch(n -> n.startsWith("vx-")));
            }
        }
    }

    @Test
    void aFailedCreateLeavesNothingBehind() throws Exception {
        try (TestNamespace host = TestNamespace.create("ovl-fail")) {
            String name = sandboxName();
            // Same VNI and port twice in one host: the second VXLAN device cannot bind, so create fails.
            OverlaySandbox first = OverlaySandbox.create(host.netns(), name, OverlaySandbox.dockerVxlan(4097),
                    InetAddress.getByName("10.0.0.1"), 24, 1450);
            try {
                String second = sandboxName();
                assertThrows(NetlinkException.class, () -> OverlaySandbox.create(host.netns(), second,
                        OverlaySandbox.dockerVxlan(4097), InetAddress.getByName("10.0.0.1"), 24, 1450));
                assertFalse(NetNs.list().contains(second), "the half-made sandbox was removed");
                assertThrows(IllegalArgumentException.class, () -> OverlaySandbox.create(host.netns(), sandboxName(),
                        OverlaySandbox.dockerVxlan(1), InetAddress.getByName("2001:db8::1"), 64, 1450));
            } finally {
                first.destroy();
            }
        }
    }

    private static String sandboxName() {
        return "jnlt-sb-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
    }

    /** A veth pair {@code ul0} between the two hosts with their underlay addresses. */
    private static void underlay(TestNamespace a, TestNamespace b, InetAddress vtepA, InetAddress vtepB) {
        try (Rtnl ra = Rtnl.open(a.netns()); Rtnl rb = Rtnl.open(b.netns())) {
            ra.links().add(LinkRequest.of("ul0").withData(VethData.of("ul0", b.netns())));
            ra.addresses().add(AddressRequest.of(ra.links().get("ul0").ifindex(), vtepA, 24));
            rb.addresses().add(AddressRequest.of(rb.links().get("ul0").ifindex(), vtepB, 24));
            ra.links().change(LinkRequest.of("ul0").withUp());
            rb.links().change(LinkRequest.of("ul0").withUp());
        }
    }

    private static long rxPackets(TestNamespace ns, String link) {
        try (Rtnl rtnl = Rtnl.open(ns.netns())) {
            return rtnl.links().get(link).stats().rxPackets();
        }
    }

    private static int ping(TestNamespace from, String to) {
        return Shell.exec("ip", "netns", "exec", from.name(), "ping", "-c1", "-W1", to).exitCode();
    }
}
