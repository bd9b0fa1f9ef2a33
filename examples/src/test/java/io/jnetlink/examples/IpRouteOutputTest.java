package io.jnetlink.examples;

import static io.jnetlink.examples.Outputs.assertIpSame;

import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code ip route} against the jar on routes that use the attributes the shared topology leaves
 * out: realms, every metric (locked ones, times, features, congestion control), next hops with
 * realms and onlink, tos names, tables above 255, gateways of the other family, nexthop ids (with
 * {@code -d} the nexthop object on an {@code nh_info} line), IPv6 preference, expiry and source routing; and {@code ip route get} with its lookup options. Every
 * attribute's word, key and form comes from its row, so this checks the rows against ip.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IpRouteOutputTest {
    private static final String[] ROUTES = {
        "route add 10.44.0.0/16 via 10.1.0.2 realms 2/1",
        "route add 10.47.0.0/16 via 10.1.0.2 realms 3",
        "route add 10.45.0.0/16 via 10.1.0.2 mtu lock 1400 rtt 100ms rttvar 20ms rto_min 5ms features ecn"
                + " congctl lock reno quickack 1 window 1000 cwnd 5 ssthresh 7 reordering 3 initcwnd 10 initrwnd 20"
                + " advmss 1300 fastopen_no_cookie 1 hoplimit 33",
        "route add 10.46.0.0/16 via 10.1.0.2 rtt 2500ms rttvar lock 1234567ms",
        "route add 10.48.0.0/16 nexthop via 10.1.0.2 dev veth0 weight 3 onlink realms 4 nexthop via 10.1.0.3 dev veth0",
        "route add 10.49.0.0/16 via 10.99.0.1 dev veth0 onlink tos 0x28 table 70000 proto 99 metric 77",
        "route add 10.50.0.0/16 tos 0x10 dev veth0",
        "route add 10.51.0.0/16 via inet6 2001:db8::2 dev veth0",
        "route add unreachable 10.52.0.0/16",
        "route add broadcast 10.1.0.77 dev veth0 table local",
        "-6 route add 2001:db8:c::/64 via 2001:db8::2 metric 100 pref high expires 600 hoplimit 12",
        "-6 route add 2001:db8:d::/64 from 2001:db8:1::/48 via 2001:db8::2 pref low",
        "-6 route add 2001:db8:e::/64 dev veth0 features ecn",
        "nexthop add id 5 via 10.1.0.2 dev veth0",
        "route add 10.53.0.0/16 nhid 5",
        "nexthop add id 6 via 2001:db8::2 dev veth0 protocol static",
        "nexthop add id 7 group 5/6,4",
        "nexthop add id 8 group 5/6 type resilient buckets 4 idle_timer 7",
        "route add 10.54.0.0/16 nhid 7 metric 9",
        "route add 10.55.0.0/16 nhid 8",
        "-6 route add 2001:db8:f::/64 nhid 6",
    };

    private TestNamespace namespace;
    private String ns;

    @BeforeAll
    void buildRoutes() {
        namespace = TestNamespace.create("jnlroute");
        ns = namespace.name();
        ipn("link add veth0 type veth peer name veth1");
        for (String dev : List.of("veth0", "veth1", "lo")) {
            ipn("link set " + dev + " addrgenmode none");
            ipn("link set " + dev + " up");
        }
        ipn("addr add 10.1.0.1/24 dev veth0");
        ipn("addr add 2001:db8::1/64 dev veth0 nodad");
        for (String route : ROUTES) {
            ipn(route);
        }
    }

    @AfterAll
    void removeRoutes() {
        if (namespace != null) {
            namespace.close();
        }
    }

    private void ipn(String line) {
        List<String> command = new java.util.ArrayList<>(List.of("ip", "-n", ns));
        command.addAll(List.of(line.split(" ")));
        Shell.run(command.toArray(String[]::new));
    }

    private void ip(String line) {
        assertIpSame(ns, line.split(" "));
    }

    @Test
    void everyAttributeIsPrintedAsIpPrintsItWithEveryOutputOption() {
        for (String options : List.of("", "-o ", "-c ", "-s ", "-j ", "-j -p ", "-d ", "-d -o ", "-d -j ")) {
            ip(options + "route show table all");
            ip(options + "-6 route show table all");
            ip(options + "route");
        }
        ip("-d route show table 70000");
        ip("-d -j route show 10.48.0.0/16");
        ip("route show table 70000");
        ip("route show proto 99");
        ip("route show tos AF11");
        ip("route show type broadcast table local");
    }

    @Test
    void lookupsWithOptionsMatchIpRouteGet() {
        for (String line : List.of("route get 10.44.1.1", "route get 10.44.1.1 from 10.1.0.1 mark 20 uid 5 ipproto tcp"
                        + " sport 10 dport 20", "-j route get 10.44.1.1 mark 20 uid 5", "route get 10.44.1.1 fibmatch",
                "-j route get 10.48.1.1 fibmatch", "route get 10.45.9.9", "-j route get 10.45.9.9",
                "route get 10.49.1.1 tos 0x28", "route get 10.49.1.1 dsfield AF11", "route get 10.44.1.1 oif veth0",
                "route get 10.1.0.9 iif veth1 from 10.1.0.200", "route get 10.44.1.1 mark zz",
                "route get 10.44.1.1 tos zz", "route get 10.44.1.1 ipproto nosuch", "route get 10.44.1.1 ipproto udp",
                "route get 10.44.1.1 sport 70000", "route get 10.44.1.1 iif nosuch0", "-6 route get 2001:db8:c::1",
                "-6 route get 2001:db8:d::1 from 2001:db8:1::5", "route get 10.53.0.1", "route get 10.51.0.1")) {
            ip(line);
        }
    }
}
