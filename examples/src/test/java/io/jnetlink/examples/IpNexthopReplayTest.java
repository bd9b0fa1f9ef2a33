package io.jnetlink.examples;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import io.jnetlink.route.Rtnl;
import io.jnetlink.route.routing.RouteAttributes;
import io.jnetlink.route.routing.RouteRequest;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Replays {@code ip nexthop} command lines twice: with iproute2 6.1 on namespace A and with the
 * jar, in-process, on its twin B, each twin holding a veth pair d0/d1 (both up, 10.0.0.1/24 and
 * fd00::1/64 on d0, no link-local addresses, no IPv6 on d1) and lo up. Each command must print the same (standard output, standard error,
 * exit status), refusals included; between the two lists routes using the nexthops by id are added
 * (with ip on A, with the library on B), and the second list shows them and deletes nexthops under
 * them. Then {@code ip -j nexthop} and {@code ip -j route show table all} of the twins must read the
 * same. Usage errors print our own text: there only the exit status and the first word are compared.
 */
class IpNexthopReplayTest {
    /** Words split at spaces, {@code ''} standing for the empty word. */
    private static final List<String> COMMANDS = List.of(
            "nexthop",
            "-j nexthop",
            "nexthop add id 1 via 10.0.0.2 dev d0",
            "nexthop add id 2 dev d0",
            "nexthop add id 3 blackhole",
            "nexthop add id 4 via fd00::2 dev d0",
            "nexthop add id 5 via 10.0.0.3 fdb",
            "nexthop add id 6 via 10.0.0.4 fdb",
            "nexthop add id 7 via fd00::7 fdb",
            "nexthop add id 10 group 1/2,3",
            "nexthop add id 11 group 5/6 fdb",
            "nexthop add id 12 group 1/2 type resilient buckets 8 idle_timer 10 unbalanced_timer 20",
            "nexthop add id 13 via 10.0.0.9 dev d0 onlink protocol static",
            "nexthop add id 14 via inet6 fd00::3 dev d0",
            "-6 nexthop add id 15 blackhole",
            "nexthop add id 16 group 4,256/14",
            "nexthop add id 17 group 4 type mpath",
            "nexthop add id 18 group 1 type resilient",
            "nexthop add id 19 group 1/2 type resilient buckets 4 fdb",
            "nexthop add id 20 group 14/4 type resilient unbalanced_timer 5 idle_timer 0x10",
            "nexthop add id 21 dev d1 proto 99",
            "nex add id 22 via 10.0.0.22 dev d0",
            "nexthop a id 23 via fd00::23 dev d0",
            "nexthop add id 0x18 blackhole",
            "nexthop add via 10.0.0.25 dev d0",
            "nexthop",
            "-j nexthop",
            "-d nexthop",
            "-d -j nexthop",
            "-j -p nexthop",
            "-6 nexthop",
            "-4 nexthop",
            "-6 -d nexthop show",
            "nexthop show id 12",
            "-d nexthop get id 12",
            "-j nexthop get id 16",
            "nexthop list id 1 dev d1",
            "nexthop ls",
            "nexthop lst groups",
            "nexthop list fdb",
            "nexthop list groups fdb",
            "nexthop list dev d0",
            "-6 nexthop list dev d0",
            "nexthop list dev d1",
            "nexthop list groups dev d0",
            "nexthop list master d1",
            "nexthop list protocol 99",
            "nexthop list protocol 0",
            "nexthop list protocol 300",
            "nexthop list proto 4",
            "nexthop add id 1 dev d0",
            "nexthop add id 40 via 10.0.0.2",
            "nexthop add id 41 via 10.0.0.2 dev d9",
            "nexthop add id 42 via x dev d0",
            "nexthop add id 42 via inet6 10.0.0.1 dev d0",
            "nexthop add id 42 via inet x",
            "nexthop add id 42 via 10.0.0.2/24 dev d0",
            "nexthop add id 42 dev d0 via fd00::1",
            "nexthop add id 42 dev d0 via inet6 fd00::1",
            "-6 nexthop add id 42 via 10.0.0.2 dev d0",
            "-4 nexthop add id 42 blackhole via inet 10.0.0.2",
            "nexthop add id 42 via",
            "nexthop add id 42 group 1,0",
            "nexthop add id 42 group 1,257",
            "nexthop add id 42 group 1/x",
            "nexthop add id 42 group 1/",
            "nexthop add id 42 group ''",
            "nexthop add id 42 group x,3/4",
            "nexthop add id 42 group 1,x/4",
            "nexthop add id 42 group 1/1",
            "nexthop add id 42 group 99",
            "nexthop add id 42 group 1/5",
            "nexthop add id 42 group 3 type foo",
            "nexthop add id 42 group 3 type",
            "nexthop add id 42 group 1 type resilient buckets x",
            "nexthop add id 42 group 1 type resilient buckets 70000",
            "nexthop add id 42 group 1 type resilient idle_timer 42949673",
            "nexthop add id 42 group 1 type resilient unbalanced_timer -1",
            "nexthop add id 42 group 1 type resilient buckets",
            "nexthop add id x blackhole",
            "nexthop add id 4294967296 blackhole",
            "nexthop add id 42 protocol foo blackhole",
            "nexthop add id 42 protocol 300 blackhole",
            "nexthop add id 42 via 10.0.0.2 dev d0 weight 3",
            "nexthop add id 42 blackhole dev d0",
            "nexthop add id 42 via 10.0.0.2 dev d0 fdb",
            "nexthop add id 42 group 1 blackhole",
            "nexthop add id 42 via 10.0.0.2 dev d0 dev d1",
            "nexthop add id 42 dev lo",
            "nexthop add 42",
            "nexthop add id",
            "nexthop foo",
            "nexthop bar id 1",
            "nexthop get id 99",
            "nexthop list id 99",
            "nexthop list id x",
            "nexthop flush id 99",
            "nexthop list protocol x",
            "nexthop list protocol static",
            "nexthop list foo",
            "nexthop list dev",
            "nexthop list dev d9",
            "nexthop list master d9",
            "nexthop list vrf d0",
            "nexthop del id 99",
            "nexthop del id 1 via 10.0.0.2",
            "nexthop delete id 3 blackhole",
            "nexthop replace id 1 via 10.0.0.5 dev d0",
            "nexthop replace id 77 blackhole",
            "nexthop replace id 4 via fd00::4 dev d0 protocol static",
            "nexthop replace id 10 group 1,5/2",
            "nexthop replace id 12 group 1/2/22 type resilient buckets 8",
            "nexthop replace id 12 group 1/2 type mpath",
            "nexthop show",
            "-d -j nexthop");

