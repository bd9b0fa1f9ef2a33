package io.jnetlink.vxlan;

import io.jnetlink.route.link.LinkRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jnetlink.core.Errno;
import io.jnetlink.core.MacAddress;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.core.testing.TestNamespace;
import io.jnetlink.route.Rtnl;
import io.jnetlink.route.neighbour.Neighbour;
import io.jnetlink.route.neighbour.NeighbourAttributes;
import io.jnetlink.route.neighbour.NeighbourCodec;
import io.jnetlink.route.testing.IpTool;
import io.jnetlink.route.testing.StraceCapture;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * VXLAN FDB and neighbour entries made with {@link VxlanFdb} are what {@code bridge -j fdb show}
 * and {@code ip -j neigh} list, {@link VxlanFdb#list} agrees with them, and the requests equal
 * {@code bridge fdb}'s byte for byte. Each test works in its own throwaway namespace.
 */
class VxlanFdbTest {
    private static final MacAddress PEER_MAC = MacAddress.parse("02:42:0a:00:00:05");

    @Test
    void floodAndPerMacEntriesListTheSameAsBridgeFdbShow() throws Exception {
        try (TestNamespace ns = TestNamespace.create("vxfdb"); Rtnl rtnl = Rtnl.open(ns.netns())) {
            int vxlan = vxlanDevice(ns, rtnl);
            int ul0 = rtnl.links().get("ul0").ifindex();
            VxlanFdb fdb = new VxlanFdb(rtnl);
            fdb.appendFlood(vxlan, InetAddress.getByName("192.168.246.195"));
            fdb.appendFlood(vxlan, InetAddress.getByName("192.168.246.196"));
            VxlanRemote viaUl0 = VxlanRemote.of(InetAddress.getByName("192.168.246.195")).withVni(5000)
                    .withPort(4790).withViaIfindex(ul0);
            fdb.add(vxlan, PEER_MAC, viaUl0);
            fdb.append(vxlan, MacAddress.parse("02:42:0a:00:00:06"),
                    VxlanRemote.of(InetAddress.getByName("192.168.246.197")));

            Set<String> ours = summaries(fdb.list(vxlan), IpTool.ifnames(ns.name()));
            assertEquals(bridgeFdb(ns), ours);
            assertTrue(ours.contains("00:00:00:00:00:00 dst 192.168.246.195 self permanent"), ours.toString());
            assertTrue(ours.contains("02:42:0a:00:00:05 dst 192.168.246.195 port 4790 vni 5000 via ul0 self permanent"),
                    ours.toString());

            Neighbour listed = fdb.list(vxlan).stream().filter(e -> PEER_MAC.equals(e.get(NeighbourAttributes.LLADDR)))
                    .findFirst().orElseThrow();
            assertEquals(viaUl0, VxlanRemote.from(listed), "the remote reads back from the listed entry");
            fdb.deleteFlood(vxlan, InetAddress.getByName("192.168.246.196"));
            fdb.delete(vxlan, PEER_MAC, VxlanRemote.from(listed));
            Set<String> after = summaries(fdb.list(vxlan), IpTool.ifnames(ns.name()));
            assertEquals(bridgeFdb(ns), after);
            assertFalse(after.contains("00:00:00:00:00:00 dst 192.168.246.196 self permanent"), after.toString());
            assertTrue(after.stream().noneMatch(e -> e.startsWith("02:42:0a:00:00:05")), after.toString());
            assertEquals(ours.size() - 2, after.size());
        }
    }

    @Test
    void peersGetAPermanentNeighbourAndFdbEntryAndLoseBoth() throws Exception {
        try (TestNamespace ns = TestNamespace.create("vxpeer"); Rtnl rtnl = Rtnl.open(ns.netns())) {
            int vxlan = vxlanDevice(ns, rtnl);
            VxlanFdb fdb = new VxlanFdb(rtnl);
            InetAddress peerIp = InetAddress.getByName("10.0.0.5");
            InetAddress vtep = InetAddress.getByName("192.168.246.195");
            fdb.addPeer(vxlan, peerIp, PEER_MAC, vtep);
            fdb.addPeer(vxlan, peerIp, PEER_MAC, vtep); // Docker re-programs peers; a repeat is harmless
            // An entry on another device, which listNeighbours must leave out.
            IpTool.ip(ns.name(), "link", "set", "ul0", "up");
            IpTool.ip(ns.name(), "neigh", "add", "10.0.9.9", "lladdr", "02:00:00:00:00:99", "dev", "ul0", "nud", "permanent");

            JsonNode neigh = IpTool.ipJson(ns.name(), "neigh", "show", "dev", "vxlan0");
            assertEquals(1, neigh.size(), neigh.toString());
            assertEquals("10.0.0.5", neigh.get(0).get("dst").asText());
            assertEquals(PEER_MAC.toString(), neigh.get(0).get("lladdr").asText());
            assertEquals("PERMANENT", neigh.get(0).get("state").get(0).asText());
            List<Neighbour> ours = fdb.listNeighbours(vxlan);
            assertEquals(1, ours.size());
            assertEquals(peerIp, ours.get(0).get(NeighbourAttributes.DST));
            assertEquals(PEER_MAC, ours.get(0).get(NeighbourAttributes.LLADDR));
            assertTrue(ours.get(0).hasState(NeighbourCodec.NUD_PERMANENT));
            assertTrue(bridgeFdb(ns).contains(PEER_MAC + " dst 192.168.246.195 self permanent"), bridgeFdb(ns).toString());

            fdb.deletePeer(vxlan, peerIp, PEER_MAC, vtep);
            assertEquals(0, IpTool.ipJson(ns.name(), "neigh", "show", "dev", "vxlan0").size());
            assertTrue(fdb.listNeighbours(vxlan).isEmpty());
            assertTrue(bridgeFdb(ns).stream().noneMatch(e -> e.startsWith(PEER_MAC.toString())));
            NetlinkException e = assertThrows(NetlinkException.class, () -> fdb.deletePeer(vxlan, peerIp, PEER_MAC, vtep));
            assertEquals(Errno.ENOENT, e.errno());
        }
    }

    @Test
    void fdbRequestsEqualWhatBridgeSends() throws Exception {
        try (TestNamespace ns = TestNamespace.create("vxfdbb"); Rtnl rtnl = Rtnl.open(ns.netns())) {
            int vxlan = vxlanDevice(ns, rtnl);
            int ul0 = rtnl.links().get("ul0").ifindex();
            assertSameAsBridge(ns, NlMsgHdr.NLM_F_CREATE | NlMsgHdr.NLM_F_APPEND,
                    VxlanFdb.request(vxlan, VxlanFdb.FLOOD, VxlanRemote.of(InetAddress.getByName("192.168.246.195"))),
                    "append", "00:00:00:00:00:00", "dev", "vxlan0", "dst", "192.168.246.195");
            assertSameAsBridge(ns, NlMsgHdr.NLM_F_CREATE | NlMsgHdr.NLM_F_EXCL,
                    VxlanFdb.request(vxlan, PEER_MAC, VxlanRemote.of(InetAddress.getByName("192.168.246.196"))
                            .withVni(5000).withPort(4790).withViaIfindex(ul0)),
                    "add", PEER_MAC.toString(), "dev", "vxlan0", "dst", "192.168.246.196", "vni", "5000", "port",
                    "4790", "via", "ul0");
        }
    }

    @Test
    void rejectsBadRemotesBeforeSending() throws Exception {
        InetAddress a = InetAddress.getByName("192.0.2.1");
        assertThrows(IllegalArgumentException.class, () -> VxlanRemote.of(null));
        assertThrows(IllegalArgumentException.class, () -> VxlanRemote.of(a).withVni(1L << 24));
        assertThrows(IllegalArgumentException.class, () -> VxlanRemote.of(a).withPort(70000));
        assertThrows(IllegalArgumentException.class, () -> VxlanRemote.of(a).withViaIfindex(0));
        assertThrows(IllegalArgumentException.class, () -> VxlanFdb.request(0, PEER_MAC, VxlanRemote.of(a)));
    }

    private static void assertSameAsBridge(TestNamespace ns, int flags, io.jnetlink.route.neighbour.NeighbourRequest ours,
                                           String... fdbArgs) {
        String[] command = new String[fdbArgs.length + 4];
        System.arraycopy(new String[] {"bridge", "-n", ns.name(), "fdb"}, 0, command, 0, 4);
        System.arraycopy(fdbArgs, 0, command, 4, fdbArgs.length);
        List<StraceCapture.Request> sent = StraceCapture.requests(MessageType.RTM_NEWNEIGH, command);
        assertFalse(sent.isEmpty(), "bridge sent no RTM_NEWNEIGH");
        try (MessageWriter w = new MessageWriter()) {
            NeighbourCodec.write(w, MessageType.RTM_NEWNEIGH, flags, ours);
            StraceCapture.Request mine = StraceCapture.Request.of(w.finish());
            StraceCapture.Request bridge = sent.get(sent.size() - 1);
            assertEquals(bridge.flags(), mine.flags() | NlMsgHdr.NLM_F_ACK, "flags");
            assertEquals(bridge.hex(), mine.hex(), String.join(" ", fdbArgs));
        }
    }

    /** A VXLAN device {@code vxlan0} (VNI 4097, port 4789) over a veth underlay {@code ul0}. */
    private static int vxlanDevice(TestNamespace ns, Rtnl rtnl) {
        IpTool.ip(ns.name(), "link", "add", "ul0", "type", "veth", "peer", "name", "ul1");
        rtnl.links().add(LinkRequest.of("vxlan0").withData(VxlanData.of(4097).with(VxlanAttributes.PORT, 4789)));
        return rtnl.links().get("vxlan0").ifindex();
    }

    /** {@code bridge -j fdb show dev vxlan0}, one line per entry in a stable form. */
    private static Set<String> bridgeFdb(TestNamespace ns) {
        Set<String> entries = new TreeSet<>();
        for (JsonNode e : IpTool.bridgeJson(ns.name(), "fdb", "show", "dev", "vxlan0")) {
            StringBuilder s = new StringBuilder(e.get("mac").asText());
            append(s, "dst", IpTool.text(e, "dst"));
            append(s, "port", IpTool.text(e, "port"));
            append(s, "vni", IpTool.text(e, "vni"));
            append(s, "via", IpTool.text(e, "viaIf"));
            for (JsonNode flag : e.path("flags")) {
                s.append(' ').append(flag.asText());
            }
            String state = IpTool.text(e, "state");
            if (state != null && !state.isEmpty()) {
                s.append(' ').append(state);
            }
            entries.add(s.toString());
        }
        return entries;
    }

    /** Our entries in the same form. */
    private static Set<String> summaries(List<Neighbour> fdb, Map<Integer, String> ifnames) {
        Set<String> entries = new TreeSet<>();
        for (Neighbour n : fdb) {
            StringBuilder s = new StringBuilder(n.get(NeighbourAttributes.LLADDR).toString());
            InetAddress dst = n.get(NeighbourAttributes.DST);
            append(s, "dst", dst == null ? null : dst.getHostAddress());
            append(s, "port", Objects.toString(n.get(NeighbourAttributes.PORT), null));
            append(s, "vni", Objects.toString(n.get(NeighbourAttributes.VNI), null));
            Integer via = n.get(NeighbourAttributes.IFINDEX);
            append(s, "via", via == null ? null : ifnames.get(via));
            if (n.hasFlag(NeighbourCodec.NTF_SELF)) {
                s.append(" self");
            }
            if (n.hasFlag(NeighbourCodec.NTF_MASTER)) {
                s.append(" master");
            }
            if (n.hasState(NeighbourCodec.NUD_PERMANENT)) {
                s.append(" permanent");
            } else if (n.hasState(NeighbourCodec.NUD_NOARP)) {
                s.append(" static");
            }
            entries.add(s.toString());
        }
        return entries;
    }

    private static void append(StringBuilder s, String key, String value) {
        if (value != null) {
            s.append(' ').append(key).append(' ').append(value);
        }
    }
}
