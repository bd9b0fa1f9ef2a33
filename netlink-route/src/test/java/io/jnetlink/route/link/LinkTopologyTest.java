package io.jnetlink.route.link;

import io.jnetlink.route.AddressFamily;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import io.jnetlink.route.Rtnl;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A rich topology built with iproute2 in two throwaway namespaces (ifb devices, a bridge with
 * three ports, a veth pair whose peer sits in the second namespace, a macvlan and a macvtap on
 * a veth, a tap device), read through the library and compared with {@code ip -j -s -d link show}.
 */
class LinkTopologyTest {
    private static TestNamespace ns;
    private static TestNamespace peerNs;

    @BeforeAll
    static void buildTopology() {
        ns = TestNamespace.create("topo");
        peerNs = TestNamespace.create("topo-peer");
        String n = ns.name();
        ip(n, "link", "add", "br0", "type", "bridge", "forward_delay", "400", "mcast_snooping", "0");
        for (String ifb : List.of("ifb0", "ifb1", "ifb2")) {
            ip(n, "link", "add", ifb, "type", "ifb");
        }
        ip(n, "link", "add", "va", "type", "veth", "peer", "name", "vb");
        ip(n, "link", "add", "v0", "type", "veth", "peer", "name", "v0p", "netns", peerNs.name());
        ip(n, "link", "set", "ifb1", "master", "br0");
        ip(n, "link", "set", "ifb2", "master", "br0");
        ip(n, "link", "set", "va", "master", "br0");
        ip(n, "link", "add", "mv0", "link", "vb", "type", "macvlan", "mode", "bridge");
        ip(n, "link", "add", "mvt0", "link", "vb", "type", "macvtap", "mode", "vepa");
        ip(n, "tuntap", "add", "tap0", "mode", "tap");
        ip(n, "link", "set", "ifb0", "alias", "shaper for eth0");
        ip(n, "link", "set", "vb", "mtu", "1400");
        ip(n, "link", "set", "ifb2", "txqlen", "64");
        ip(n, "link", "set", "br0", "up");
        ip(n, "link", "set", "ifb1", "up");
    }

    @AfterAll
    static void removeTopology() {
        if (peerNs != null) {
            peerNs.close();
        }
        if (ns != null) {
            ns.close();
        }
    }

    private static void ip(String netns, String... args) {
        Shell.run(Shell.ipCommand(netns, args));
    }

    @Test
    void everyLinkEqualsIpFieldByField() {
        try (Rtnl rtnl = Rtnl.open(ns.netns())) {
            IpLinkJson.assertSameAsIp(rtnl.links().list(), IpLinkJson.show(ns.name()));
        }
    }

    @Test
    void peerNamespaceEqualsIpFieldByField() {
        try (Rtnl rtnl = Rtnl.open(peerNs.netns())) {
            List<Link> links = rtnl.links().list();
            IpLinkJson.assertSameAsIp(links, IpLinkJson.show(peerNs.name()));
            Link peer = links.stream().filter(l -> l.name().equals("v0p")).findFirst().orElseThrow();
            assertTrue(peer.linkNetnsId() >= 0, "a peer in another namespace carries IFLA_LINK_NETNSID");
        }
    }

    @Test
    void getByNameAndByIndexEqualIp() {
        try (Rtnl rtnl = Rtnl.open(ns.netns())) {
            var ip = IpLinkJson.show(ns.name());
            List<Link> all = rtnl.links().list();
            for (String name : List.of("br0", "ifb1", "mv0", "tap0", "v0")) {
                Link byName = rtnl.links().get(name);
                Link byIndex = rtnl.links().get(byName.ifindex());
                assertEquals(name, byIndex.name());
                IpLinkJson.assertSameAsIp(byName, ip.get(byName.ifindex()),
                        i -> all.stream().filter(l -> l.ifindex() == i).map(Link::name).findFirst().orElseThrow());
            }
        }
    }

    @Test
    void carrierCountersEqualSysfs() {
        try (Rtnl rtnl = Rtnl.open(ns.netns())) {
            for (Link link : rtnl.links().list()) {
                assertEquals(sysfs(link, "carrier_changes"), String.valueOf(link.getInt(LinkAttributes.CARRIER_CHANGES)), link.name());
                assertEquals(sysfs(link, "carrier_up_count"), String.valueOf(link.getInt(LinkAttributes.CARRIER_UP_COUNT)), link.name());
                assertEquals(sysfs(link, "carrier_down_count"), String.valueOf(link.getInt(LinkAttributes.CARRIER_DOWN_COUNT)), link.name());
                if (link.isUp()) { // sysfs refuses to report the carrier of a down device
                    assertEquals(sysfs(link, "carrier"), String.valueOf(link.getInt(LinkAttributes.CARRIER)), link.name());
                }
            }
        }
    }

    /** A device's sysfs attribute as seen inside the namespace ({@code ip netns exec} mounts its sysfs). */
    private static String sysfs(Link link, String attribute) {
        return Shell.run("ip", "netns", "exec", ns.name(), "cat", "/sys/class/net/" + link.name() + "/" + attribute).trim();
    }

