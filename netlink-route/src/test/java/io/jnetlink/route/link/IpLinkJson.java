package io.jnetlink.route.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.core.testing.Shell;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Compares {@link Link} records with {@code ip -j -s -d link show} of the same namespace, field
 * by field, in iproute2's own vocabulary: each record is rendered the way iproute2 6.1 prints
 * it, then every key ip printed must be rendered equal. Keys that tick on their own (timers,
 * counters of links that are up) are the only ones left out.
 */
final class IpLinkJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Values that change between two reads without anyone touching the link. */
    private static final Set<String> TICKING = Set.of("gc_timer", "hello_timer", "tcn_timer", "topology_change_timer",
            "hold_timer", "message_age_timer", "forward_delay_timer");

    private static final Map<String, Integer> FLAG_BITS = Map.ofEntries(
            Map.entry("UP", 0x1), Map.entry("BROADCAST", 0x2), Map.entry("DEBUG", 0x4), Map.entry("LOOPBACK", 0x8),
            Map.entry("POINTOPOINT", 0x10), Map.entry("NOTRAILERS", 0x20), Map.entry("NOARP", 0x80),
            Map.entry("PROMISC", 0x100), Map.entry("ALLMULTI", 0x200), Map.entry("MASTER", 0x400),
            Map.entry("SLAVE", 0x800), Map.entry("MULTICAST", 0x1000), Map.entry("PORTSEL", 0x2000),
            Map.entry("AUTOMEDIA", 0x4000), Map.entry("DYNAMIC", 0x8000), Map.entry("LOWER_UP", 0x10000),
            Map.entry("DORMANT", 0x20000), Map.entry("ECHO", 0x40000));

    private IpLinkJson() {
    }

    /** {@code ip -j -s -d link show} in namespace {@code ns}, by ifindex. */
    static Map<Integer, JsonNode> show(String ns) {
        return parse(Shell.run("ip", "-n", ns, "-j", "-s", "-d", "link", "show"));
    }

    /** The output of {@code ip -j link show}, by ifindex. */
    static Map<Integer, JsonNode> parse(String json) {
        try {
            JsonNode all = JSON.readTree(json);
            Map<Integer, JsonNode> byIndex = new LinkedHashMap<>();
            for (JsonNode link : all) {
                byIndex.put(link.get("ifindex").asInt(), link);
            }
            return byIndex;
        } catch (IOException e) {
            throw new AssertionError("ip printed invalid JSON", e);
        }
    }

    /** Asserts that {@code links} are exactly the links ip shows, each equal field by field. */
    static void assertSameAsIp(List<Link> links, Map<Integer, JsonNode> ip) {
        Map<Integer, String> names = new HashMap<>();
        links.forEach(l -> names.put(l.ifindex(), l.name()));
        assertEquals(new TreeSet<>(ip.keySet()), new TreeSet<>(names.keySet()), "ifindexes");
        for (Link link : links) {
            assertSameAsIp(link, ip.get(link.ifindex()), names::get);
        }
    }

    /** Asserts that {@code link} equals ip's object for it, key by key. */
    static void assertSameAsIp(Link link, JsonNode ip, Function<Integer, String> nameOf) {
        Map<String, Object> ours = render(link, nameOf);
        String where = link.name() + ": ";
        for (Iterator<Map.Entry<String, JsonNode>> it = ip.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            switch (key) {
                case "flags" -> assertFlags(where, link.flags(), e.getValue());
                case "linkinfo" -> assertLinkInfo(where, link, e.getValue());
                case "stats64" -> {
                    if (!link.isUp()) { // an up link may count packets between the two reads
                        assertStats(where, link.stats(), e.getValue());
                    }
                }
                default -> {
                    if (!ours.containsKey(key)) {
                        fail(where + "ip shows \"" + key + "\" = " + e.getValue() + " but the record has no such field");
                    }
                    assertEquals(e.getValue().asText(), String.valueOf(ours.get(key)), where + key);
                }
            }
        }
    }

    private static Map<String, Object> render(Link l, Function<Integer, String> nameOf) {
        Map<String, Object> m = new HashMap<>();
        m.put("ifindex", l.ifindex());
        m.put("ifname", l.name());
        renderRows(m, l.values()); // every attribute under the JSON key its row declares
        if (l.linkIfindex() != 0) {
            if (l.linkNetnsId() != Link.ABSENT) {
                m.put("link_index", l.linkIfindex());
            } else {
                m.put("link", nameOf.apply(l.linkIfindex()));
            }
        }
        if (l.masterIfindex() != 0) {
            m.put("master", nameOf.apply(l.masterIfindex()));
        }
        m.put("operstate", l.operState());
        m.put("linkmode", l.getInt(LinkAttributes.LINKMODE) == 1 ? "DORMANT" : "DEFAULT");
        m.put("group", l.getInt(LinkAttributes.GROUP) == 0 ? "default" : l.getInt(LinkAttributes.GROUP));
        m.put("link_type", switch (l.hardwareType()) {
            case 1 -> "ether";
            case 772 -> "loopback";
            case 65534 -> "none";
            default -> "[" + l.hardwareType() + "]";
        });
        m.put("inet6_addr_gen_mode", switch (l.addrGenMode()) {
            case 0 -> "eui64";
            case 1 -> "none";
            case 2 -> "stable_secret";
            case 3 -> "random";
            default -> String.valueOf(l.addrGenMode());
        });
        m.put("proto_down", l.getInt(LinkAttributes.PROTO_DOWN) == 1);
        return m;
    }

    private static void assertFlags(String where, int flags, JsonNode names) {
        int fromIp = 0;
        for (JsonNode n : names) {
            Integer bit = FLAG_BITS.get(n.asText());
            if (bit != null) { // NO-CARRIER and M-DOWN are derived by ip, not flags
                fromIp |= bit;
            }
        }
        // ip prints neither RUNNING nor the bits it derives from other state.
        assertEquals(Integer.toHexString(fromIp), Integer.toHexString(flags & ~IfInfoMsg.IFF_RUNNING), where + "flags");
    }

    private static void assertStats(String where, LinkStats s, JsonNode ip) {
        assertTrue(s != null, where + "ip shows stats64, the record has none");
        JsonNode rx = ip.get("rx");
        JsonNode tx = ip.get("tx");
        assertEquals(rx.get("bytes").asLong(), s.rxBytes(), where + "rx bytes");
        assertEquals(rx.get("packets").asLong(), s.rxPackets(), where + "rx packets");
        assertEquals(rx.get("errors").asLong(), s.rxErrors(), where + "rx errors");
        assertEquals(rx.get("dropped").asLong(), s.rxDropped(), where + "rx dropped");
        assertEquals(rx.get("over_errors").asLong(), s.rxOverErrors(), where + "rx over_errors");
        assertEquals(rx.get("multicast").asLong(), s.multicast(), where + "multicast");
        assertEquals(tx.get("bytes").asLong(), s.txBytes(), where + "tx bytes");
        assertEquals(tx.get("packets").asLong(), s.txPackets(), where + "tx packets");
        assertEquals(tx.get("errors").asLong(), s.txErrors(), where + "tx errors");
        assertEquals(tx.get("dropped").asLong(), s.txDropped(), where + "tx dropped");
        assertEquals(tx.get("carrier_errors").asLong(), s.txCarrierErrors(), where + "tx carrier_errors");
        assertEquals(tx.get("collisions").asLong(), s.collisions(), where + "collisions");
    }

    private static void assertLinkInfo(String where, Link link, JsonNode ip) {
        LinkInfo info = link.info();
        assertTrue(info != null, where + "ip shows linkinfo, the record has none");
        assertEquals(text(ip, "info_kind"), info.kind(), where + "info_kind");
        assertEquals(text(ip, "info_slave_kind"), info.slaveKind(), where + "info_slave_kind");
        if (ip.has("info_data")) {
            assertObject(where + "info_data.", ip.get("info_data"), renderData(info.data()));
        }
        if (ip.has("info_slave_data")) {
            assertObject(where + "info_slave_data.", ip.get("info_slave_data"), renderPort((BridgePortData) info.slaveData()));
        }
    }

    private static String text(JsonNode node, String key) {
        return node.has(key) ? node.get(key).asText() : null;
    }

    /** ip's value as text; an array as the list of its elements' texts. */
    private static String text(JsonNode ip) {
        if (!ip.isArray()) {
            return ip.asText();
        }
        List<String> elements = new ArrayList<>();
        ip.forEach(element -> elements.add(element.asText()));
        return elements.toString();
    }

    /** A rendered value as text; a list as the list of its elements' texts. */
    private static String text(Object ours) {
        return ours instanceof List<?> list ? list.stream().map(String::valueOf).toList().toString() : String.valueOf(ours);
    }

    private static void assertObject(String where, JsonNode ip, Map<String, Object> ours) {
        for (Iterator<Map.Entry<String, JsonNode>> it = ip.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (TICKING.contains(e.getKey())) {
                continue;
            }
            if (!ours.containsKey(e.getKey())) {
                fail(where + e.getKey() + " = " + e.getValue() + " shown by ip is not rendered from the record");
            }
            assertEquals(text(e.getValue()), text(ours.get(e.getKey())), where + e.getKey());
        }
    }

    private static Map<String, Object> renderData(LinkData data) {
        Map<String, Object> m = new HashMap<>();
        if (data instanceof BridgeData b) {
            renderRows(m, b.values());
            BridgeBoolOptions options = b.get(BridgeAttributes.MULTI_BOOLOPT);
            m.put("no_linklocal_learn", options.isSet(BridgeBoolOptions.BR_BOOLOPT_NO_LL_LEARN) ? 1 : 0);
            m.put("mcast_vlan_snooping", options.isSet(BridgeBoolOptions.BR_BOOLOPT_MCAST_VLAN_SNOOPING) ? 1 : 0);
            Integer protocol = b.get(BridgeAttributes.VLAN_PROTOCOL);
            m.put("vlan_protocol", protocol == null ? null : protocol == VlanData.ETH_P_8021AD ? "802.1ad" : "802.1Q");
        } else if (data instanceof MacvlanData v) {
            renderRows(m, v.values());
            int mode = v.get(MacvlanAttributes.MODE);
            m.put("mode", switch (mode) {
                case MacvlanData.MACVLAN_MODE_PRIVATE -> "private";
                case MacvlanData.MACVLAN_MODE_VEPA -> "vepa";
                case MacvlanData.MACVLAN_MODE_BRIDGE -> "bridge";
                case MacvlanData.MACVLAN_MODE_PASSTHRU -> "passthru";
                case MacvlanData.MACVLAN_MODE_SOURCE -> "source";
                default -> "unknown";
            });
            int flags = v.get(MacvlanAttributes.FLAGS) == null ? 0 : v.get(MacvlanAttributes.FLAGS);
            m.put("nopromisc", (flags & MacvlanData.MACVLAN_FLAG_NOPROMISC) != 0);
            m.put("nodst", (flags & MacvlanData.MACVLAN_FLAG_NODST) != 0);
        } else if (data instanceof TunData t) {
            renderRows(m, t.values());
            int type = t.get(TunAttributes.TYPE);
            m.put("type", type == TunData.IFF_TAP ? "tap" : type == TunData.IFF_TUN ? "tun" : "UNKNOWN:" + type);
        }
        return m;
    }

    private static Map<String, Object> renderPort(BridgePortData p) {
        Map<String, Object> m = new HashMap<>();
        renderRows(m, p.values());
        m.put("state", switch (p.get(BridgePortAttributes.STATE)) {
            case 0 -> "disabled";
            case 1 -> "listening";
            case 2 -> "learning";
            case 3 -> "forwarding";
            case 4 -> "blocking";
            default -> String.valueOf(p.get(BridgePortAttributes.STATE));
        });
        int mask = p.get(BridgePortAttributes.GROUP_FWD_MASK);
        m.put("group_fwd_mask", hex(mask));
        m.put("group_fwd_mask_str", "0x" + Integer.toHexString(mask));
        return m;
    }

    /**
     * Each value under the JSON key its row declares, written as the row's format says; the rows of
     * a form of their own are added by the caller. So ip's JSON checks the table's names.
     */
    private static void renderRows(Map<String, Object> m, AttributeValues values) {
        values.forEach((row, value) -> {
            String key = row.display().json();
            if (key == null) {
                return;
            }
            m.put(key, switch (row.display().format()) {
                case FLAG_NUMBER -> bit((Boolean) value);
                case HEX -> hex(((Number) value).intValue());
                case HEX_PREFIXED -> "0x" + Integer.toHexString(((Number) value).intValue());
                case NUMBER -> value instanceof Integer i ? Integer.toUnsignedLong(i) : value;
                case CUSTOM -> value instanceof BridgeId id ? ipStyle(id) : value;
                default -> value;
            });
        });
    }

    /** iproute2 prints bridge ids with {@code %x} per address byte: {@code 8000.2:f5:56:23:1e:34}. */
    private static String ipStyle(BridgeId id) {
        StringBuilder sb = new StringBuilder(String.format("%04x.", id.priority()));
        byte[] mac = id.address().toByteArray();
        for (int i = 0; i < mac.length; i++) {
            sb.append(i == 0 ? "" : ":").append(Integer.toHexString(mac[i] & 0xff));
        }
        return sb.toString();
    }

    /** iproute2's {@code %#x}: no prefix for zero. */
    private static String hex(int value) {
        return value == 0 ? "0" : "0x" + Integer.toHexString(value);
    }

    private static Integer bit(Boolean b) {
        return b == null ? null : b ? 1 : 0;
    }
}
