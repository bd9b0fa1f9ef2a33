package io.jnetlink.route.neighbour;

import static io.jnetlink.route.testing.IpTool.bridgeJson;
import static io.jnetlink.route.testing.IpTool.ip;
import static io.jnetlink.route.testing.IpTool.ipJson;
import static io.jnetlink.route.testing.IpTool.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnetlink.core.Errno;
import io.jnetlink.core.MacAddress;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.Rtnl;
import io.jnetlink.route.testing.IpTool;
import io.jnetlink.route.testing.StraceCapture;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class NeighboursTest {
    private static final MacAddress ZERO_MAC = MacAddress.parse("00:00:00:00:00:00");

    /**
     * veth0/veth1 with addresses, a bridge br0 with ports veth2 and veth3 (peers veth2p, veth3p),
     * and a VXLAN device vx0 as Docker's overlay creates it.
     */
    private static TestNamespace topology() {
        TestNamespace ns = TestNamespace.create("neigh");
        try {
            String n = ns.name();
            ip(n, "link", "add", "veth0", "type", "veth", "peer", "name", "veth1");
            ip(n, "link", "add", "br0", "type", "bridge");
            ip(n, "link", "add", "veth2", "type", "veth", "peer", "name", "veth2p");
            ip(n, "link", "add", "veth3", "type", "veth", "peer", "name", "veth3p");
            ip(n, "link", "add", "vx0", "type", "vxlan", "id", "42", "dstport", "4789", "local", "10.1.1.1", "nolearning");
            for (String dev : List.of("veth0", "veth1", "br0", "veth2", "veth2p", "veth3", "veth3p", "vx0")) {
                ip(n, "link", "set", dev, "addrgenmode", "none");
            }
            ip(n, "link", "set", "veth2", "master", "br0");
            ip(n, "link", "set", "veth3", "master", "br0");
            for (String dev : List.of("veth0", "veth1", "br0", "veth2", "veth2p", "veth3", "veth3p", "vx0")) {
                ip(n, "link", "set", dev, "up");
            }
            ip(n, "addr", "add", "10.1.0.1/24", "dev", "veth0");
            ip(n, "addr", "add", "2001:db8::1/64", "dev", "veth0", "nodad");
            return ns;
        } catch (RuntimeException | AssertionError e) {
            ns.close();
            throw e;
        }
    }

    /**
     * Reads the tool's view, then ours, then the tool's again, until both tool reads agree: the
     * kernel adds multicast entries on its own when links come up, and a comparison must not
     * straddle such a change.
     */
    private static <T> Snapshot<T> stable(Supplier<JsonNode> tool, Supplier<List<T>> ours) {
        for (int attempt = 0; attempt < 20; attempt++) {
            JsonNode before = tool.get();
            List<T> list = ours.get();
            if (before.equals(tool.get())) {
                return new Snapshot<>(before, list);
            }
        }
        throw new AssertionError("the neighbour table never settled");
    }

    private record Snapshot<T>(JsonNode tool, List<T> ours) {
    }

    @Test
    void listMatchesIpNeighFieldByField() throws Exception {
        try (TestNamespace ns = topology(); Rtnl rtnl = Rtnl.open(ns.netns())) {
            String n = ns.name();
            ip(n, "neigh", "add", "10.1.0.9", "lladdr", "02:00:00:00:00:09", "dev", "veth0", "nud", "permanent");
            ip(n, "neigh", "add", "10.1.0.10", "lladdr", "02:00:00:00:00:0a", "dev", "veth0", "nud", "stale");
            ip(n, "neigh", "add", "10.1.0.11", "lladdr", "02:00:00:00:00:0b", "dev", "veth0", "nud", "noarp");
            ip(n, "-6", "neigh", "add", "2001:db8::9", "lladdr", "02:00:00:00:00:19", "dev", "veth0", "router",
                    "nud", "permanent");
            Map<Integer, String> names = IpTool.ifnames(n);
            Snapshot<Neighbour> s = stable(() -> ipJson(n, "neigh", "show", "nud", "all"), () -> rtnl.neighbours().list());
            assertEquals(s.tool().size(), s.ours().size(), s.tool().toString());
            List<Neighbour> unmatched = new ArrayList<>(s.ours());
            for (JsonNode entry : s.tool()) {
                InetAddress dst = InetAddress.getByName(text(entry, "dst"));
                Neighbour nb = unmatched.stream()
                        .filter(x -> dst.equals(x.dst()) && text(entry, "dev").equals(names.get(x.ifindex())))
                        .findFirst().orElseThrow(() -> new AssertionError("API lacks " + entry));
                unmatched.remove(nb);
                String what = entry.toString();
                assertEquals(text(entry, "lladdr"), nb.lladdr() == null ? null : nb.lladdr().toString(), what);
                assertEquals(stateNames(entry.get("state")), ipStateNames(nb.state()), what);
                assertEquals(entry.has("router"), nb.hasFlag(NeighbourCodec.NTF_ROUTER), what);
                assertEquals(entry.has("proxy"), nb.hasFlag(NeighbourCodec.NTF_PROXY), what);
                assertTrue(nb.family() == AddressFamily.AF_INET || nb.family() == AddressFamily.AF_INET6, what);
            }
            assertEquals(4, s.ours().stream().filter(x -> x.lladdr() != null
                    && x.lladdr().toString().startsWith("02:00:00:00:00")).count());
        }
    }

    private static List<String> stateNames(JsonNode states) {
        List<String> out = new ArrayList<>();
        states.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static List<String> ipStateNames(int state) {
        String[] names = {"INCOMPLETE", "REACHABLE", "STALE", "DELAY", "PROBE", "FAILED", "NOARP", "PERMANENT"};
        List<String> out = new ArrayList<>();
        for (int bit = 0; bit < names.length; bit++) {
            if ((state & (1 << bit)) != 0) {
                out.add(names[bit]);
            }
        }
        if (out.isEmpty()) {
            out.add("NONE");
        }
        return out;
    }

    @Test
    void fdbListMatchesBridgeFdbShowFieldByField() throws Exception {
        try (TestNamespace ns = topology(); Rtnl rtnl = Rtnl.open(ns.netns())) {
            String n = ns.name();
            Shell.run("bridge", "-n", n, "fdb", "add", "02:00:00:00:00:21", "dev", "veth2", "master", "static");
            Shell.run("bridge", "-n", n, "fdb", "add", "02:00:00:00:00:22", "dev", "veth3", "master");
            Shell.run("bridge", "-n", n, "fdb", "append", "00:00:00:00:00:00", "dev", "vx0", "dst", "192.168.246.195");
            Shell.run("bridge", "-n", n, "fdb", "append", "00:00:00:00:00:00", "dev", "vx0", "dst", "192.168.246.196",
                    "port", "4790", "vni", "43", "via", "veth0");
            Shell.run("bridge", "-n", n, "fdb", "add", "02:00:00:00:00:31", "dev", "vx0", "dst", "192.168.246.197");
            Map<Integer, String> names = IpTool.ifnames(n);
            Snapshot<Neighbour> s = stable(() -> bridgeJson(n, "fdb", "show"), () -> rtnl.neighbours().listFdb());
            assertEquals(s.tool().size(), s.ours().size(), s.tool().toString());
            List<Neighbour> unmatched = new ArrayList<>(s.ours());
            for (JsonNode entry : s.tool()) {
                Neighbour nb = unmatched.stream().filter(x -> sameFdbKey(entry, x, names)).findFirst()
                        .orElseThrow(() -> new AssertionError("API lacks " + entry + " among " + unmatched));
                unmatched.remove(nb);
                assertFdbEquals(entry, nb, names);
            }
            assertTrue(s.ours().stream().anyMatch(x -> x.vni() == 43 && x.port() == 4790
                    && x.viaIfindex() == IpTool.ifindex(n, "veth0")));

            int vx0 = IpTool.ifindex(n, "vx0");
            for (Neighbour listed : rtnl.neighbours().listFdb(vx0)) {
                rtnl.neighbours().delete(listed);
            }
            assertEquals(0, bridgeJson(n, "fdb", "show", "dev", "vx0").size(), "every listed entry deletes as listed");
        }
    }

    private static boolean sameFdbKey(JsonNode entry, Neighbour x, Map<Integer, String> names) {
        return x.family() == AddressFamily.AF_BRIDGE
                && text(entry, "mac").equals(x.lladdr().toString())
                && text(entry, "ifname").equals(names.get(x.ifindex()))
                && String.valueOf(text(entry, "dst")).equals(String.valueOf(x.dst() == null ? null : x.dst().getHostAddress()))
                && entry.path("vlan").asInt(-1) == x.vlan()
                && entry.has("master") == (x.master() != 0);
    }

    static void assertFdbEquals(JsonNode entry, Neighbour x, Map<Integer, String> names) {
        String what = entry.toString();
        assertEquals(text(entry, "master"), x.master() == 0 ? null : names.get(x.master()), what);
        assertEquals(entry.path("port").asInt(-1), x.port(), what);
        assertEquals(entry.path("vni").asLong(-1), x.vni(), what);
        assertEquals(text(entry, "viaIf"), x.viaIfindex() == 0 ? null : names.get(x.viaIfindex()), what);
        List<String> flags = stateNames(entry.get("flags"));
        assertEquals(flags.contains("self"), x.hasFlag(NeighbourCodec.NTF_SELF), what);
        assertEquals(flags.contains("sticky"), x.hasFlag(NeighbourCodec.NTF_STICKY), what);
        assertEquals(flags.contains("extern_learn"), x.hasFlag(NeighbourCodec.NTF_EXT_LEARNED), what);
        assertEquals(text(entry, "state"), bridgeStateName(x.state()), what);
    }

    private static String bridgeStateName(int state) {
        if ((state & NeighbourCodec.NUD_PERMANENT) != 0) {
            return "permanent";
        }
        if ((state & NeighbourCodec.NUD_NOARP) != 0) {
            return "static";
        }
        if ((state & NeighbourCodec.NUD_STALE) != 0) {
            return "stale";
        }
        return null;
    }

    @Test
    void ipNeighbourAddReplaceDeleteAreReadBackThroughApiAndIp() throws Exception {
        try (TestNamespace ns = topology(); Rtnl rtnl = Rtnl.open(ns.netns())) {
            String n = ns.name();
            int veth0 = IpTool.ifindex(n, "veth0");
            NeighbourRequest v4 = NeighbourRequest.ip(veth0, InetAddress.getByName("10.1.0.20"))
                    .withLladdr(MacAddress.parse("02:00:00:00:00:20"));
            NeighbourRequest v6 = NeighbourRequest.ip(veth0, InetAddress.getByName("2001:db8::20"))
                    .withLladdr(MacAddress.parse("02:00:00:00:00:26")).withFlags(NeighbourCodec.NTF_ROUTER);
            rtnl.neighbours().add(v4);
            rtnl.neighbours().add(v6);
            JsonNode shown = ipJson(n, "neigh", "show", "10.1.0.20", "dev", "veth0").get(0);
            assertEquals("02:00:00:00:00:20", text(shown, "lladdr"));
            assertEquals(List.of("PERMANENT"), stateNames(shown.get("state")));
            JsonNode shown6 = ipJson(n, "-6", "neigh", "show", "2001:db8::20", "dev", "veth0").get(0);
            assertTrue(shown6.has("router"));
            Neighbour ours = rtnl.neighbours().list(AddressFamily.AF_INET, veth0).stream()
                    .filter(x -> x.lladdr() != null && x.lladdr().toString().equals("02:00:00:00:00:20"))
                    .findFirst().orElseThrow();
            assertEquals(NeighbourCodec.NUD_PERMANENT, ours.state());

            rtnl.neighbours().replace(v4.withLladdr(MacAddress.parse("02:00:00:00:00:2f")).withState(NeighbourCodec.NUD_STALE));
            shown = ipJson(n, "neigh", "show", "10.1.0.20", "dev", "veth0").get(0);
            assertEquals("02:00:00:00:00:2f", text(shown, "lladdr"));
            assertEquals(List.of("STALE"), stateNames(shown.get("state")));

            rtnl.neighbours().delete(v4);
            rtnl.neighbours().delete(v6);
            assertEquals(0, ipJson(n, "neigh", "show", "10.1.0.20", "dev", "veth0").size());
            assertEquals(0, ipJson(n, "-6", "neigh", "show", "2001:db8::20", "dev", "veth0").size());
        }
    }

    @Test
    void fdbAppendAddReplaceDeleteAreReadBackThroughApiAndBridge() throws Exception {
        try (TestNamespace ns = topology(); Rtnl rtnl = Rtnl.open(ns.netns())) {
            String n = ns.name();
            int vx0 = IpTool.ifindex(n, "vx0");
            int veth2 = IpTool.ifindex(n, "veth2");
            int veth0 = IpTool.ifindex(n, "veth0");
            rtnl.neighbours().appendFdb(vx0, ZERO_MAC, InetAddress.getByName("192.168.246.195"));
            rtnl.neighbours().appendFdb(vx0, ZERO_MAC, InetAddress.getByName("192.168.246.196"));
            NeighbourRequest remote = NeighbourRequest.fdb(vx0, MacAddress.parse("02:00:00:00:00:31"))
                    .withDst(InetAddress.getByName("192.168.246.197")).withPort(4790).withVni(43).withViaIfindex(veth0);
            rtnl.neighbours().add(remote);
            NeighbourRequest port = NeighbourRequest.fdb(veth2, MacAddress.parse("02:00:00:00:00:21")).withMasterTable().withStaticState();
            rtnl.neighbours().add(port);

            Map<Integer, String> names = IpTool.ifnames(n);
            JsonNode vxShown = bridgeJson(n, "fdb", "show", "dev", "vx0");
            List<Neighbour> vxOurs = rtnl.neighbours().listFdb(vx0);
            assertEquals(vxShown.size(), vxOurs.size());
            assertEquals(2, vxOurs.stream().filter(x -> x.lladdr().equals(ZERO_MAC)).count());
            for (JsonNode entry : vxShown) {
                ((ObjectNode) entry).put("ifname", "vx0"); // omitted by "show dev"
                Neighbour nb = vxOurs.stream().filter(x -> sameFdbKey(entry, x, names)).findFirst()
                        .orElseThrow(() -> new AssertionError("API lacks " + entry));
                assertFdbEquals(entry, nb, names);
            }
            JsonNode portEntry = findMac(bridgeJson(n, "fdb", "show", "dev", "veth2"), "02:00:00:00:00:21");
            assertEquals("br0", text(portEntry, "master"));
            assertEquals("static", text(portEntry, "state"));

            NeighbourRequest moved = NeighbourRequest.fdb(vx0, MacAddress.parse("02:00:00:00:00:31"))
                    .withDst(InetAddress.getByName("192.168.246.198"));
            rtnl.neighbours().replace(moved);
            JsonNode movedEntry = findMac(bridgeJson(n, "fdb", "show", "dev", "vx0"), "02:00:00:00:00:31");
            assertEquals("192.168.246.198", text(movedEntry, "dst"));
            assertEquals(InetAddress.getByName("192.168.246.198"), rtnl.neighbours().listFdb(vx0).stream()
                    .filter(x -> x.lladdr().toString().equals("02:00:00:00:00:31")).findFirst().orElseThrow().dst());

            rtnl.neighbours().delete(moved);
            rtnl.neighbours().delete(port);
            rtnl.neighbours().delete(NeighbourRequest.fdb(vx0, ZERO_MAC).withDst(InetAddress.getByName("192.168.246.195")));
            JsonNode after = bridgeJson(n, "fdb", "show", "dev", "vx0");
            assertEquals(1, after.size(), after.toString());
            assertEquals("192.168.246.196", text(after.get(0), "dst"));
            assertEquals(null, findMac(bridgeJson(n, "fdb", "show", "dev", "veth2"), "02:00:00:00:00:21"));
        }
    }

    private static JsonNode findMac(JsonNode entries, String mac) {
        for (JsonNode e : entries) {
            if (mac.equals(text(e, "mac"))) {
                return e;
            }
        }
        return null;
    }

    @Test
    void errorsCarryTheKernelsErrnoAndBadArgumentsChangeNothing() throws Exception {
        try (TestNamespace ns = topology(); Rtnl rtnl = Rtnl.open(ns.netns())) {
            String n = ns.name();
            int veth0 = IpTool.ifindex(n, "veth0");
            NeighbourRequest req = NeighbourRequest.ip(veth0, InetAddress.getByName("10.1.0.30"))
                    .withLladdr(MacAddress.parse("02:00:00:00:00:30"));
            rtnl.neighbours().add(req);
            NetlinkException exists = assertThrows(NetlinkException.class, () -> rtnl.neighbours().add(req));
            assertEquals(Errno.EEXIST, exists.errno());
            NetlinkException noDevice = assertThrows(NetlinkException.class, () -> rtnl.neighbours()
                    .add(NeighbourRequest.ip(9999, InetAddress.getByName("10.1.0.31")).withLladdr(ZERO_MAC)));
            assertEquals(Errno.ENODEV, noDevice.errno());

            String before = ip(n, "-j", "neigh", "show", "nud", "permanent") + Shell.run("bridge", "-n", n, "-j", "fdb", "show", "dev", "vx0");
            assertThrows(IllegalArgumentException.class, () -> NeighbourRequest.fdb(veth0, MacAddress.parse("02:00:00:00:00")));
            assertThrows(IllegalArgumentException.class, () -> NeighbourRequest.fdb(0, ZERO_MAC));
            assertThrows(IllegalArgumentException.class, () -> NeighbourRequest.fdb(veth0, ZERO_MAC).withVni(1L << 24));
            assertThrows(IllegalArgumentException.class, () -> NeighbourRequest.fdb(veth0, ZERO_MAC).withVlan(4095));
            assertThrows(IllegalArgumentException.class, () -> NeighbourRequest.fdb(veth0, ZERO_MAC).withPort(0));
            assertThrows(IllegalArgumentException.class, () -> req.withDst(InetAddress.getByName("10.0.0.1")));
            assertThrows(IllegalArgumentException.class, () -> req.withMasterTable());
            assertThrows(IllegalArgumentException.class, () -> req.withLladdr(MacAddress.of(new byte[33])));
            assertThrows(IllegalArgumentException.class, () -> rtnl.neighbours().list(99, 0));
            assertEquals(before, ip(n, "-j", "neigh", "show", "nud", "permanent")
                    + Shell.run("bridge", "-n", n, "-j", "fdb", "show", "dev", "vx0"));
        }
    }

    @Test
    void requestBytesEqualWhatBridgeAndIpSend() throws Exception {
        try (TestNamespace ns = topology()) {
            String n = ns.name();
            int vx0 = IpTool.ifindex(n, "vx0");
            int veth0 = IpTool.ifindex(n, "veth0");
            assertSameBytes(NlMsgHdr.NLM_F_CREATE | NlMsgHdr.NLM_F_APPEND,
                    NeighbourRequest.fdb(vx0, ZERO_MAC).withDst(InetAddress.getByName("192.168.246.195")),
                    "bridge", "-n", n, "fdb", "append", "00:00:00:00:00:00", "dev", "vx0", "dst", "192.168.246.195");
            assertSameBytes(NlMsgHdr.NLM_F_CREATE | NlMsgHdr.NLM_F_APPEND,
                    NeighbourRequest.fdb(vx0, ZERO_MAC).withDst(InetAddress.getByName("192.168.246.196")).withPort(4790)
                            .withVni(43).withViaIfindex(veth0),
                    "bridge", "-n", n, "fdb", "append", "00:00:00:00:00:00", "dev", "vx0", "dst", "192.168.246.196",
                    "port", "4790", "vni", "43", "via", "veth0");
            assertSameBytes(NlMsgHdr.NLM_F_CREATE | NlMsgHdr.NLM_F_EXCL,
                    NeighbourRequest.ip(veth0, InetAddress.getByName("10.1.0.9")).withLladdr(MacAddress.parse("02:00:00:00:00:09")),
                    "ip", "-n", n, "neigh", "add", "10.1.0.9", "lladdr", "02:00:00:00:00:09", "dev", "veth0", "nud", "permanent");
            assertSameBytes(MessageType.RTM_DELNEIGH, 0, NeighbourRequest.ip(veth0, InetAddress.getByName("10.1.0.9")),
                    "ip", "-n", n, "neigh", "del", "10.1.0.9", "dev", "veth0");
            assertSameBytes(MessageType.RTM_DELNEIGH, 0,
                    NeighbourRequest.fdb(vx0, ZERO_MAC).withDst(InetAddress.getByName("192.168.246.195")),
                    "bridge", "-n", n, "fdb", "del", "00:00:00:00:00:00", "dev", "vx0", "dst", "192.168.246.195");
        }
    }

    private static void assertSameBytes(int flags, NeighbourRequest request, String... command) {
        assertSameBytes(MessageType.RTM_NEWNEIGH, flags, request, command);
    }

    private static void assertSameBytes(int type, int flags, NeighbourRequest request, String... command) {
        List<StraceCapture.Request> sent = StraceCapture.requests(type, command);
        assertEquals(1, sent.size(), String.join(" ", command));
        try (MessageWriter w = new MessageWriter()) {
            NeighbourCodec.write(w, type, flags, request);
            w.flags(w.flags() | NlMsgHdr.NLM_F_ACK);
            StraceCapture.Request ours = StraceCapture.Request.of(w.finish());
            assertEquals(sent.get(0).flags(), ours.flags(), String.join(" ", command));
            assertEquals(sent.get(0).hex(), ours.hex(), String.join(" ", command));
        }
    }
}
