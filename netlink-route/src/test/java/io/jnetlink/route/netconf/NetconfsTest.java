package io.jnetlink.route.netconf;

import static io.jnetlink.route.testing.IpTool.ip;
import static io.jnetlink.route.testing.IpTool.ipJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnetlink.core.attr.Format;
import io.jnetlink.core.testing.TestNamespace;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.Rtnl;
import io.jnetlink.route.testing.IpTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code Rtnl.netconf()} against {@code ip -j netconf show}, with values changed away from the defaults. */
class NetconfsTest {
    private static final String[] RP_FILTER = {"off", "strict", "loose"};

    /** One record as ip writes it in JSON: the family word, the interface, each shown attribute. */
    private static JsonNode asIpWrites(Netconf conf, Map<Integer, String> names) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("family", conf.family() == AddressFamily.AF_INET ? "inet" : "inet6");
        int ifindex = conf.ifindex();
        node.put("interface", ifindex == NetconfCodec.NETCONFA_IFINDEX_ALL ? "all"
                : ifindex == NetconfCodec.NETCONFA_IFINDEX_DEFAULT ? "default" : names.get(ifindex));
        conf.values().forEach((row, value) -> {
            if (row == NetconfAttributes.RP_FILTER) {
                node.put("rp_filter", RP_FILTER[(Integer) value]);
            } else if (row.display().format() == Format.ON_OFF) {
                node.put(row.display().json(), (Integer) value != 0);
            }
        });
        return node;
    }

    @Test
    void listMatchesIpNetconfShowForBothFamilies() throws Exception {
        try (TestNamespace ns = TestNamespace.create("netconf"); Rtnl rtnl = Rtnl.open(ns.netns())) {
            String n = ns.name();
            ip(n, "link", "add", "conf0", "type", "ifb");
            ip(n, "link", "add", "conf1", "type", "veth", "peer", "name", "conf2");
            ns.netns().call(() -> {
                Files.writeString(Path.of("/proc/sys/net/ipv4/conf/conf0/forwarding"), "1");
                Files.writeString(Path.of("/proc/sys/net/ipv4/conf/conf1/rp_filter"), "2");
                Files.writeString(Path.of("/proc/sys/net/ipv4/conf/conf2/rp_filter"), "1");
                Files.writeString(Path.of("/proc/sys/net/ipv4/conf/conf2/proxy_arp"), "1");
                Files.writeString(Path.of("/proc/sys/net/ipv6/conf/conf1/forwarding"), "1");
                return Files.writeString(Path.of("/proc/sys/net/ipv6/conf/conf2/proxy_ndp"), "1");
            });
            Map<Integer, String> names = IpTool.ifnames(n);
            for (int family : new int[] {AddressFamily.AF_INET, AddressFamily.AF_INET6}) {
                List<JsonNode> ours = new ArrayList<>();
                rtnl.netconf().list(family).forEach(c -> ours.add(asIpWrites(c, names)));
                List<JsonNode> theirs = new ArrayList<>();
                ipJson(n, family == AddressFamily.AF_INET ? "-4" : "-6", "netconf", "show").forEach(theirs::add);
                assertEquals(theirs, ours, "family " + family);
            }
        }
    }

    @Test
    void otherFamiliesAreRefusedBeforeAnySyscall() {
        try (TestNamespace ns = TestNamespace.create("netconf"); Rtnl rtnl = Rtnl.open(ns.netns())) {
            assertThrows(IllegalArgumentException.class, () -> rtnl.netconf().list(AddressFamily.AF_UNSPEC));
        }
    }
}