    @Test
    void typedKindsDecodeToTheirRecords() {
        try (Rtnl rtnl = Rtnl.open(ns.netns())) {
            var links = rtnl.links();
            assertInstanceOf(BridgeData.class, links.get("br0").info().data());
            assertEquals(400, ((BridgeData) links.get("br0").info().data()).get(BridgeAttributes.FORWARD_DELAY));
            assertInstanceOf(IfbData.class, links.get("ifb0").info().data());
            assertInstanceOf(VethData.class, links.get("va").info().data());
            assertInstanceOf(BridgePortData.class, links.get("va").info().slaveData());
            MacvlanData mvt = (MacvlanData) links.get("mvt0").info().data();
            assertEquals("macvtap", mvt.kind());
            assertEquals(MacvlanData.MACVLAN_MODE_VEPA, mvt.get(MacvlanAttributes.MODE));
            TunData tap = (TunData) links.get("tap0").info().data();
            assertEquals(TunData.IFF_TAP, tap.get(TunAttributes.TYPE));
            assertEquals(Boolean.TRUE, tap.get(TunAttributes.PERSIST));
        }
    }

    @Test
    void listsByMasterAndByKindAsIpDoes() {
        try (Rtnl rtnl = Rtnl.open(ns.netns())) {
            assertEquals(ipNames("link", "show", "master", "br0"), names(rtnl.links().list(LinkFilter.all().withMasterIfindex(rtnl.links().get("br0").ifindex()))));
            assertEquals(ipNames("link", "show", "type", "ifb"), names(rtnl.links().list(LinkFilter.all().withKind("ifb"))));
            assertEquals(ipNames("link", "show", "type", "veth"), names(rtnl.links().list(LinkFilter.all().withKind("veth"))));
            assertEquals(Set.of("ifb1", "ifb2", "va"), names(rtnl.links().list(LinkFilter.all().withMasterIfindex(rtnl.links().get("br0").ifindex()))));
        }
    }

    @Test
    void masterAndKindFiltersAreAppliedByTheKernel() {
        try (Rtnl rtnl = Rtnl.open(ns.netns()); MessageWriter w = new MessageWriter()) {
            int br0 = rtnl.links().get("br0").ifindex();
            for (Consumer<MessageWriter> request : List.<Consumer<MessageWriter>>of(
                    r -> LinkFilter.all().withMasterIfindex(br0).writeDump(r, 0), r -> LinkFilter.all().withKind("ifb").writeDump(r, 0))) {
                request.accept(w);
                List<Integer> flags = new ArrayList<>();
                rtnl.socket().dump(w, m -> flags.add(m.flags()));
                assertEquals(3, flags.size(), "only the matching links come back");
                for (int f : flags) {
                    assertTrue((f & NlMsgHdr.NLM_F_DUMP_FILTERED) != 0, "NLM_F_DUMP_FILTERED set by the kernel");
                }
            }
        }
    }

    @Test
    void visitorSeesTheSameLinksAsTheRecords() {
        try (Rtnl rtnl = Rtnl.open(ns.netns())) {
            List<String> seen = new ArrayList<>();
            List<Link> rebuilt = new ArrayList<>();
            rtnl.links().forEach(view -> {
                seen.add(view.ifindex() + ":" + view.name() + ":" + view.mtu() + ":" + view.masterIfindex());
                rebuilt.add(Link.from(view));
            });
            List<Link> records = rtnl.links().list();
            assertEquals(records.stream().map(l -> l.ifindex() + ":" + l.name() + ":" + l.mtu() + ":" + l.masterIfindex()).toList(), seen);
            IpLinkJson.assertSameAsIp(rebuilt, IpLinkJson.show(ns.name()));
        }
    }

    @Test
    void withoutStatsDropsTheIpv6CountersButKeepsStats64() {
        try (Rtnl rtnl = Rtnl.open(ns.netns())) {
            assertTrue(hasInet6Stats(rtnl.links().get("br0")), "IFLA_INET6_STATS sent by default");
            Link lean = rtnl.links().withoutStats().get("br0");
            assertFalse(hasInet6Stats(lean), "IFLA_INET6_STATS left out with RTEXT_FILTER_SKIP_STATS");
            assertNotNull(lean.stats());
            for (Link link : rtnl.links().withoutStats().list()) {
                assertFalse(hasInet6Stats(link), link.name());
            }
        }
    }

    private static boolean hasInet6Stats(Link link) {
        if (link.get(LinkAttributes.AF_SPEC) == null) {
            return false;
        }
        AttributeCursor family = link.get(LinkAttributes.AF_SPEC).cursor();
        while (family.next()) {
            if (family.type() == AddressFamily.AF_INET6) {
                AttributeCursor inet6 = family.nested();
                while (inet6.next()) {
                    if (inet6.type() == LinkAttributes.IFLA_INET6_STATS) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Test
    void nestedAndStructAttributesAreKeptAsTheirBytes() {
        try (Rtnl rtnl = Rtnl.open(ns.netns())) {
            Link br0 = rtnl.links().get("br0");
            assertFalse(br0.get(LinkAttributes.AF_SPEC).isEmpty(), "IFLA_AF_SPEC's members, raw");
            assertEquals(32, br0.get(LinkAttributes.MAP).length, "IFLA_MAP: struct rtnl_link_ifmap");
        }
    }

    private static Set<String> names(List<Link> links) {
        return links.stream().map(Link::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> ipNames(String... args) {
        String[] command = new String[args.length + 4];
        command[0] = "ip";
        command[1] = "-n";
        command[2] = ns.name();
        command[3] = "-j";
        System.arraycopy(args, 0, command, 4, args.length);
        Set<String> names = new TreeSet<>();
        for (String part : Shell.run(command).split("\"ifname\":\"")) {
            if (names.isEmpty() && !part.isEmpty() && part.charAt(0) == '[') {
                names.add("");
                continue;
            }
            names.add(part.substring(0, part.indexOf('"')));
        }
        names.remove("");
        return names;
    }
}
