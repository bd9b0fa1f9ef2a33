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
 * Replays one list of {@code ip neigh add|change|replace|delete|flush|get|show} command lines
 * twice: with iproute2 6.1 on namespace A and with the jar, in-process, on its twin B, each twin
 * holding a veth pair d0/d1 (both up), a bridge br0 with d1 as its port, and lo up (none with an
 * IPv6 link-local address); multicast entries the kernel makes on its own are left out of every
 * listing. Each command
 * must print the same (standard output, standard error, exit status), refusals included (the
 * entries of a listing compared in sorted order, see {@link Replay#inOrder}; a help screen by stream and
 * status, its text being our own); then {@code ip -j neigh}, {@code ip -j neigh show proxy} and
 * {@code ip -j neigh show nud all} of the twins must read the same. Entries in states the kernel's
 * timers move on (incomplete, delay, probe, failed) are deleted right after they are made.
 */
class IpNeighReplayTest {
    /** Words split at spaces; the options go before or after the object as written. */
    private static final List<String> COMMANDS = List.of(
            "neigh",
            "neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev d0",
            "neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev d0",
            "neigh add 10.0.0.3 lladdr 02:00:00:00:00:03 dev d0 nud reachable",
            "neigh add 10.0.0.4 lladdr 02:00:00:00:00:04 dev d0 nud stale router",
            "neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev d0 nud noarp",
            "neigh add 10.0.0.6 lladdr 2:0:0:0:0:6 dev d0 nud perm protocol static",
            "neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev d0 nud delay",
            "neigh add 10.0.0.8 lladdr 02:00:00:00:00:08 dev d0 nud probe extern_learn",
            "neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev d0 nud fail",
            "neigh add 10.0.0.10 dev d0 nud incomplete",
            "neigh del 10.0.0.7 dev d0",
            "neigh del 10.0.0.8 dev d0",
            "neigh del 10.0.0.9 dev d0",
            "neigh del 10.0.0.10 dev d0",
            "neigh add 10.0.0.11 lladdr 02:00:00:00:00:0b dev d0 nud none",
            "neigh add 10.0.0.12 lladdr null dev d0 nud noarp",
            "neigh add 10.0.0.13 lladdr 02:00:00:00:00:0d dev d0 nud 0x2",
            "neigh add 10.0.0.14 lladdr 02:00:00:00:00:0e dev d0 nud 3",
            "neigh add 10.0.0.15 lladdr 02:00:00:00:00:0f dev d0 protocol 99",
            "neigh add 10.0.0.16 lladdr 02:00:00:00:00:10 dev d0 protocol bogus",
            "neigh add 10.0.0.17 lladdr 02:00:00:00:00:11 dev d0 managed",
            "neigh del 10.0.0.17 dev d0",
            "neigh add 10.0.0.18 lladdr 0x2:0:0:0:0:12 dev d0",
            "neigh add 10.0.0.19 lladdr 02:zz:00:00:00:13 dev d0",
            "neigh add 10.0.0.19 lladdr 02:00 dev d0",
            "neigh add 10.0.0.20 lladdr 02:00:00:00:00:14 lladdr 02:00:00:00:00:15 dev d0",
            "neigh add 10.0.0.21 dev nosuch",
            "neigh add 10.0.0.21",
            "neigh add dev d0",
            "neigh add 10.0.0.22 10.0.0.23 dev d0",
            "neigh add to 10.0.0.24 lladdr 02:00:00:00:00:18 dev d0",
            "neigh add 10.0.0.300 dev d0",
            "neigh add fe80::1 lladdr 02:00:00:00:00:21 dev d0",
            "-6 neigh add fd00::2 lladdr 02:00:00:00:00:22 dev d0 nud reachable router",
            "-4 neigh add fd00::3 lladdr 02:00:00:00:00:23 dev d0",
            "-6 neigh add 10.0.0.25 lladdr 02:00:00:00:00:25 dev d0",
            "neigh add ::ffff:10.0.0.26 lladdr 02:00:00:00:00:26 dev d0",
            "neigh add default dev d0",
            "-4 neigh add any dev d0",
            "neigh add 10.0.0.27 lladdr 02:00:00:00:00:27 dev d0 nud bogus",
            "neigh add 10.0.0.28 lladdr 02:00:00:00:00:28 dev d0 nud 0x300",
            "neigh a 10.0.0.29 l 02:00:00:00:00:29 dev d0 e",
            "neigh add proxy 10.0.0.40",
            "neigh add proxy 10.0.0.41 dev d0",
            "neigh add proxy fd00::41 dev d0",
            "neigh add proxy 10.0.0.42 proxy 10.0.0.43",
            "neigh add proxy help",
            "neigh add help 10.0.0.44 dev d0",
            "neigh add 10.0.0.45 lladdr 02:00:00:00:00:45 dev br0",
            "neigh",
            "neigh show",
            "neigh show dev d0",
            "neigh show dev d0 dev d0",
            "neigh show dev nosuch",
            "neigh show nud all",
            "neigh show nud stale nud reachable",
            "neigh show nud permanent",
            "neigh show nud none",
            "neigh show nud noarp",
            "neigh show nud bogus",
            "neigh show to 10.0.0.0/29",
            "neigh show 10.0.0.4",
            "neigh show to fd00::/16",
            "neigh show to bogus",
            "neigh show protocol static",
            "neigh show protocol 99",
            "neigh show protocol bogus",
            "neigh show proxy",
            "neigh show master br0",
            "neigh show master nosuch",
            "neigh show nomaster",
            "neigh show vrf br0",
            "neigh show unused",
            "-4 neigh",
            "-6 neigh",
            "-j neigh show",
            "-j -p neigh show nud all",
            "-br neigh",
            "neigh list",
            "neigh lst dev d0",
            "neigh get 10.0.0.2 dev d0",
            "-j neigh get 10.0.0.3 dev d0",
            "-br neigh get 10.0.0.3 dev d0",
            "neigh get 10.0.0.99 dev d0",
            "neigh get 10.0.0.2",
            "neigh get 10.0.0.2 dev nosuch",
            "neigh get proxy 10.0.0.40",
            "neigh get proxy 10.0.0.41 dev d0",
            "neigh get to help",
            "neigh change 10.0.0.2 lladdr 02:00:00:00:00:aa dev d0",
            "neigh chg 10.0.0.3 lladdr 02:00:00:00:00:ab dev d0 nud permanent",
            "neigh change 10.0.0.99 lladdr 02:00:00:00:00:ac dev d0",
            "neigh replace 10.0.0.4 lladdr 02:00:00:00:00:ad dev d0 nud noarp",
            "neigh replace 10.0.0.50 lladdr 02:00:00:00:00:50 dev d0",
            "neigh r 10.0.0.51 lladdr 02:00:00:00:00:51 dev d0 nud reachable",
            "neigh del 10.0.0.5 dev d0",
            "neigh delete 10.0.0.5 dev d0",
            "neigh d 10.0.0.6 dev d0",
            "neigh del proxy 10.0.0.40",
            "neigh del proxy 10.0.0.99",
            "neigh del fe80::1 dev d0",
            "neigh flush",
            "neigh flush dev nosuch",
            "-s neigh flush dev d0 nud stale",
            "-s neigh flush dev d0 nud stale",
            "-s -s neigh flush to 10.0.0.50",
            "neigh flush dev d0",
            "neigh",
            "-s neigh flush nud permanent to 10.0.0.0/30",
            "neigh flush proxy",
            "neigh flush nud all dev br0",
            "-6 neigh flush nud all",
            "neigh show nud all",
            "neigh show proxy",
            "neigh bogus",
            "neigh help",
            "neigh");

    @Test
    void eachCommandAndTheResultingEntriesMatchIp() {
        try (TestNamespace a = TestNamespace.create("nra"); TestNamespace b = TestNamespace.create("nrb")) {
            for (TestNamespace twin : List.of(a, b)) {
                Shell.run("ip", "-n", twin.name(), "link", "add", "d0", "type", "veth", "peer", "name", "d1");
                Shell.run("ip", "-n", twin.name(), "link", "add", "br0", "type", "bridge");
                Shell.run("ip", "-n", twin.name(), "link", "set", "d1", "master", "br0");
                for (String link : List.of("d0", "d1", "br0", "lo")) {
                    // No IPv6 link-local address: no router solicitation or MLD report, whose
                    // multicast neighbour entries would come and go at their own pace.
                    Shell.run("ip", "-n", twin.name(), "link", "set", link, "addrgenmode", "none");
                    Shell.run("ip", "-n", twin.name(), "link", "set", link, "up");
                }
            }
            List<Executable> checks = new ArrayList<>();
            for (String command : COMMANDS) {
                Shell.Result ip = Shell.exec(Replay.words(List.of("ip", "-n", a.name()), command));
                Jnl.Result jar = Jnl.run(Replay.words(List.of("ip", "-n", b.name()), command));
                Replay.sameListingAs(checks, command, new Shell.Result(ip.exitCode(), withoutMulticast(ip.stdout()),
                        ip.stderr()), new Jnl.Result(jar.exitCode(), withoutMulticast(jar.stdout()), jar.stderr()),
                        b.name(), a.name());
            }
            assertAll(checks);
            String twinA = Shell.run("ip", "-n", a.name(), "-j", "neigh", "show", "nud", "all");
            assertTrue(twinA.contains("\"dst\":\"10.0.0.4\""), twinA);
            for (List<String> show : List.of(List.of("-j", "neigh"), List.of("-j", "neigh", "show", "nud", "all"),
                    List.of("-j", "neigh", "show", "proxy"))) {
                List<String> inA = new ArrayList<>(List.of("ip", "-n", a.name()));
                inA.addAll(show);
                List<String> inB = new ArrayList<>(List.of("ip", "-n", b.name()));
                inB.addAll(show);
                assertEquals(Replay.inOrder(withoutMulticast(Shell.run(inA.toArray(String[]::new)))),
                        Replay.inOrder(withoutMulticast(Shell.run(inB.toArray(String[]::new)))),
                        String.join(" ", show));
            }
        }
    }

    /**
     * Leaves out the entries of multicast groups (MAC 01:00:5e:... or 33:33:...): the kernel makes
     * them when it sends IGMP and MLD reports, at its own pace in each twin. Text lines and the
     * objects of a one-line JSON array are dropped alike.
     */
    private static String withoutMulticast(String listing) {
        String multicast = "(01:00:5e|33:33)(:[0-9a-f]{2}){4}";
        if (listing.startsWith("[")) {
            return listing.replaceAll("\\{[^{}]*\"lladdr\":\"" + multicast + "\"[^{}]*\\},?", "")
                    .replace(",]", "]");
        }
        return listing.lines().filter(line -> !line.matches(".* lladdr " + multicast + " .*"))
                .map(line -> line + "\n").collect(java.util.stream.Collectors.joining());
    }
}
