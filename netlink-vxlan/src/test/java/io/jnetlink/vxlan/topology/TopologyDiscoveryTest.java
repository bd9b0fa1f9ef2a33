package io.jnetlink.vxlan.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jnetlink.core.netns.NetNs;
import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A topology built in throwaway namespaces (three named ones and one only a process holds) is
 * discovered whole: every veth end paired with the namespace and name {@code ip -j -d link}
 * reports for both ends, bridges with their ports, the VXLAN device with its FDB remotes, and no
 * namespace twice. Discovery is restricted to the test's own namespaces.
 */
class TopologyDiscoveryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void discoversEveryNamespaceOnceAndResolvesEveryVethPairAsIpDoes() throws Exception {
        try (TestNamespace a = TestNamespace.create("topo-a"); TestNamespace b = TestNamespace.create("topo-b");
             TestNamespace c = TestNamespace.create("topo-c")) {
            String held = "jnlt-topo-p-" + ProcessHandle.current().pid();
            Process sleeper = null;
            try {
                NetNs.create(held).close();
                Shell.run("ip", "-n", a.name(), "link", "add", "ab0", "type", "veth", "peer", "name", "ba0",
                        "netns", b.name());
                Shell.run("ip", "-n", b.name(), "link", "add", "bc0", "type", "veth", "peer", "name", "cb0",
                        "netns", c.name());
                Shell.run("ip", "-n", a.name(), "link", "add", "loop0", "type", "veth", "peer", "name", "loop1");
                Shell.run("ip", "-n", c.name(), "link", "add", "cp0", "type", "veth", "peer", "name", "pc0",
                        "netns", held);
                Shell.run("ip", "-n", b.name(), "link", "add", "br0", "type", "bridge");
                Shell.run("ip", "-n", b.name(), "link", "set", "ba0", "master", "br0");
                Shell.run("ip", "-n", b.name(), "link", "set", "bc0", "master", "br0");
                Shell.run("ip", "-n", a.name(), "addr", "add", "10.9.0.1/24", "dev", "ab0");
                Shell.run("ip", "-n", c.name(), "link", "add", "vx0", "type", "vxlan", "id", "4097",
                        "dstport", "4789", "local", "10.9.1.1");
                Shell.run("bridge", "-n", c.name(), "fdb", "append", "00:00:00:00:00:00", "dev", "vx0",
                        "dst", "192.168.246.195");
                Shell.run("bridge", "-n", c.name(), "fdb", "append", "00:00:00:00:00:00", "dev", "vx0",
                        "dst", "192.168.246.196");

                sleeper = new ProcessBuilder("ip", "netns", "exec", held, "sleep", "60").start();
                long heldInode = NetNs.inodeOf(Path.of("/run/netns", held));
                Path procNs = Path.of("/proc", Long.toString(sleeper.pid()), "ns", "net");
                while (NetNs.inodeOf(procNs) != heldInode) {
                    // ip netns exec has not entered the namespace yet (it setns()es, then execs sleep).
                    assertTrue(sleeper.isAlive(), "ip netns exec failed");
                    Thread.onSpinWait();
                }
                NetNs.delete(held);
                int pid = (int) sleeper.pid();

                Topology topology = Topology.discover(TopologyOptions.only(
                        List.of(Path.of("/run/netns", a.name()), Path.of("/run/netns", b.name()),
                                Path.of("/run/netns", c.name()), Path.of("/run/netns", b.name())),
                        List.of(pid)));

                assertEquals(List.of(a.name(), b.name(), c.name(), "pid:" + pid),
                        topology.namespaces().stream().map(NamespaceNode::name).toList(),
                        "each namespace once, the process one under its pid");
                Set<Long> inodes = new HashSet<>();
                topology.namespaces().forEach(ns -> assertTrue(inodes.add(ns.inode()), ns.name() + " twice"));
                NamespaceNode p = topology.namespace("pid:" + pid).orElseThrow();
                assertEquals(procNs, p.path());
                assertEquals(heldInode, p.inode());

                Map<String, List<String>> ipCommands = Map.of(
                        a.name(), List.of("ip", "-n", a.name()), b.name(), List.of("ip", "-n", b.name()),
                        c.name(), List.of("ip", "-n", c.name()),
                        p.name(), List.of("nsenter", "--net=" + procNs, "ip"));
                assertVethEdgesMatchIp(topology, ipCommands);

                assertPeer(topology, a.name(), "ab0", b.name(), "ba0");
                assertPeer(topology, b.name(), "bc0", c.name(), "cb0");
                assertPeer(topology, a.name(), "loop0", a.name(), "loop1");
                assertPeer(topology, c.name(), "cp0", p.name(), "pc0");
                assertPeer(topology, p.name(), "pc0", c.name(), "cp0");

                NamespaceNode nb = topology.namespace(b.name()).orElseThrow();
                assertEquals(List.of("br0"), nb.bridges().stream().map(LinkNode::name).toList());
                assertEquals(Set.of("ba0", "bc0"),
                        Set.copyOf(nb.ports("br0").stream().map(LinkNode::name).toList()));
                assertEquals("10.9.0.1/24", topology.namespace(a.name()).orElseThrow().link("ab0")
                        .orElseThrow().addresses().get(0).toString());

                LinkNode vx = topology.namespace(c.name()).orElseThrow().link("vx0").orElseThrow();
                JsonNode ipVx = ipLink(ipCommands.get(c.name())).get("vx0");
                JsonNode data = ipVx.get("linkinfo").get("info_data");
                assertEquals(data.get("id").asInt(), vx.vxlan().vni());
                assertEquals(data.get("port").asInt(), vx.vxlan().port());
                assertEquals(InetAddress.getByName(data.get("local").asText()), vx.vxlan().local());
                assertEquals(bridgeFdbRemotes(c.name()), vx.vxlan().remotes());
                assertEquals(List.of(InetAddress.getByName("192.168.246.195"), InetAddress.getByName("192.168.246.196")),
                        vx.vxlan().remotes());

                Topology aroundA = topology.around(a.name());
                assertEquals(List.of(a.name(), b.name()),
                        aroundA.namespaces().stream().map(NamespaceNode::name).toList());
            } finally {
                if (sleeper != null) {
                    sleeper.destroy();
                    sleeper.waitFor(10, TimeUnit.SECONDS);
                }
                if (Path.of("/run/netns", held).toFile().exists()) {
                    NetNs.delete(held);
                }
            }
        }
    }

    @Test
    void aWholeHostScanListsANamedNamespaceOnceUnderItsNameEvenWhileAProcessIsInside() throws Exception {
        try (TestNamespace a = TestNamespace.create("topo-h")) {
            Process sleeper = new ProcessBuilder("ip", "netns", "exec", a.name(), "sleep", "60").start();
            try {
                Path procNs = Path.of("/proc", Long.toString(sleeper.pid()), "ns", "net");
                while (NetNs.inodeOf(procNs) != a.netns().inode()) {
                    assertTrue(sleeper.isAlive(), "ip netns exec failed");
                    Thread.onSpinWait();
                }
                Topology host = Topology.discover(TopologyOptions.host());

                Set<Long> inodes = new HashSet<>();
                host.namespaces().forEach(ns -> assertTrue(inodes.add(ns.inode()), ns.name() + " twice"));
                NamespaceNode ours = host.namespace(a.name()).orElseThrow();
                assertEquals(a.netns().inode(), ours.inode());
                assertTrue(host.namespace("pid:" + sleeper.pid()).isEmpty(), "named, so not listed by pid");
                assertTrue(inodes.contains(NetNs.currentInode()), "the test's own namespace, held by processes");
            } finally {
                sleeper.destroy();
                sleeper.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void rejectsNonPositivePidsBeforeOpeningAnything() {
        assertThrows(IllegalArgumentException.class, () -> TopologyOptions.only(List.of(), List.of(0)));
    }

    @Test
    void aroundAnUnknownNamespaceIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Topology(List.of()).around("nowhere"));
    }

    /**
     * Every veth of the graph, from both ends: the ifindex is the one ip reports, the peer's
     * ifindex is ip's {@code link_index}, the named peer in the peer's namespace has that index
     * there, and the peer points back. Every veth ip lists is in the graph (no edge missing).
     */
    private static void assertVethEdgesMatchIp(Topology topology, Map<String, List<String>> ipCommands)
            throws IOException {
        Map<String, Map<String, JsonNode>> ip = new TreeMap<>();
        for (NamespaceNode ns : topology.namespaces()) {
            ip.put(ns.name(), ipLink(ipCommands.get(ns.name())));
        }
        int veths = 0;
        for (NamespaceNode ns : topology.namespaces()) {
            for (JsonNode link : ip.get(ns.name()).values()) {
                JsonNode info = link.get("linkinfo");
                if (info == null || !"veth".equals(info.path("info_kind").asText())) {
                    continue;
                }
                veths++;
                String name = link.get("ifname").asText();
                LinkNode ours = ns.link(name).orElseThrow(() -> new AssertionError("missing " + name));
                assertEquals(link.get("ifindex").asInt(), ours.ifindex(), name);
                assertNotNull(ours.peer(), name + " has no peer");
                assertTrue(ours.peer().isResolved(), name + " peer unresolved");
                int peerIndex = link.has("link_index") ? link.get("link_index").asInt()
                        : ip.get(ns.name()).get(link.get("link").asText()).get("ifindex").asInt();
                assertEquals(peerIndex, ours.peer().ifindex(), name);
                JsonNode peerLink = ip.get(ours.peer().namespace()).get(ours.peer().name());
                assertNotNull(peerLink, name + "'s peer " + ours.peer() + " is not what ip lists there");
                assertEquals(peerIndex, peerLink.get("ifindex").asInt(), name);
                LinkNode back = topology.namespace(ours.peer().namespace()).orElseThrow()
                        .link(ours.peer().name()).orElseThrow();
                assertEquals(ns.name(), back.peer().namespace(), name);
                assertEquals(name, back.peer().name());
            }
        }
        assertEquals(8, veths, "four pairs, eight ends");
    }

    private static void assertPeer(Topology t, String ns, String link, String peerNs, String peer) {
        LinkNode.Peer p = t.namespace(ns).orElseThrow().link(link).orElseThrow().peer();
        assertEquals(peerNs, p.namespace(), link);
        assertEquals(peer, p.name(), link);
    }

    private static Map<String, JsonNode> ipLink(List<String> ip) throws IOException {
        List<String> command = new ArrayList<>(ip);
        command.addAll(List.of("-j", "-d", "link", "show"));
        Map<String, JsonNode> byName = new TreeMap<>();
        for (JsonNode link : JSON.readTree(Shell.run(command.toArray(String[]::new)))) {
            byName.put(link.get("ifname").asText(), link);
        }
        return byName;
    }

    private static List<InetAddress> bridgeFdbRemotes(String ns) throws IOException {
        List<InetAddress> remotes = new ArrayList<>();
        for (JsonNode entry : JSON.readTree(Shell.run("bridge", "-n", ns, "-j", "fdb", "show", "dev", "vx0"))) {
            if (entry.has("dst")) {
                InetAddress dst = InetAddress.getByName(entry.get("dst").asText());
                if (!remotes.contains(dst)) {
                    remotes.add(dst);
                }
            }
        }
        return remotes;
    }
}