    /** Run after routes using nexthops 1, 4, 10, 12 and 16 by id were added to both twins. */
    private static final List<String> WITH_ROUTES = List.of(
            "route",
            "-j route",
            "-6 route",
            "-j route show table all",
            "route show 10.8.0.0/16",
            "-d route",
            "-d -j route show table all",
            "-d -6 route",
            "nexthop del id 22",
            "nexthop d id 1",
            "route",
            "-6 route",
            "nexthop list dev d0",
            "nexthop flush dev d0",
            "nexthop",
            "route",
            "nexthop flush id 3",
            "nexthop flush id 3",
            "-s nexthop flush groups",
            "nexthop flush protocol 99",
            "nexthop flush",
            "nexthop flush",
            "nexthop",
            "-j nexthop",
            "route show table all",
            "nexthop add id 60 via 10.0.0.60 dev d0",
            "-6 nexthop add id 62 blackhole",
            "nexthop add id 63 group 60/62",
            "nexthop add id 64 group 60,7 type resilient buckets 16 idle_timer 3");

    /**
     * {@code ip nexthop bucket}, run while resilient groups 12, 18 and 19 exist (20 was refused): compared with each
     * bucket's idle time masked, as it ticks between the twins.
     */
    private static final List<String> BUCKETS = List.of(
            "nexthop bucket",
            "nexthop bucket show id 12",
            "-j nexthop bucket list",
            "-j -p nexthop bucket list id 20",
            "-j -p nexthop bucket list id 18",
            "nexthop bucket list nhid 2",
            "nexthop bucket list dev d0",
            "nexthop bucket list dev d1",
            "-6 nexthop bucket list",
            "-4 nexthop bucket list id 20",
            "nexthop bucket list id 10",
            "nexthop bucket list id 99",
            "nexthop bucket get id 12 index 2",
            "-j nexthop bucket get id 12 index 7",
            "nexthop bucket get id 12 index 8",
            "nexthop bucket get id 10 index 0",
            "nexthop bucket get id 12 index x",
            "nexthop bucket list foo",
            "nexthop bucket foo",
            "nexthop bucket list dev d9",
            "nexthop bucket list vrf d0");

    /** ip prints its usage here; jnl its own: same exit status, and both start with "Usage: ip nexthop". */
    private static final List<String> USAGE = List.of(
            "nexthop help",
            "nexthop get",
            "nexthop get id 1 foo",
            "nexthop get id 0",
            "nexthop bucket get id 12",
            "nexthop bucket help",
            "nexthop list help",
            "nexthop add id 50 help");

