package io.jnetlink.examples;

import static io.jnetlink.examples.Outputs.assertIpSame;
import static io.jnetlink.examples.Outputs.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.testing.Shell;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The jar's output flags and selectors against iproute2 6.1 on a throwaway topology: {@code -s},
 * {@code -br}, {@code -j}/{@code -p}, the {@code ip route show} and {@code ip address show}
 * selectors, {@code bridge link} and {@code bridge -s fdb}. Only ticking values are masked
 * ({@link Outputs#mask}); counters that move between two runs of ip make the comparison repeat.
 */
class IpFlagsOutputTest extends TopologyFixture {
    @BeforeAll
    void extendTopology() {
        // Beyond the shared topology: a multi-queue tun, a secondary address, a link in group 7
        // whose alias JSON must escape, a static-protocol IPv6 route and two more bridge ports, one with its peer down.
        Shell.run("ip", "-n", ns, "tuntap", "add", "dev", "tunmq", "mode", "tun", "multi_queue");
        Shell.run("ip", "-n", ns, "addr", "add", "10.0.0.11/24", "dev", "br0");
        Shell.run("ip", "-n", ns, "link", "set", "dev", "ifb0", "alias", "it's \"quoted\" a\\b\tc", "group", "7");
        Shell.run("ip", "-n", ns, "-6", "route", "add", "2001:db8:9::/48", "via", "2001:db8::2", "dev", "lower0",
                "proto", "static");
        Shell.run("ip", "-n", ns, "link", "add", "veth9", "type", "veth", "peer", "name", "veth9p");
        Shell.run("ip", "-n", ns, "link", "set", "veth9", "master", "br0");
        // A port whose peer's index (in the peer namespace) names no link here.
        for (int i = 0; i < 30; i++) {
            Shell.run("ip", "-n", topology.peer.name(), "link", "add", "ifbx" + i, "type", "ifb");
        }
        Shell.run("ip", "-n", ns, "link", "add", "vq", "type", "veth", "peer", "name", "vqp", "netns", topology.peer.name());
        Shell.run("ip", "-n", ns, "link", "set", "vq", "master", "br0");
    }

    /** {@code ip -n NS} with {@code line} split at spaces, against the jar. */
    private void ip(String line) {
        assertIpSame(ns, line.split(" "));
    }

    @Test
    void tunMultiQueueDetailsFollowIpsOrder() {
        String real = Shell.run("ip", "-n", ns, "-d", "link", "show", "tunmq");
        assertTrue(real.contains("multi_queue numqueues 0 numdisabled 0 persist on"), real);
        ip("-d link show tunmq");
        ip("-d -o link show tunmq");
    }

    @Test
    void statisticsMatchIp() {
        for (String line : List.of("-s link", "-s -s link", "-d -s link", "-s -o link", "-s -s -o link show lo",
                "-statistics link show tap0", "-s addr", "-s -s addr", "-s -4 addr", "-s -o addr",
                "-s addr show dev br0", "-s -6 addr show dev lower0")) {
            ip(line);
        }
    }

    @Test
    void briefMatchesIp() {
        for (String line : List.of("-br link", "-brief link show up", "-br addr", "-br -4 addr", "-br -6 addr",
                "-br -c link", "-br -c addr", "-br link show type veth", "-br addr show dev eth1", "-br -d -s link",
                "-br -o addr", "-br addr show scope link")) {
            ip(line);
        }
    }

    @Test
    void jsonMatchesIp() {
        for (String line : List.of("-j link", "-json link", "-j -p link", "-j link show ifb0", "-j -p link show tunmq",
                "-j -s link show lo", "-j -s -s -p link show tap0", "-j -c link", "-j -br link", "-j -p -br link",
                "-j addr", "-j -p addr", "-j -4 addr", "-j -6 addr", "-j -o addr", "-j -br addr",
                "-j addr show dev eth0", "-j addr show scope link", "-j -p addr show secondary",
                "-j addr show to 10.0.0.0/24", "-j -s addr show dev lower0",
                "-j route", "-j -p route show table all", "-j -6 route", "-j -d route", "-j route show table local",
                "-j route show proto static", "-j neigh", "-j -p neigh", "-j neigh show dev br0",
                "-j link show nosuch0", "-j -p route show table 100")) {
            ip(line);
        }
    }

    @Test
    void jsonWithDetailsMatchesIpForEveryKind() {
        for (String line : List.of("-j -d link", "-j -d -p link", "-j -d addr", "-j -d -4 addr", "-j -d -s link show lo",
                "-j -d -br link", "-j -d -p link show vxlan0", "-j -d link show vxlan1", "-j -d link show tunmq",
                "-j -d -p link show veth1")) {
            ip(line);
        }
    }

    @Test
    void routeSelectorsMatchIp() {
        for (String line : List.of("route show proto kernel", "route show proto static", "route show proto all",
                "route show scope link", "route show scope global", "route show scope 253", "route show type blackhole",
                "route show type unicast", "route show table all type local", "route show table local type broadcast",
                "route show via 10.0.0.254", "route show via 10.0.0.0/24", "route show src 192.168.5.1",
                "route show metric 50", "route show preference 50", "route show 172.18.0.0/16", "route show 172.18/16",
                "route show root 172.16.0.0/12", "route show match 172.16.3.4", "route show exact 172.16.0.0/16",
                "route show default", "route show to all", "route show from 0/0", "route show tos 0",
                "route show proto kernel scope link dev br0", "route show table all root 10.0.0.0/8",
                "-6 route show proto static", "-6 route show via 2001:db8::2", "-o route show type unicast",
                "-c route show match 172.16.3.4", "-d route show proto kernel", "route show table all ::/0",
                "route show iif lo", "route show ro 172.16.0.0/12", "route show ma 172.16.3.4", "route show ex 172.16.0.0/16",
                "route show f 0/0", "route show from m 10.0.0.0", "route show pref medium", "route show m 50",
                "route show type nosuch", "route show proto nosuch", "route show scope nosuch", "route show via nosuch",
                "route show 10.0.0.0/33", "-6 route show 10.0.0.0/8", "-4 route show 2001::/64", "route show nosuch",
                "route show metric abc", "route show tos zz", "route show iif nosuch0", "route show root")) {
            ip(line);
        }
    }

    @Test
    void addressSelectorsMatchIp() {
        for (String line : List.of("addr show scope link", "addr show scope host", "addr show scope 0",
                "addr show scope global dev br0", "-6 addr show scope link", "-o addr show scope host",
                "addr show label lower0:1", "addr show label lower*", "addr show label lo", "addr show to 10.0.0.0/24",
                "addr show to 10.0.0.9", "addr show to 2001:db8::/32", "addr show primary", "addr show secondary",
                "-4 addr show secondary", "addr show permanent", "addr show dynamic", "addr show nodad",
                "addr show -tentative", "addr show nomaster", "link show nomaster", "addr show up scope global",
                "addr show scope nosuch", "addr show to nosuch", "-6 addr show to 10.0.0.0/8",
                "addr show permanent nosuch0", "-6 addr show dev lower0", "-6 addr show eth0", "link show group default",
                "link show group 7", "-br link show group 7", "addr show group 7", "link show group nosuch")) {
            ip(line);
        }
    }

    @Test
    void neighbourSelectorsAndFlagsMatchIp() {
        for (String line : List.of("-s neigh", "-s -o neigh", "-br neigh", "-br -c neigh", "-j -s neigh", "-j -br neigh",
                "-j -s -p neigh", "neigh show nud permanent", "neigh show nud all", "neigh show nud failed nud stale",
                "neigh show nud none", "neigh show to 10.0.0.0/24", "neigh show 10.0.0.6", "neigh show nomaster",
                "neigh show master br0", "neigh show dev br0 nud stale", "-6 neigh show nud all",
                "neigh show to 10.0.0.0/16 nud stale", "neigh show nud bogus", "neigh show nosuch",
                "neigh show master nosuch0", "neigh show to 2001:db8::/64")) {
            ip(line);
        }
    }

    @Test
    void routeGetMatchesIp() {
        for (String line : List.of("route get 10.0.0.5", "route get 172.16.1.1", "route get 172.18.1.1",
                "route get 10.5.0.7", "route get 10.0.0.1", "route get 10.0.0.255", "route get 127.0.0.1",
                "route get 8.8.8.8", "route get to 8.8.8.8", "r g 10.0.0.5", "route get 224.0.0.1",
                "-6 route get 2001:db8::5", "route get 2001:db8:1::9", "-6 route get ::1", "-o route get 10.5.0.7",
                "-d route get 10.0.0.5", "-c route get 10.0.0.5", "-j route get 10.5.0.7", "-j -p route get 10.0.0.255",
                "route get 172.19.0.1", "route get nosuch", "route get", "route get 10.0.0.5/24",
                "-4 route get 2001:db8::5")) {
            ip(line);
        }
    }

    @Test
    void bridgeLinkAndFdbStatisticsAndJsonMatchBridge() {
        for (String line : List.of("link", "link show", "-d link show", "-c link show", "link show dev veth1",
                "link show dev nosuch0", "-s fdb show", "-s fdb show dev vxlan0", "-d fdb show", "-s -c fdb show br br0",
                "-j fdb show", "-j -p fdb show", "-j -s fdb show", "-j fdb show dev vxlan0", "-j -c fdb show br br0",
                "-j link", "-j -p link", "-j -d link", "-json -pretty -d link show dev veth1", "-p link")) {
            List<String> real = new ArrayList<>(List.of("bridge", "-n", ns));
            real.addAll(Arrays.asList(line.split(" ")));
            assertSame(real, real);
        }
    }
}
