package io.jnetlink.route.routing;

import static io.jnetlink.route.testing.IpTool.ip;
import static io.jnetlink.route.testing.IpTool.ipJson;
import static io.jnetlink.route.testing.IpTool.text;
import static io.jnetlink.route.testing.RouteNames.dstText;
import static io.jnetlink.route.testing.RouteNames.normalizeDst;
import static io.jnetlink.route.testing.RouteNames.tableName;
import static io.jnetlink.route.testing.RouteNames.typeName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.Routes;
import io.jnetlink.route.Rtnl;
import io.jnetlink.route.testing.IpTool;
import io.jnetlink.route.testing.StraceCapture;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutesTest {
    private static final RouteFilter IPV4 = RouteFilter.all().withFamily(AddressFamily.AF_INET);
    private static final String[] RICH_ROUTES = {
        "route add default via 10.1.0.254",
        "route add 10.9.0.0/16 via 10.1.0.2 dev veth0 metric 5",
        "route add 10.20.0.0/16 nexthop via 10.1.0.2 dev veth0 weight 2 nexthop via 10.1.0.3 dev veth0",
        "route add 10.30.0.0/16 via 10.1.0.2 table 100",
        "route add 10.31.0.1 dev veth1 table 100 proto static",
        "route add blackhole 10.40.0.0/16",
        "route add unreachable 10.41.0.0/16",
        "route add prohibit 10.42.0.0/16 table 1000",
        "route add 10.43.0.0/16 via 10.1.0.2 mtu 1400 advmss 1360 src 10.1.0.1",
        "-6 route add default via 2001:db8::fe",
        "-6 route add 2001:db8:9::/64 via 2001:db8::2 metric 100 mtu 1400 advmss 1300",
        "-6 route add 2001:db8:a::/64 nexthop via 2001:db8::2 dev veth0 nexthop via 2001:db8::3 dev veth0",
        "-6 route add blackhole 2001:db8:b::/64 table 100",
        "-6 route add 2001:db8:c::/64 via 2001:db8::2 expires 600",
    };

    /** veth0 (10.1.0.1/24, 2001:db8::1/64) and veth1 (10.2.0.1/24) up, without IPv6 link-local churn. */
    private static TestNamespace namespaceWithAddresses() {
        TestNamespace ns = TestNamespace.create("route");
        try {
            String n = ns.name();
            ip(n, "link", "add", "veth0", "type", "veth", "peer", "name", "veth1");
            for (String dev : List.of("veth0", "veth1")) {
                ip(n, "link", "set", dev, "addrgenmode", "none");
                ip(n, "link", "set", dev, "up");
            }
            ip(n, "addr", "add", "10.1.0.1/24", "dev", "veth0");
            ip(n, "addr", "add", "10.2.0.1/24", "dev", "veth1");
            ip(n, "addr", "add", "2001:db8::1/64", "dev", "veth0", "nodad");
            return ns;
        } catch (RuntimeException | AssertionError e) {
            ns.close();
            throw e;
        }
    }

    private static void ipRoutes(String ns, String... commands) {
        for (String command : commands) {
            ip(ns, command.split(" "));
        }
    }

    @Test
    void everyTableMatchesIpRouteShowTableAllFieldByField() throws Exception {
        try (TestNamespace ns = namespaceWithAddresses(); Rtnl rtnl = Rtnl.open(ns.netns())) {
            ipRoutes(ns.name(), RICH_ROUTES);
            Map<Integer, String> names = IpTool.ifnames(ns.name());
            for (int family : new int[] {AddressFamily.AF_INET, AddressFamily.AF_INET6}) {
                String flag = family == AddressFamily.AF_INET ? "-4" : "-6";
                JsonNode shown = ipJson(ns.name(), flag, "route", "show", "table", "all");
                List<Route> ours = rtnl.routes().list(RouteFilter.all().withFamily(family));
                assertEquals(shown.size(), ours.size(), "route count for " + flag + ": " + shown);
                List<Route> unmatched = new ArrayList<>(ours);
                for (JsonNode entry : shown) {
                    Route route = unmatched.stream().filter(r -> sameKey(entry, r, names)).findFirst()
                            .orElseThrow(() -> new AssertionError("API lacks " + entry + " among " + unmatched));
                    assertRouteEquals(entry, route, names);
                    unmatched.remove(route);
                }
            }
        }
    }

    private static boolean sameKey(JsonNode entry, Route r, Map<Integer, String> names) {
        return typeName(r.type()).equals(entry.has("type") ? text(entry, "type") : "unicast")
                && dstText(r).equals(normalizeDst(text(entry, "dst")))
                && tableName(r.table()).equals(entry.has("table") ? text(entry, "table") : "main")
                && String.valueOf(names.get(r.ifindex())).equals(String.valueOf(text(entry, "dev")))
                && (!entry.has("metric") || entry.get("metric").asLong() == Math.max(priority(r), 0));
    }

    static void assertRouteEquals(JsonNode entry, Route r, Map<Integer, String> names) throws Exception {
        String what = entry.toString();
        assertEquals(entry.has("protocol") ? text(entry, "protocol") : "boot", protocolName(r.protocol()), what);
        assertEquals(entry.has("scope") ? text(entry, "scope") : "global", scopeName(r.scope()), what);
        assertEquals(ipOrNull(text(entry, "gateway")), r.gateway(), what);
        assertEquals(ipOrNull(text(entry, "prefsrc")), r.get(RouteAttributes.PREFSRC), what);
        assertEquals(entry.has("metric") ? entry.get("metric").asLong() : -1, priority(r), what);
        assertEquals(entry.has("pref") ? preferenceName(r.get(RouteAttributes.PREF)) : null, entry.has("pref") ? text(entry, "pref") : null, what);
        assertEquals(flagNames(entry.get("flags")).contains("linkdown"), (r.flags() & NextHop.RTNH_F_LINKDOWN) != 0, what);
        assertEquals(flagNames(entry.get("flags")).contains("onlink"), (r.flags() & NextHop.RTNH_F_ONLINK) != 0, what);
        // Expiry ticks down between the two reads; only its presence is compared.
        assertEquals(entry.has("expires"), r.get(RouteAttributes.CACHEINFO) != null
                && r.get(RouteAttributes.CACHEINFO).expires() > 0, what);
        JsonNode metrics = entry.has("metrics") ? entry.get("metrics").get(0) : null;
        assertEquals(metrics == null ? null : metrics.path("mtu").isMissingNode() ? null : metrics.path("mtu").asInt(),
                r.metric(RouteMetricAttributes.MTU), what);
        assertEquals(metrics == null ? null : metrics.path("advmss").isMissingNode() ? null : metrics.path("advmss").asInt(),
                r.metric(RouteMetricAttributes.ADVMSS), what);
        JsonNode hops = entry.get("nexthops");
        assertEquals(hops == null ? 0 : hops.size(), r.nextHops().size(), what);
        for (int i = 0; hops != null && i < hops.size(); i++) {
            NextHop hop = r.nextHops().get(i);
            assertEquals(ipOrNull(text(hops.get(i), "gateway")), hop.gateway(), what);
            assertEquals(text(hops.get(i), "dev"), names.get(hop.ifindex()), what);
            assertEquals(hops.get(i).path("weight").asInt(1), hop.weight(), what);
        }
    }

    private static long priority(Route r) {
        Long priority = r.get(RouteAttributes.PRIORITY);
        return priority == null ? -1 : priority;
    }

    private static List<String> flagNames(JsonNode flags) {
        List<String> out = new ArrayList<>();
        if (flags != null) {
            flags.forEach(f -> out.add(f.asText()));
        }
        return out;
    }

    static String protocolName(int protocol) {
        return switch (protocol) {
            case RouteCodec.RTPROT_KERNEL -> "kernel";
            case RouteCodec.RTPROT_BOOT -> "boot";
            case RouteCodec.RTPROT_STATIC -> "static";
            case 9 -> "ra";
            case 16 -> "dhcp";
            default -> Integer.toString(protocol);
        };
    }

    static String scopeName(int scope) {
        return switch (scope) {
            case RouteCodec.RT_SCOPE_UNIVERSE -> "global";
            case RouteCodec.RT_SCOPE_SITE -> "site";
            case RouteCodec.RT_SCOPE_LINK -> "link";
            case RouteCodec.RT_SCOPE_HOST -> "host";
            case RouteCodec.RT_SCOPE_NOWHERE -> "nowhere";
            default -> Integer.toString(scope);
        };
    }

    private static String preferenceName(int pref) {
        return switch (pref) {
            case 0 -> "medium";
            case 1 -> "high";
            case 3 -> "low";
            default -> Integer.toString(pref);
        };
    }

    private static InetAddress ipOrNull(String text) throws Exception {
        return text == null ? null : InetAddress.getByName(text);
    }

    @Test
    void kernelSideFiltersByTableAndDeviceMatchIp() throws Exception {
        try (TestNamespace ns = namespaceWithAddresses(); Rtnl rtnl = Rtnl.open(ns.netns())) {
            ipRoutes(ns.name(), RICH_ROUTES);
            int veth1 = IpTool.ifindex(ns.name(), "veth1");
            assertEquals(ipJson(ns.name(), "-4", "route", "show", "table", "100").size(),
                    rtnl.routes().list(IPV4.withTable(100)).size());
            assertEquals(ipJson(ns.name(), "-4", "route", "show").size(),
                    rtnl.routes().list(IPV4.withTable(RouteCodec.RT_TABLE_MAIN)).size());
            assertEquals(ipJson(ns.name(), "-4", "route", "show", "table", "all", "dev", "veth1").size(),
                    rtnl.routes().list(IPV4.withIfindex(veth1)).size());
            List<Route> big = rtnl.routes().list(IPV4.withTable(1000));
            assertEquals(1, big.size());
            assertEquals(1000, big.get(0).table());
            assertEquals(RouteCodec.RTN_PROHIBIT, big.get(0).type());
        }
    }

    @Test
    void aFreshNamespaceListsNoRoutesUntilItsTablesExist() throws Exception {
        try (TestNamespace ns = TestNamespace.create("route-fresh"); Rtnl rtnl = Rtnl.open(ns.netns())) {
            String n = ns.name();
            Routes routes = rtnl.routes();
            int lo = IpTool.ifindex(n, "lo");
            int v4 = AddressFamily.AF_INET;
            // Only lo, down: no IPv4 table exists yet, so every table-filtered dump is refused with ENOENT.
            assertEquals(List.of(), routes.list(RouteFilter.all().withFamily(v4).withTable(RouteCodec.RT_TABLE_MAIN)));
            assertEquals(List.of(), routes.list(RouteFilter.all().withFamily(v4).withTable(RouteCodec.RT_TABLE_MAIN)));
            assertEquals(List.of(), routes.list(RouteFilter.all().withFamily(v4).withTable(RouteCodec.RT_TABLE_LOCAL)));
            assertEquals(List.of(), routes.list(RouteFilter.all().withFamily(v4).withTable(100)));
            assertEquals(List.of(), routes.list(RouteFilter.all().withFamily(v4).withTable(RouteCodec.RT_TABLE_MAIN).withIfindex(lo)));
            assertEquals(List.of(), routes.list(RouteFilter.all().withFamily(v4).withTable(RouteCodec.RT_TABLE_UNSPEC).withIfindex(lo)));
            assertEquals(List.of(), routes.list(RouteFilter.all().withFamily(v4)));
            assertEquals(List.of(), routes.list(RouteFilter.all().withFamily(AddressFamily.AF_INET6).withTable(100)), "IPv6 has no table 100 either");
            assertEquals(ipJson(n, "-6", "route", "show").size(), routes.list(RouteFilter.all().withFamily(AddressFamily.AF_INET6).withTable(RouteCodec.RT_TABLE_MAIN)).size());
            int[] visited = new int[1];
            routes.forEach(RouteFilter.all().withFamily(v4).withTable(RouteCodec.RT_TABLE_MAIN), route -> visited[0]++);
            assertEquals(0, visited[0], "the visitor hears nothing");
            assertEquals(0, ipJson(n, "-4", "route", "show").size(), "ip route lists nothing too");

            ip(n, "link", "set", "lo", "up");
            ip(n, "link", "add", "veth0", "type", "veth", "peer", "name", "veth1");
            ip(n, "link", "set", "veth0", "up");
            ip(n, "link", "set", "veth1", "up");
            ip(n, "addr", "add", "10.5.0.1/24", "dev", "veth0");
            routes.add(RouteRequest.to(InetAddress.getByName("10.6.0.0"), 16)
                    .withGateway(InetAddress.getByName("10.5.0.2")));
            List<Route> main = routes.list(RouteFilter.all().withFamily(v4).withTable(RouteCodec.RT_TABLE_MAIN));
            assertEquals(ipJson(n, "-4", "route", "show").size(), main.size(), main.toString());
            assertTrue(main.stream().anyMatch(r -> "10.5.0.0/24".equals(dstText(r))), main.toString());
            assertTrue(main.stream().anyMatch(r -> "10.6.0.0/16".equals(dstText(r))), main.toString());
            List<Route> local = routes.list(RouteFilter.all().withFamily(v4).withTable(RouteCodec.RT_TABLE_LOCAL));
            assertEquals(ipJson(n, "-4", "route", "show", "table", "local").size(), local.size(), local.toString());
            assertTrue(local.stream().anyMatch(r -> "127.0.0.1".equals(dstText(r))), local.toString());
            assertEquals(List.of(), routes.list(RouteFilter.all().withFamily(v4).withTable(100)), "table 100 still does not exist");
            routes.add(RouteRequest.to(InetAddress.getByName("10.7.0.0"), 16).withType(RouteCodec.RTN_BLACKHOLE)
                    .withTable(100));
            List<Route> table100 = routes.list(RouteFilter.all().withFamily(v4).withTable(100));
            assertEquals(1, table100.size(), table100.toString());
            assertEquals(100, table100.get(0).table());
        }
    }

    @Test
    void getReturnsTheRouteIpRouteGetReports() throws Exception {
        try (TestNamespace ns = namespaceWithAddresses(); Rtnl rtnl = Rtnl.open(ns.netns())) {
            ipRoutes(ns.name(), RICH_ROUTES);
            Map<Integer, String> names = IpTool.ifnames(ns.name());
            for (String destination : List.of("10.9.1.1", "8.8.8.8", "10.2.0.7", "2001:db8:9::5")) {
                JsonNode shown = ipJson(ns.name(), "route", "get", destination).get(0);
                Route route = rtnl.routes().lookup(InetAddress.getByName(destination));
                assertEquals(InetAddress.getByName(destination), route.get(RouteAttributes.DST));
                assertEquals(AddressFamily.maxPrefixLength(route.family()), route.dstLength());
                assertEquals(ipOrNull(text(shown, "gateway")), route.gateway(), shown.toString());
                assertEquals(text(shown, "dev"), names.get(route.ifindex()), shown.toString());
                assertEquals(ipOrNull(text(shown, "prefsrc")), route.get(RouteAttributes.PREFSRC), shown.toString());
            }
            NetlinkException e = assertThrows(NetlinkException.class,
                    () -> rtnl.routes().lookup(InetAddress.getByName("10.40.0.1")));
            assertEquals(Errno.EINVAL, e.errno(), "a blackhole route answers like ip's 'RTNETLINK answers: Invalid argument'");
        }
    }

    @Test
    void addReplaceDeleteAreReadBackThroughApiAndIp() throws Exception {
        try (TestNamespace ns = namespaceWithAddresses(); Rtnl rtnl = Rtnl.open(ns.netns())) {
            String n = ns.name();
            int veth0 = IpTool.ifindex(n, "veth0");
            int veth1 = IpTool.ifindex(n, "veth1");
            InetAddress gw = InetAddress.getByName("10.1.0.2");
            List<RouteRequest> requests = List.of(
                    RouteRequest.defaultRoute(AddressFamily.AF_INET).withGateway(gw),
                    RouteRequest.to(InetAddress.getByName("10.9.0.0"), 16).withGateway(gw).withIfindex(veth0).withPriority(5),
                    RouteRequest.to(InetAddress.getByName("10.30.0.0"), 16).withGateway(gw).withTable(100),
                    RouteRequest.to(InetAddress.getByName("10.31.0.0"), 16).withIfindex(veth1).withTable(70000)
                            .withProtocol(RouteCodec.RTPROT_STATIC),
                    RouteRequest.to(InetAddress.getByName("10.40.0.0"), 16).withType(RouteCodec.RTN_BLACKHOLE),
                    RouteRequest.to(InetAddress.getByName("10.41.0.0"), 16).withType(RouteCodec.RTN_UNREACHABLE),
                    RouteRequest.to(InetAddress.getByName("10.42.0.0"), 16).withType(RouteCodec.RTN_PROHIBIT).withTable(1000),
                    RouteRequest.to(InetAddress.getByName("10.43.0.0"), 16).withGateway(gw)
                            .withPrefsrc(InetAddress.getByName("10.1.0.1"))
                            .withMetric(RouteMetricAttributes.MTU, 1400).withMetric(RouteMetricAttributes.ADVMSS, 1360),
                    RouteRequest.to(InetAddress.getByName("10.20.0.0"), 16).withNextHops(List.of(
                            NextHop.via(gw, veth0, 2), NextHop.via(InetAddress.getByName("10.1.0.3"), veth0, 1))),
                    RouteRequest.to(InetAddress.getByName("10.60.0.1"), 32).withType(RouteCodec.RTN_LOCAL)
                            .withIfindex(veth0),
                    RouteRequest.to(InetAddress.getByName("10.61.0.0"), 16).withType(RouteCodec.RTN_THROW).withTable(100),
                    RouteRequest.to(InetAddress.getByName("2001:db8:9::"), 64)
                            .withGateway(InetAddress.getByName("2001:db8::2")).withPriority(100)
                            .withMetric(RouteMetricAttributes.HOPLIMIT, 12));
            for (RouteRequest r : requests) {
                rtnl.routes().add(r);
            }
            Map<Integer, String> names = IpTool.ifnames(n);
            for (int family : new int[] {AddressFamily.AF_INET, AddressFamily.AF_INET6}) {
                JsonNode shown = ipJson(n, family == AddressFamily.AF_INET ? "-4" : "-6", "route", "show", "table", "all");
                List<Route> ours = rtnl.routes().list(RouteFilter.all().withFamily(family));
                assertEquals(shown.size(), ours.size());
                for (JsonNode entry : shown) {
                    Route route = ours.stream().filter(r -> sameKey(entry, r, names)).findFirst()
                            .orElseThrow(() -> new AssertionError("API lacks " + entry));
                    assertRouteEquals(entry, route, names);
                }
            }
            JsonNode local = ipJson(n, "route", "show", "table", "local", "10.60.0.1").get(0);
            assertEquals("local", text(local, "type"));
            assertEquals("host", text(local, "scope"), "ip's default scope for local routes");
            assertEquals(1, ipJson(n, "-4", "route", "show", "table", "all").findValuesAsText("table").stream()
                    .filter("70000"::equals).count());
            JsonNode v6 = ipJson(n, "-6", "route", "show", "2001:db8:9::/64").get(0);
            assertEquals(12, v6.get("metrics").get(0).get("hoplimit").asInt());

            rtnl.routes().replace(RouteRequest.to(InetAddress.getByName("10.9.0.0"), 16)
                    .withGateway(InetAddress.getByName("10.1.0.7")).withIfindex(veth0).withPriority(5));
            assertEquals("10.1.0.7", text(ipJson(n, "route", "show", "10.9.0.0/16").get(0), "gateway"));

            for (RouteRequest r : requests) {
                if (r != requests.get(1)) { // replaced above: its gateway no longer matches
                    rtnl.routes().delete(r);
                }
            }
            assertEquals(ipJson(n, "-4", "route", "show", "table", "all").size(),
                    rtnl.routes().list(IPV4).size());
            assertEquals(1, ipJson(n, "route", "show", "10.9.0.0/16").size(), "only the replaced route was left");
            assertEquals(0, ipJson(n, "route", "show", "table", "100").size());
            assertEquals(0, ipJson(n, "-6", "route", "show", "2001:db8:9::/64").size());
            Route left = rtnl.routes().list(IPV4.withTable(RouteCodec.RT_TABLE_MAIN)).stream()
                    .filter(r -> r.dstLength() == 16).findFirst().orElseThrow();
            rtnl.routes().delete(left);
            assertEquals(0, ipJson(n, "route", "show", "10.9.0.0/16").size());
        }
    }

    @Test
    void addingAnExistingRouteFailsWithEexistAndTheKernelText() throws Exception {
        try (TestNamespace ns = namespaceWithAddresses(); Rtnl rtnl = Rtnl.open(ns.netns())) {
            RouteRequest r = RouteRequest.to(InetAddress.getByName("10.9.0.0"), 16)
                    .withGateway(InetAddress.getByName("10.1.0.2"));
            rtnl.routes().add(r);
            NetlinkException e = assertThrows(NetlinkException.class, () -> rtnl.routes().add(r));
            assertEquals(Errno.EEXIST, e.errno());
            Shell.Result tool = Shell.exec("ip", "-n", ns.name(), "route", "add", "10.9.0.0/16", "via", "10.1.0.2");
            String kernelText = e.kernelMessage() == null ? "File exists" : e.kernelMessage();
            assertTrue(tool.stderr().contains(kernelText), tool.stderr() + " vs " + e.getMessage());
        }
    }

    @Test
    void routeThroughAMissingDeviceFailsWithEnodev() throws Exception {
        try (TestNamespace ns = namespaceWithAddresses(); Rtnl rtnl = Rtnl.open(ns.netns())) {
            NetlinkException e = assertThrows(NetlinkException.class, () -> rtnl.routes()
                    .add(RouteRequest.to(InetAddress.getByName("10.9.0.0"), 16).withIfindex(9999)));
            assertEquals(Errno.ENODEV, e.errno());
        }
    }

    @Test
    void invalidArgumentsAreRefusedAndChangeNothing() throws Exception {
        try (TestNamespace ns = namespaceWithAddresses(); Rtnl rtnl = Rtnl.open(ns.netns())) {
            String before = IpTool.settled(ns.name(), "-j", "route", "show", "table", "all");
            InetAddress v4 = InetAddress.getByName("10.9.0.0");
            InetAddress v6 = InetAddress.getByName("2001:db8::2");
            assertThrows(IllegalArgumentException.class, () -> RouteRequest.to(v4, 33));
            assertThrows(IllegalArgumentException.class, () -> RouteRequest.to(v6, 129));
            assertThrows(IllegalArgumentException.class, () -> RouteRequest.to(v4, 16).withGateway(v6));
            assertThrows(IllegalArgumentException.class, () -> RouteRequest.to(v4, 16).withPrefsrc(v6));
            assertThrows(IllegalArgumentException.class, () -> RouteRequest.to(v4, 16).withTable(0));
            assertThrows(IllegalArgumentException.class, () -> RouteRequest.to(v4, 16).withTable(1L << 32));
            assertThrows(IllegalArgumentException.class, () -> RouteRequest.to(v4, 16).withPriority(-1));
            assertThrows(IllegalArgumentException.class, () -> RouteRequest.to(v4, 16).withIfindex(0));
            assertThrows(IllegalArgumentException.class, () -> RouteRequest.to(v4, 16).withType(256));
            assertThrows(IllegalArgumentException.class, () -> RouteRequest.to(v4, 16).withNextHops(List.of()));
            assertThrows(IllegalArgumentException.class, () -> NextHop.via(v4, 2, 0));
            assertThrows(IllegalArgumentException.class, () -> NextHop.via(v4, 2, 257));
            assertThrows(IllegalArgumentException.class, () -> RouteRequest.defaultRoute(AddressFamily.AF_BRIDGE));
            assertThrows(IllegalArgumentException.class, () -> RouteFilter.all().withFamily(AddressFamily.AF_BRIDGE));
            assertThrows(IllegalArgumentException.class, () -> IPV4.withTable(-1));
            assertThrows(IllegalArgumentException.class, () -> IPV4.withProtocol(256));
            assertThrows(IllegalArgumentException.class, () -> IPV4.withIfindex(-1));
            assertEquals(before, ip(ns.name(), "-j", "route", "show", "table", "all"));
        }
    }

    @Test
    void requestBytesEqualWhatIpRouteAddSends() throws Exception {
        try (TestNamespace ns = namespaceWithAddresses()) {
            String n = ns.name();
            int veth0 = IpTool.ifindex(n, "veth0");
            InetAddress gw = InetAddress.getByName("10.1.0.2");
            assertSameBytes(RouteRequest.to(InetAddress.getByName("10.9.0.0"), 16).withGateway(gw).withIfindex(veth0)
                    .withPriority(5), "ip", "-n", n, "route", "add", "10.9.0.0/16", "via", "10.1.0.2", "dev", "veth0",
                    "metric", "5");
            assertSameBytes(RouteRequest.to(InetAddress.getByName("10.7.0.0"), 16).withType(RouteCodec.RTN_BLACKHOLE)
                    .withTable(1000), "ip", "-n", n, "route", "add", "blackhole", "10.7.0.0/16", "table", "1000");
            assertSameBytes(RouteRequest.to(InetAddress.getByName("10.8.0.0"), 16).withTable(100).withNextHops(List.of(
                            NextHop.via(gw, veth0, 2), NextHop.via(InetAddress.getByName("10.1.0.3"), veth0, 1))),
                    "ip", "-n", n, "route", "add", "10.8.0.0/16", "table", "100", "nexthop", "via", "10.1.0.2", "dev",
                    "veth0", "weight", "2", "nexthop", "via", "10.1.0.3", "dev", "veth0");
            assertSameBytes(RouteRequest.defaultRoute(AddressFamily.AF_INET6)
                    .withGateway(InetAddress.getByName("2001:db8::fe")), "ip", "-n", n, "-6", "route", "add", "default",
                    "via", "2001:db8::fe");
        }
    }

    @Test
    void headerDefaultsAndDeleteBytesEqualWhatIpRouteSends() throws Exception {
        try (TestNamespace ns = namespaceWithAddresses()) {
            String n = ns.name();
            ipRoutes(n, "route add 10.9.0.0/16 via 10.1.0.2", "route add blackhole 10.7.0.0/16 table 1000");
            assertSameBytes(MessageType.RTM_DELROUTE, 0, RouteRequest.to(InetAddress.getByName("10.9.0.0"), 16),
                    "ip", "-n", n, "route", "del", "10.9.0.0/16");
            assertSameBytes(MessageType.RTM_DELROUTE, 0, RouteRequest.to(InetAddress.getByName("10.7.0.0"), 16)
                    .withType(RouteCodec.RTN_BLACKHOLE).withTable(1000),
                    "ip", "-n", n, "route", "del", "blackhole", "10.7.0.0/16", "table", "1000");
            int veth0 = IpTool.ifindex(n, "veth0");
            assertSameBytes(RouteRequest.to(InetAddress.getByName("10.78.0.1"), 32).withType(RouteCodec.RTN_LOCAL)
                    .withIfindex(veth0), "ip", "-n", n, "route", "add", "local", "10.78.0.1", "dev", "veth0");
            assertSameBytes(RouteRequest.to(InetAddress.getByName("10.79.0.0"), 16).withIfindex(veth0),
                    "ip", "-n", n, "route", "add", "10.79.0.0/16", "dev", "veth0");
            assertSameBytes(RouteRequest.to(InetAddress.getByName("2001:db8:77::"), 64).withIfindex(veth0),
                    "ip", "-n", n, "-6", "route", "add", "2001:db8:77::/64", "dev", "veth0");
            assertSameBytes(MessageType.RTM_DELROUTE, 0, RouteRequest.to(InetAddress.getByName("2001:db8:77::"), 64)
                    .withIfindex(veth0), "ip", "-n", n, "-6", "route", "del", "2001:db8:77::/64", "dev", "veth0");
            assertSameBytes(MessageType.RTM_DELROUTE, 0, RouteRequest.to(InetAddress.getByName("10.78.0.1"), 32)
                    .withType(RouteCodec.RTN_LOCAL).withIfindex(veth0),
                    "ip", "-n", n, "route", "del", "local", "10.78.0.1", "dev", "veth0");
        }
    }

    @Test
    void moreOptionsAndLookupsSendWhatIpSends() throws Exception {
        try (TestNamespace ns = namespaceWithAddresses()) {
            String n = ns.name();
            int veth0 = IpTool.ifindex(n, "veth0");
            int veth1 = IpTool.ifindex(n, "veth1");
            InetAddress gw = InetAddress.getByName("10.1.0.2");
            // Words in the order ip writes the attributes in; ip adds the metrics' lock after them.
            assertSameBytes(RouteRequest.to(InetAddress.getByName("10.43.0.0"), 16).withGateway(gw).withTable(70000)
                    .withPrefsrc(InetAddress.getByName("10.1.0.1")).withProtocol(RouteCodec.RTPROT_STATIC)
                    .with(RouteAttributes.FLOW, 0x00020001).withIfindex(veth0)
                    .withMetric(RouteMetricAttributes.MTU, 1400).withMetric(RouteMetricAttributes.ADVMSS, 1360)
                    .withMetric(RouteMetricAttributes.LOCK, 1 << RouteMetricAttributes.MTU.type())
                    .withMetric(RouteMetricAttributes.CC_ALGO, "reno"),
                    "ip", "-n", n, "route", "add", "10.43.0.0/16", "via", "10.1.0.2", "table", "70000", "src",
                    "10.1.0.1", "proto", "static", "realms", "2/1", "dev", "veth0", "mtu", "lock", "1400", "advmss",
                    "1360", "congctl", "reno");
            assertSameBytes(RouteRequest.to(InetAddress.getByName("2001:db8:c::"), 64)
                    .withGateway(InetAddress.getByName("2001:db8::2")).withPriority(100)
                    .with(RouteAttributes.PREF, 1).with(RouteAttributes.EXPIRES, 600L).withIfindex(veth0)
                    .withMetric(RouteMetricAttributes.HOPLIMIT, 12),
                    "ip", "-n", n, "-6", "route", "add", "2001:db8:c::/64", "via", "2001:db8::2", "metric", "100",
                    "pref", "high", "expires", "600", "dev", "veth0", "hoplimit", "12");
            assertSameBytes(RouteRequest.to(InetAddress.getByName("10.45.0.0"), 16)
                    .withGateway(InetAddress.getByName("10.99.0.1")).withIfindex(veth0).withFlags(NextHop.RTNH_F_ONLINK)
                    .withTos(0x10), "ip", "-n", n, "route", "add", "10.45.0.0/16", "tos", "0x10", "via", "10.99.0.1",
                    "dev", "veth0", "onlink");
            assertSameBytes(RouteRequest.to(InetAddress.getByName("10.46.0.0"), 16).withNextHops(List.of(
                    NextHop.via(gw, veth0, 3).withFlags(NextHop.RTNH_F_ONLINK).with(RouteAttributes.FLOW, 4),
                    NextHop.via(InetAddress.getByName("2001:db8::3"), veth0, 1))),
                    "ip", "-n", n, "route", "add", "10.46.0.0/16", "nexthop", "via", "10.1.0.2", "dev", "veth0",
                    "weight", "3", "onlink", "realms", "4", "nexthop", "via", "inet6", "2001:db8::3", "dev", "veth0");
            assertSameBytes(MessageType.RTM_NEWROUTE, NlMsgHdr.NLM_F_REPLACE,
                    RouteRequest.to(InetAddress.getByName("10.46.0.0"), 16).withGateway(gw),
                    "ip", "-n", n, "route", "change", "10.46.0.0/16", "via", "10.1.0.2");
            assertSameBytes(MessageType.RTM_NEWROUTE, NlMsgHdr.NLM_F_CREATE | NlMsgHdr.NLM_F_APPEND,
                    RouteRequest.to(InetAddress.getByName("10.46.0.0"), 16).withGateway(InetAddress.getByName("10.1.0.3")),
                    "ip", "-n", n, "route", "append", "10.46.0.0/16", "via", "10.1.0.3");

            RouteLookup lookup = RouteLookup.to(InetAddress.getByName("10.9.1.1"))
                    .withSource(InetAddress.getByName("10.2.0.9")).with(RouteAttributes.UID, 5L)
                    .with(RouteAttributes.SPORT, 10).with(RouteAttributes.DPORT, 20)
                    .with(RouteAttributes.IP_PROTO, 6).withInputIfindex(veth1).with(RouteAttributes.MARK, 7L)
                    .withTos(0x10).withFibMatch(true);
            StraceCapture.Request sent = StraceCapture.lastRequestEvenIfRefused(MessageType.RTM_GETROUTE, "ip", "-n", n,
                    "route", "get", "10.9.1.1", "from", "10.2.0.9", "uid", "5", "sport", "10", "dport", "20", "ipproto",
                    "tcp", "iif", "veth1", "mark", "7", "tos", "10", "fibmatch");
            try (MessageWriter w = new MessageWriter()) {
                RouteCodec.writeLookup(w, lookup);
                w.flags(w.flags() | NlMsgHdr.NLM_F_ACK);
                StraceCapture.Request ours = StraceCapture.Request.of(w.finish());
                assertEquals(sent.hex(), ours.hex());
            }
        }
    }

    @Test
    void aFreshNamespaceListsNoRoutesAndAMissingTableIsEmpty() throws Exception {
        try (TestNamespace ns = TestNamespace.create("routefresh"); Rtnl rtnl = Rtnl.open(ns.netns())) {
            assertEquals(List.of(), rtnl.routes().list());
            assertEquals(List.of(), rtnl.routes().list(IPV4.withTable(RouteCodec.RT_TABLE_MAIN)));
            assertEquals(List.of(), rtnl.routes().list(IPV4.withTable(12345)), "ip says ENOENT: FIB table does not exist");
            assertEquals(List.of(), rtnl.routes().list(RouteFilter.all().withFamily(AddressFamily.AF_INET6).withTable(12345)));
            assertEquals(List.of(), rtnl.routes().list(RouteFilter.all().withTable(12345)));
            assertEquals(0, rtnl.routes().flush(IPV4.withTable(12345)));
            assertThrows(IllegalArgumentException.class, () -> rtnl.routes().flush(RouteFilter.all()),
                    "flushing every table needs a selector, as ip route flush does");
        }
    }

    @Test
    void filtersSelectWhatIpSelectsAndForEachSeesTheSameRoutes() throws Exception {
        try (TestNamespace ns = namespaceWithAddresses(); Rtnl rtnl = Rtnl.open(ns.netns())) {
            ipRoutes(ns.name(), RICH_ROUTES);
            String n = ns.name();
            assertEquals(ipJson(n, "-4", "route", "show", "table", "all", "proto", "static").size(),
                    rtnl.routes().list(IPV4.withProtocol(RouteCodec.RTPROT_STATIC)).size());
            assertEquals(ipJson(n, "-4", "route", "show", "table", "all", "proto", "kernel").size(),
                    rtnl.routes().list(IPV4.withProtocol(RouteCodec.RTPROT_KERNEL)).size());
            assertEquals(ipJson(n, "route", "show", "table", "all", "type", "blackhole").size(),
                    rtnl.routes().list(RouteFilter.all().withType(RouteCodec.RTN_BLACKHOLE)).size());
            assertEquals(ipJson(n, "-4", "route", "show", "table", "all").size()
                    + ipJson(n, "-6", "route", "show", "table", "all").size(), rtnl.routes().list().size());
            List<Route> viewed = new ArrayList<>();
            RouteFilter ipv6Main = RouteFilter.all().withFamily(AddressFamily.AF_INET6).withTable(RouteCodec.RT_TABLE_MAIN);
            rtnl.routes().forEach(ipv6Main, view -> {
                assertEquals(AddressFamily.AF_INET6, view.family());
                assertEquals(RouteCodec.RT_TABLE_MAIN, view.table());
                viewed.add(view.toRoute());
            });
            // A route with an expiry counts it down between the two dumps: compare them without it.
            assertEquals(withoutCacheInfo(rtnl.routes().list(ipv6Main)), withoutCacheInfo(viewed));
            assertEquals(ipJson(n, "-6", "route", "show").size(), viewed.size());
        }
    }

    @Test
    void changeAppendLookupAndFlushAreReadBackThroughIp() throws Exception {
        try (TestNamespace ns = namespaceWithAddresses(); Rtnl rtnl = Rtnl.open(ns.netns())) {
            String n = ns.name();
            InetAddress dst = InetAddress.getByName("10.9.0.0");
            RouteRequest route = RouteRequest.to(dst, 16).withGateway(InetAddress.getByName("10.1.0.2"));
            NetlinkException missing = assertThrows(NetlinkException.class, () -> rtnl.routes().change(route));
            assertTrue(missing.is(Errno.ESRCH, Errno.ENOENT), missing.getMessage());
            assertEquals(0, ipJson(n, "route", "show", "10.9.0.0/16").size(), "change creates nothing");
            rtnl.routes().add(route);
            rtnl.routes().change(route.withGateway(InetAddress.getByName("10.1.0.7")));
            assertEquals("10.1.0.7", text(ipJson(n, "route", "show", "10.9.0.0/16").get(0), "gateway"));

            RouteRequest v6 = RouteRequest.to(InetAddress.getByName("2001:db8:5::"), 64)
                    .withGateway(InetAddress.getByName("2001:db8::2"));
            rtnl.routes().add(v6);
            rtnl.routes().append(v6.withGateway(InetAddress.getByName("2001:db8::3")));
            JsonNode appended = ipJson(n, "-6", "route", "show", "2001:db8:5::/64");
            assertEquals(2, appended.size() == 1 ? appended.get(0).get("nexthops").size() : appended.size(), appended.toString());

            Route answer = rtnl.routes().lookup(RouteLookup.to(InetAddress.getByName("10.9.1.1"))
                    .with(RouteAttributes.MARK, 7L).with(RouteAttributes.UID, 5L));
            JsonNode shown = ipJson(n, "route", "get", "10.9.1.1", "mark", "7", "uid", "5").get(0);
            assertEquals(ipOrNull(text(shown, "gateway")), answer.gateway());
            assertEquals(shown.get("mark").asLong(), answer.get(RouteAttributes.MARK));
            assertEquals(shown.get("uid").asLong(), answer.get(RouteAttributes.UID));
            Route entry = rtnl.routes().lookup(RouteLookup.to(InetAddress.getByName("10.9.1.1")).withFibMatch(true));
            assertEquals(16, entry.dstLength(), "fibmatch answers with the table entry");

            int v4 = ipJson(n, "-4", "route", "show").size();
            assertEquals(v4, rtnl.routes().flush(IPV4.withTable(RouteCodec.RT_TABLE_MAIN)));
            assertEquals(0, ipJson(n, "-4", "route", "show").size());
            assertTrue(ipJson(n, "-4", "route", "show", "table", "local").size() > 0, "other tables are left alone");
            assertTrue(ipJson(n, "-6", "route", "show", "2001:db8:5::/64").size() > 0, "and other families");
        }
    }

    private static void assertSameBytes(RouteRequest request, String... command) {
        assertSameBytes(MessageType.RTM_NEWROUTE, NlMsgHdr.NLM_F_CREATE | NlMsgHdr.NLM_F_EXCL, request, command);
    }

    private static void assertSameBytes(int type, int flags, RouteRequest request, String... command) {
        StraceCapture.assertSentAsWritten(type, w -> RouteCodec.write(w, type, flags, request), command);
    }

    /** The routes as requests that name them: without what the kernel alone reports (cache information, expiry). */
    private static List<RouteRequest> withoutCacheInfo(List<Route> routes) {
        return routes.stream().map(RouteRequest::from).toList();
    }
}
