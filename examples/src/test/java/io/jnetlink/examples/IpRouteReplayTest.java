package io.jnetlink.examples;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Replays one list of {@code ip route add|change|replace|prepend|append|delete|flush} command lines
 * (and listings between them) twice: with iproute2 6.1 on namespace A and with the jar,
 * in-process, on its twin B. Each twin holds a veth pair d0/d1 (both up, no IPv6 link-local
 * address) with 10.0.0.1/24 and 2001:db8::1/64 on d0, 10.1.0.1/24 on d1, and lo up. Each command
 * must print the same (standard output, standard error, exit status; a help screen by stream and
 * status), refusals included; then {@code ip -j route show table all} of both families must read
 * the same in the twins, with the expiry that ticks masked.
 */
class IpRouteReplayTest {
    /** Words split at spaces. */
    private static final List<String> COMMANDS = List.of(
            "route add 10.2.0.0/16 via 10.0.0.2",
            "route add 10.2.0.0/16 via 10.0.0.2",
            "route add 10.3.0.0/16 dev d0",
            "route add 10.4.0.0/16 via 10.0.0.2 dev d0 metric 10",
            "route add 10.4.0.0/16 via 10.1.0.2 metric 20",
            "route add 10.5.0.0/16 via 10.0.0.2 src 10.0.0.1 proto static",
            "route add 10.6.0.0/16 via 10.0.0.2 table 100",
            "route add 10.6.0.0/16 via 10.0.0.2 table 1000",
            "route add 10.6.0.0/16 via 10.0.0.2 table main metric 5",
            "route add 10.7.0.0/16 via 10.0.0.2 table bogus",
            "route add blackhole 10.8.0.0/16",
            "route add unreachable 10.9.0.0/16",
            "route add prohibit 10.10.0.0/16 metric 3",
            "route add throw 10.11.0.0/16 table 100",
            "route add local 10.12.0.1 dev d0",
            "route add broadcast 10.12.0.255 dev d0 table 100",
            "route add multicast 224.1.0.0/16 dev d0 table 100",
            "route add type unicast 10.13.0.0/16 dev d0",
            "route add to unicast 10.14.0.0/16 dev d0",
            "route add 10.15.0.0/16 dev d0 scope host",
            "route add 10.16.0.0/16 dev d0 scope 200",
            "route add 10.17.0.0/16 dev d0 scope bogus",
            "route add 10.18.0.0/16 via 10.0.0.2 mtu 1400",
            "route add 10.19.0.0/16 via 10.0.0.2 mtu lock 1300 advmss 1200 hoplimit 30 window 10000",
            "route add 10.20.0.0/16 via 10.0.0.2 cwnd 10 initcwnd 20 initrwnd 30 ssthresh 40 reordering 5",
            "route add 10.21.0.0/16 via 10.0.0.2 rtt 100 rttvar 50 rto_min 200",
            "route add 10.22.0.0/16 via 10.0.0.2 rtt 1s rttvar 250ms rto_min 1.5s",
            "route add 10.23.0.0/16 via 10.0.0.2 features ecn quickack 1 fastopen_no_cookie 1",
            "route add 10.24.0.0/16 via 10.0.0.2 congctl lock reno",
            "route add 10.25.0.0/16 via 10.0.0.2 hoplimit 300",
            "route add 10.25.0.0/16 via 10.0.0.2 quickack 2",
            "route add 10.25.0.0/16 via 10.0.0.2 features bogus",
            "route add 10.25.0.0/16 via 10.0.0.2 rtt 5x",
            "route add 10.25.0.0/16 via 10.0.0.2 mtu bogus",
            "route add 10.26.0.0/16 via 10.0.0.2 realms 5",
            "route add 10.27.0.0/16 via 10.0.0.2 realms 1/2",
            "route add 10.28.0.0/16 via 10.0.0.2 tos 0x10",
            "route add 10.29.0.0/16 via 10.0.0.2 dsfield 0x20",
            "route add 10.30.0.0/16 via 10.0.0.2 tos bogus",
            "route add 10.31.0.0/16 via 10.9.9.9",
            "route add 10.31.0.0/16 via 10.9.9.9 dev d0 onlink",
            "route add 10.32.0.0/16 via 10.0.0.2 via 10.0.0.3",
            "route add 10.33.0.0/16 nexthop via 10.0.0.2 nexthop via 10.1.0.2 weight 3",
            "route add 10.34.0.0/16 nexthop via 10.0.0.2 dev d0 weight 2 nexthop dev d1",
            "route add 10.35.0.0/16 nexthop via 10.0.0.2 weight 0",
            "route add 10.35.0.0/16 nexthop via 10.0.0.2 bogus",
            "route add 10.35.0.0/16 nexthop",
            "route add 10.36.0.0/16 via inet 10.0.0.2",
            "route add 10.37.0.0/16 via inet6 2001:db8::2 dev d0",
            "route add 10.38.0.0/16 dev nosuch",
            "route add 10.39.0.0/16 via bogus",
            "route add 10.40.0.0/33 dev d0",
            "route add 10.41.0.1/16 dev d0",
            "route add 10.42.0.0/16 10.43.0.0/16 dev d0",
            "route add 10.44.0.0/16 via 10.0.0.2 protocol 99",
            "route add 10.45.0.0/16 via 10.0.0.2 protocol bogus",
            "route add 10.46.0.0/16 via 10.0.0.2 nhid 99",
            "route add 10.47.0.0/16 via 10.0.0.2 vrf nosuch",
            "route add 10.48.0.0/16 via 10.0.0.2 pref high",
            "route add default via 10.0.0.2",
            "route add default via 10.0.0.3 metric 100",
            "-4 route add default via 10.1.0.2 table 100",
            "route add 2001:db8:1::/48 via 2001:db8::2",
            "route add 2001:db8:2::/48 dev d0 metric 1024 pref high",
            "route add 2001:db8:3::/48 via 2001:db8::2 expires 600",
            "-6 route add default via 2001:db8::2",
            "-6 route add 10.0.0.0/8 dev d0",
            "route add 2001:db8:4::/48 dev d0 from 2001:db8::/64",
            "route add 10.49.0.0/16 dev d0 from 10.0.0.0/24",
            "route add blackhole 2001:db8:5::/48",
            "route add 2001:db8:6::/48 nexthop via 2001:db8::2 nexthop via 2001:db8::3",
            "route a 10.50.0.0/16 v 10.0.0.2",
            "route add 10.51.0.0/16 via 10.0.0.2 m 7",
            "route add help",
            "route add",
            "route",
            "route show table 100",
            "-6 route",
            "route change 10.2.0.0/16 via 10.0.0.3",
            "route chg 10.99.0.0/16 via 10.0.0.3",
            "route replace 10.2.0.0/16 via 10.0.0.4 metric 0",
            "route replace 10.60.0.0/16 dev d1",
            "route append 10.61.0.0/16 via 10.0.0.2",
            "route append 10.61.0.0/16 via 10.1.0.2",
            "route prepend 10.62.0.0/16 via 10.0.0.2",
            "route prepend 10.62.0.0/16 via 10.1.0.2",
            "route prepend 2001:db8:7::/48 via 2001:db8::2",
            "route prepend 2001:db8:7::/48 via 2001:db8::3",
            "route append 2001:db8:7::/48 via 2001:db8::4",
            "route del 10.3.0.0/16",
            "route delete 10.4.0.0/16 metric 20",
            "route del 10.4.0.0/16 via 10.0.0.2",
            "route d 10.99.0.0/16",
            "route del 10.6.0.0/16 table 1000",
            "route del blackhole 10.8.0.0/16",
            "route del unreachable 10.9.0.0/16",
            "route del 10.10.0.0/16",
            "route del 2001:db8:1::/48",
            "route del default via 10.0.0.3",
            "route del 10.33.0.0/16",
            "route",
            "route show table all",
            "-6 route show table all",
            "route flush",
            "-s route flush 10.61.0.0/16",
            "-s route flush 10.61.0.0/16",
            "-s -s route flush proto static",
            "route flush table 100",
            "route flush dev nosuch",
            "-6 route flush 2001:db8:7::/48",
            "-s route flush table 1000",
            "route flush type blackhole",
            "-6 route flush table all type unreachable",
            "route show table all",
            "-6 route show table all",
            "route bogus",
            "route help");