    @Test
    void eachCommandAndTheResultingNexthopsAndRoutesMatchIp() throws Exception {
        try (TestNamespace a = TestNamespace.create("nhra"); TestNamespace b = TestNamespace.create("nhrb")) {
            for (TestNamespace twin : List.of(a, b)) {
                Shell.run("ip", "-n", twin.name(), "link", "add", "d0", "type", "veth", "peer", "name", "d1");
                for (String dev : List.of("d0", "d1")) {
                    // No link-local addresses: their random order would differ between the twins.
                    Shell.run("ip", "-n", twin.name(), "link", "set", dev, "addrgenmode", "none");
                }
                // Nor IPv6 on d1, whose multicast route would come before or after d0's by chance.
                Shell.run("ip", "netns", "exec", twin.name(), "sysctl", "-q", "-w", "net.ipv6.conf.d1.disable_ipv6=1");
                for (String dev : List.of("d0", "d1", "lo")) {
                    Shell.run("ip", "-n", twin.name(), "link", "set", dev, "up");
                }
                Shell.run("ip", "-n", twin.name(), "addr", "add", "10.0.0.1/24", "dev", "d0");
                Shell.run("ip", "-n", twin.name(), "addr", "add", "fd00::1/64", "dev", "d0", "nodad");
            }
            List<Executable> checks = new ArrayList<>();
            replay(checks, a, b, COMMANDS);
            for (String command : BUCKETS) {
                Shell.Result expected = Shell.exec(Replay.words(List.of("ip", "-n", a.name()), command));
                Jnl.Result actual = Jnl.run(Replay.words(List.of("ip", "-n", b.name()), command));
                Replay.sameAs(checks, command, new Shell.Result(expected.exitCode(), idleTimes(expected.stdout()),
                        expected.stderr()), new Jnl.Result(actual.exitCode(), idleTimes(actual.stdout()), actual.stderr()),
                        b.name(), a.name());
            }
            for (String[] route : new String[][] {{"10.9.0.0", "16", "1"}, {"10.8.0.0", "16", "10"},
                {"10.7.0.0", "16", "12"}, {"10.6.0.0", "16", "16"}, {"fd09::", "64", "4"}, {"fd08::", "64", "16"}}) {
                Shell.run("ip", "-n", a.name(), "route", "add", route[0] + "/" + route[1], "nhid", route[2]);
            }
            try (Rtnl rtnl = Rtnl.open(b.netns())) {
                for (Object[] route : new Object[][] {{"10.9.0.0", 16, 1L}, {"10.8.0.0", 16, 10L}, {"10.7.0.0", 16, 12L},
                    {"10.6.0.0", 16, 16L}, {"fd09::", 64, 4L}, {"fd08::", 64, 16L}}) {
                    rtnl.routes().add(RouteRequest.to(InetAddress.getByName((String) route[0]), (Integer) route[1])
                            .with(RouteAttributes.NH_ID, (Long) route[2]));
                }
            }
            String routesA = Shell.run("ip", "-n", a.name(), "-j", "route", "show", "table", "all");
            assertTrue(routesA.contains("\"nhid\":16"), routesA);
            assertEquals(IpLinkReplayTest.mask(routesA),
                    IpLinkReplayTest.mask(Shell.run("ip", "-n", b.name(), "-j", "route", "show", "table", "all")),
                    "ip -j route show table all, with routes by nhid");
            replay(checks, a, b, WITH_ROUTES);
            for (String command : USAGE) {
                Shell.Result expected = Shell.exec(Replay.words(List.of("ip", "-n", a.name()), command));
                Jnl.Result actual = Jnl.run(Replay.words(List.of("ip", "-n", b.name()), command));
                checks.add(() -> assertEquals(expected.exitCode(), actual.exitCode(), command + ": exit status"));
                checks.add(() -> assertTrue(expected.stderr().startsWith("Usage: ip nexthop")
                        && actual.stderr().startsWith("Usage: ip nexthop"), command + ": " + actual.stderr()));
            }
            assertAll(checks);
            String nexthopsA = Shell.run("ip", "-n", a.name(), "-j", "nexthop");
            assertTrue(nexthopsA.contains("\"id\":64"), nexthopsA);
            assertEquals(nexthopsA, Shell.run("ip", "-n", b.name(), "-j", "nexthop"), "ip -j nexthop");
            assertEquals(IpLinkReplayTest.mask(Shell.run("ip", "-n", a.name(), "-j", "route", "show", "table", "all")),
                    IpLinkReplayTest.mask(Shell.run("ip", "-n", b.name(), "-j", "route", "show", "table", "all")),
                    "ip -j route show table all");
        }
    }

    /** {@code idle_time} values masked: text and JSON. */
    private static String idleTimes(String output) {
        return output.replaceAll("(\"?idle_time\"?[: ]+)[0-9.e+]+", "$1T");
    }

    private static void replay(List<Executable> checks, TestNamespace a, TestNamespace b, List<String> commands) {
        for (String command : commands) {
            Shell.Result expected = Shell.exec(Replay.words(List.of("ip", "-n", a.name()), command));
            Jnl.Result actual = Jnl.run(Replay.words(List.of("ip", "-n", b.name()), command));
            Replay.sameAs(checks, command, expected, actual, b.name(), a.name());
        }
    }
}
