package io.jnetlink.examples;

import static io.jnetlink.examples.Outputs.assertIpSame;
import static io.jnetlink.examples.Outputs.assertSame;

import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the shared topology lacks of {@code ip addr}, {@code ip neigh}, {@code bridge fdb} and
 * {@code ip netns list-id}, against iproute2 6.1 in throwaway namespaces: every attribute those
 * print from their rows (metric, anycast-free peers with flags beyond 8 bits, a deprecated address's
 * lifetimes; router, proxy, managed, extern_learn and originator of neighbours; VXLAN remotes with
 * port, VNI, via, source VNI and an IPv6 destination, sticky and static bridge entries), in text,
 * {@code -j}, {@code -s}, {@code -c}, {@code -br} and {@code -o}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AddrNeighOutputTest {
    private TestNamespace main;
    private TestNamespace other;
    private String ns;

    @BeforeAll
    void build() {
        main = TestNamespace.create("aout");
        other = TestNamespace.create("aoutb");
        ns = main.name();
        String[][] steps = {
            {"link", "set", "lo", "up"},
            {"link", "add", "d0", "type", "veth", "peer", "name", "d1"},
            {"link", "add", "d2", "type", "veth", "peer", "name", "d3"},
            {"link", "set", "d0", "addrgenmode", "none"},
            {"link", "set", "d1", "addrgenmode", "none"},
            {"link", "set", "d2", "addrgenmode", "none"},
            {"link", "set", "d0", "up"},
            {"link", "set", "d1", "up"},
            {"link", "set", "d2", "up"},
            {"addr", "add", "10.0.0.1/24", "brd", "+", "dev", "d0", "metric", "77", "label", "d0:x"},
            {"addr", "add", "10.0.1.1", "peer", "10.0.1.2/32", "dev", "d0", "noprefixroute"},
            {"addr", "add", "2001:db8::1/64", "dev", "d0", "nodad", "valid_lft", "1000", "preferred_lft", "500"},
            {"addr", "add", "2001:db8:2::1/64", "dev", "d0", "nodad", "valid_lft", "1000", "preferred_lft", "0"},
            {"addr", "add", "10.0.2.1/24", "dev", "d1", "scope", "link", "metric", "5"},
            {"neigh", "add", "10.0.0.9", "lladdr", "02:00:00:00:00:09", "dev", "d0", "nud", "reachable", "proto", "static"},
            {"neigh", "add", "10.0.0.8", "lladdr", "02:00:00:00:00:08", "dev", "d0", "nud", "permanent", "router"},
            {"neigh", "add", "10.0.0.7", "lladdr", "02:00:00:00:00:07", "dev", "d0", "nud", "noarp", "extern_learn"},
            {"-6", "neigh", "add", "2001:db8::9", "lladdr", "02:00:00:00:00:19", "dev", "d0", "router", "nud", "stale"},
            {"neigh", "add", "10.0.3.6", "dev", "d2", "managed"},
            {"neigh", "add", "proxy", "10.0.0.50", "dev", "d0"},
            {"-6", "neigh", "add", "proxy", "2001:db8::50", "dev", "d0"},
            {"link", "add", "br0", "type", "bridge"},
            {"link", "add", "p0", "type", "veth", "peer", "name", "p0p"},
            {"link", "set", "p0", "master", "br0"},
            {"link", "set", "br0", "up"},
            {"link", "set", "p0", "up"},
            {"link", "add", "vx0", "type", "vxlan", "id", "42", "dstport", "4789", "local", "10.0.0.1", "nolearning"},
            {"link", "add", "vx6", "type", "vxlan", "id", "44", "dstport", "4789", "local", "2001:db8::1", "nolearning"},
            {"netns", "set", other.name(), "5"},
        };
        for (String[] step : steps) {
            ip(step);
        }
        bridge("fdb", "append", "00:00:00:00:00:00", "dev", "vx0", "dst", "192.168.1.1");
        bridge("fdb", "append", "00:00:00:00:00:00", "dev", "vx0", "dst", "192.168.1.2", "port", "4790", "vni", "43",
                "via", "d0", "src_vni", "7");
        bridge("fdb", "append", "00:00:00:00:00:00", "dev", "vx6", "dst", "2001:db8::99");
        bridge("fdb", "add", "02:00:00:00:00:21", "dev", "p0", "master", "static");
        bridge("fdb", "add", "02:00:00:00:00:22", "dev", "p0", "master", "static", "sticky");
    }

    private void ip(String... args) {
        List<String> line = new ArrayList<>(List.of("ip", "-n", ns));
        line.addAll(Arrays.asList(args));
        Shell.run(line.toArray(String[]::new));
    }

    private void bridge(String... args) {
        List<String> line = new ArrayList<>(List.of("bridge", "-n", ns));
        line.addAll(Arrays.asList(args));
        Shell.run(line.toArray(String[]::new));
    }

    @AfterAll
    void remove() {
        if (other != null) {
            other.close();
        }
        if (main != null) {
            main.close();
        }
    }

    @Test
    void addressesMatchIp() {
        for (String line : List.of("addr", "-j addr", "-j -p addr", "-o addr", "-br addr", "-j -br addr", "-c addr",
                "-s addr show dev d0", "-6 addr", "-4 -o addr", "addr show dev d1", "-j addr show scope link")) {
            assertIpSame(ns, line.split(" "));
        }
    }

    @Test
    void neighboursMatchIp() {
        for (String line : List.of("neigh", "-j neigh", "-j -p neigh", "-c neigh", "-br neigh", "-j -br neigh",
                "-s neigh show dev d0", "-j -s neigh show dev d0", "neigh show dev d0", "-6 neigh", "neigh show nud all",
                "neigh show proxy", "-j neigh show proxy", "-6 neigh show proxy", "neigh show proxy dev d0")) {
            assertIpSame(ns, line.split(" "));
        }
    }

    @Test
    void fdbEntriesMatchBridge() {
        for (String line : List.of("fdb", "-s fdb", "-j fdb", "-j -s fdb", "-c fdb", "-j -p fdb", "fdb show dev vx0",
                "fdb show br br0", "-j fdb show dev p0")) {
            List<String> args = new ArrayList<>(List.of("bridge", "-n", ns));
            args.addAll(Arrays.asList(line.split(" ")));
            assertSame(args, args);
        }
    }

    @Test
    void namespaceIdsMatchIp() {
        assertIpSame(ns, "netns", "list-id");
        assertIpSame(ns, "-j", "netns", "list-id");
        assertIpSame(ns, "-j", "-p", "netns", "list-id");
    }
}