    @Test
    void eachCommandAndTheResultingRoutesMatchIp() {
        try (TestNamespace a = TestNamespace.create("rra"); TestNamespace b = TestNamespace.create("rrb")) {
            for (TestNamespace twin : List.of(a, b)) {
                String n = twin.name();
                Shell.run("ip", "-n", n, "link", "add", "d0", "type", "veth", "peer", "name", "d1");
                for (String link : List.of("d0", "d1", "lo")) {
                    Shell.run("ip", "-n", n, "link", "set", link, "addrgenmode", "none");
                    Shell.run("ip", "-n", n, "link", "set", link, "up");
                }
                Shell.run("ip", "-n", n, "addr", "add", "10.0.0.1/24", "dev", "d0");
                Shell.run("ip", "-n", n, "addr", "add", "2001:db8::1/64", "dev", "d0", "nodad");
                Shell.run("ip", "-n", n, "addr", "add", "10.1.0.1/24", "dev", "d1");
            }
            List<Executable> checks = new ArrayList<>();
            for (String command : COMMANDS) {
                Shell.Result ip = Shell.exec(Replay.words(List.of("ip", "-n", a.name()), command));
                Jnl.Result jar = Jnl.run(Replay.words(List.of("ip", "-n", b.name()), command));
                Replay.sameAs(checks, command, ip, jar, b.name(), a.name());
            }
            assertAll(checks);
            String twinA = Shell.run("ip", "-n", a.name(), "-j", "route", "show", "table", "all");
            assertTrue(twinA.contains("\"dst\":\"10.2.0.0/16\""), twinA);
            for (String family : List.of("-4", "-6")) {
                assertEquals(mask(Shell.run("ip", "-n", a.name(), family, "-j", "route", "show", "table", "all")),
                        mask(Shell.run("ip", "-n", b.name(), family, "-j", "route", "show", "table", "all")),
                        "ip " + family + " -j route show table all");
            }
        }
    }

    /** Masks the expiry of routes that have one: it counts down between the twins' listings. */
    private static String mask(String json) {
        return json.replaceAll("\"expires\":[0-9]+", "\"expires\":N");
    }
}
