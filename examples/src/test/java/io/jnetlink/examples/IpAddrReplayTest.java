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
 * Replays one list of {@code ip address add|change|replace|delete|flush} command lines twice:
 * with iproute2 6.1 on namespace A and with the jar, in-process, on its twin B, each twin holding
 * a veth pair d0/d1 (d0 up) and lo up. Each command must print the same (standard output,
 * standard error, exit status), warnings and refusals included; then {@code ip -j addr} of the
 * twins must read the same, with interface indexes, MAC addresses and ticking lifetimes masked.
 */
class IpAddrReplayTest {
    /** Words split at spaces; the options go before or after the object as written. */
    private static final List<String> COMMANDS = List.of(
            "addr add 10.0.0.1/24 dev d0",
            "addr add 10.0.0.1/24 dev d0",
            "addr add 10.0.0.2/24 brd + dev d0 label d0:1",
            "addr add 10.0.0.3/24 dev d0 brd -",
            "addr add 10.0.1.1/24 broadcast 10.0.1.200 dev d0 scope link metric 5",
            "addr add 10.0.2.1 peer 10.0.2.2/24 dev d0",
            "addr add 10.0.3.1/24 dev nosuch",
            "addr add 10.0.3.1/24",
            "addr add x dev d0",
            "addr add 10.0.3.1/33 dev d0",
            "addr add fd00::1/64 dev d0 nodad",
            "addr add fd00::2/64 dev d0 nodad optimistic noprefixroute mngtmpaddr home valid_lft 100 preferred_lft 50",
            "addr add ::ffff:1.2.3.4/128 dev d0 nodad",
            "addr add nodad fd00::3/64 dev d0",
            "addr add 10.0.4.1/24 dev d0 nodad",
            "addr add 10.0.4.2/24 dev d0 permanent",
            "addr add 10.0.5.1/24 dev d0 valid_lft 0",
            "addr add 10.0.5.1/24 dev d0 valid_lft 10 preferred_lft 20",
            "addr add 10.0.5.1/24 dev d0 valid_lft 10 valid_lft 20",
            "addr add 10.0.5.1/24 dev d0 valid_lft abc",
            "addr add 10.0.5.1/24 dev d0 valid_lft forever preferred_lft 0x20",
            "addr add 10.0.6.1/24 dev d0 metric x",
            "addr add 10.0.6.1/24 dev d0 scope foo",
            "addr add 10.0.6.1/24 dev d0 scope 200",
            "addr add 10.0.6.1/24 10.0.6.2/24 dev d0",
            "addr add 10.0.6.1/24 peer 1.1.1.1 peer 2.2.2.2 dev d0",
            "addr add 10.0.7.1/24 dev d0 brd 1.1.1.1 brd 2.2.2.2",
            "addr add 10.0.7.1/24 dev d0 anycast fd00::1",
            "addr add 10.0.7.1/24 dev d0 brd fd00::1",
            "addr add fd00::7/64 dev d0 brd +",
            "addr add fd00::8/64 dev d0 label d0:x",
            "addr add -4 fd00::9/64 dev d0",
            "addr add 224.0.0.5/32 dev d0 autojoin",
            "addr add 10.0.8.1/24 dev d0 autojoin",
            "addr add 10.0.8.2/24 dev d0 label foo",
            "addr add local 10.0.8.4/24 dev d0 noprefixroute",
            "addr add 127.0.0.5/8 dev lo",
            "addr change 10.0.0.1/24 dev d0 valid_lft 1000 preferred_lft 500",
            "addr change 10.9.9.9/24 dev d0",
            "addr change fd00::99/64 dev d0",
            "addr replace 10.0.0.1/24 dev d0 metric 7",
            "addr replace 10.0.9.1/24 dev d0",
            "addr replace fd00::1/64 dev d0 nodad preferred_lft 0",
            "addr del 10.0.9.1/24 dev d0",
            "addr del 10.0.9.1/24 dev d0",
            "addr del 10.0.8.4 dev d0",
            "addr del fd00::3/64 dev d0",
            "addr delete 10.0.0.3/24 dev nosuch",
            "addr d 10.0.2.1 peer 10.0.2.2/24 dev d0",
            "addr add 10.1.0.1/24 dev d1",
            "addr add 10.1.0.2/24 dev d1",
            "addr add fd01::1/64 dev d1 nodad",
            "addr flush",
            "addr flush dev nosuch",
            "addr flush dev d1 -4",
            "-6 addr flush dev d1",
            "addr flush dev d0 scope link",
            "addr flush label d0:1",
            "addr flush to 10.0.0.0/16",
            "addr flush dev d0 dynamic",
            "addr flush dev d0 permanent",
            "-s addr flush dev d0",
            "addr foo",
            "a a 10.0.0.1/24 dev d0",
            "addr add 10.0.0.2/24 dev d0",
            "addr add 10.0.0.3/24 dev d0 b +",
            "addr add 10.0.1.1/24 dev d0 m 3",
            "addr add 10.0.1.2/24 dev d0 p 3",
            "addr add 10.0.1.3/24 dev d0 pre 3",
            "addr add 10.0.1.4/24 dev d0 v 30 prefer 20",
            "addr add 10.0.1.5/24 dev d0 valid_l 30 preferr 20",
            "addr add 10.0.1.6/24 dev d0 chg",
            "addr add 10.0.0.1/24 dev",
            "addr add 10.0.0.1/24 dev d0 local",
            "addr add 1.2.3.4/24 peer fd00::1 dev d0",
            "addr add -6 1.2.3.4/24 dev d0",
            "-6 addr add 1.2.3.4/24 dev d0",
            "-4 addr add fd00::1/64 dev d0",
            "addr add 10.0.2.1/24 dev d0 metric 0x10 scope host",
            "addr add 10.0.2.2/24 dev d0 metric 4294967296",
            "addr add 10.0.2.3/24 dev d0 valid_lft -1",
            "addr add 10.0.2.4/24 dev d0 scope 256",
            "addr add 10.0.2.5/24 dev d0 scope global",
            "addr add 10.0.2.6/24 dev d0 scope nowhere",
            "addr add 10.0.2.7/24 dev d0 tentative",
            "addr add 10.0.2.8/24 dev d0 secondary",
            "addr add fd00::2/64 dev d0 dadfailed nodad",
            "addr add 10.0.2.9/24 dev d0 stable-privacy",
            "addr add 10.3/16 dev d0",
            "addr add 10.4.0.1/24 anycast 10.4.0.9 dev d0",
            "addr add fd02::1/64 anycast fd02::9 dev d0 nodad",
            "addr add fd03::1/64 dev d0 nodad metric 9 valid_lft 200",
            "addr add ff02::1:3/128 dev d0 autojoin",
            "addr add 0.0.0.0/0 dev d0",
            "addr add 10.5.0.1/24 dev d0 brd 10.5.0.1/24",
            "addr add 10.5.0.1/8 dev d0 brd 0",
            "addr add 10.5.0.1/31 dev d0 brd +",
            "addr change 10.0.0.2/24 dev d0 metric 8",
            "addr replace 10.0.0.2/24 dev d0 label d0:r",
            "addr del 10.0.0.1 dev d0",
            "addr del 10.0.0.7/24 dev d0",
            "addr del fd00::99/64 dev d0",
            "addr del 10.4.0.1/24 dev d0 scope host",
            "addr add 10.6.0.1/24 dev d1",
            "addr add 10.6.0.2/24 dev d1",
            "addr add 10.6.0.3/24 dev d1",
            "addr add 10.7.0.1/24 dev d1",
            "-s addr flush dev d1 secondary",
            "-s addr flush dev d1",
            "addr flush dev d0 primary",
            "addr flush dev",
            "addr flush to",
            "addr flush to foo",
            "addr flush scope foo",
            "addr flush nosuchword",
            "addr fl dev d0 scope global",
            "addr flush lo",
            "addr flush dev lo",
            "link set d1 up",
            "addr add 10.0.0.1/24 dev d0",
            "addr add 10.0.0.2/24 dev d0",
            "addr add 10.0.0.3/24 dev d0",
            "addr add fd00::1/64 dev d0",
            "addr add fd00::2/64 dev d1 optimistic",
            "-6 addr flush dev d0 tentative",
            "-s -4 addr flush dev d0 secondary",
            "-s -4 addr flush to 10.0.0.0/8",
            "addr add 10.0.0.1/24 dev d0",
            "addr add 10.0.0.2/24 dev d0",
            "-s addr flush dev d0 primary",
            "addr add 10.2.0.1/24 dev d1 label d1:a",
            "addr add 10.2.0.2/24 dev d1 label d1:b",
            "addr flush label d1:*",
            "addr flush dev d1 scope global",
            "-s addr flush dev d1 scope link",
            "-s addr flush dev d0",
            "addr add fd00::5/64 dev d0 local fd00::6/64",
            "addr add 10.0.0.9/24 dev d0 dev d1",
            "addr add 10.0.0.9/24 dev d0 brd 10.0.0.255 anycast 10.0.0.8 label d0:z metric 2 valid_lft 50 preferred_lft 40",
            "addr change 10.0.0.9/24 dev d0 preferred_lft 0",
            "addr replace 10.0.0.9/24 dev d0 noprefixroute",
            "addr add 10.0.0.2/24 dev d0 label d0:k brd +",
            "addr add fd05::1/64 dev d0 nodad noprefixroute valid_lft 300 preferred_lft 100",
            "addr add 10.9.0.1 peer 10.9.0.2/30 dev d1 metric 3",
            "addr add ::ffff:5.6.7.8/128 dev d1 nodad",
            "addr add 127.0.0.9/8 dev lo",
            "addr add 192.168.5.1/24 dev d1 anycast 192.168.5.9 scope link");

    @Test
    void eachCommandAndTheResultingAddressesMatchIp() {
        try (TestNamespace a = TestNamespace.create("ara"); TestNamespace b = TestNamespace.create("arb")) {
            for (TestNamespace twin : List.of(a, b)) {
                Shell.run("ip", "-n", twin.name(), "link", "add", "d0", "type", "veth", "peer", "name", "d1");
                Shell.run("ip", "-n", twin.name(), "link", "set", "d0", "up");
                Shell.run("ip", "-n", twin.name(), "link", "set", "lo", "up");
            }
            List<Executable> checks = new ArrayList<>();
            for (String command : COMMANDS) {
                Shell.Result expected = Shell.exec(Replay.words(List.of("ip", "-n", a.name()), command));
                Jnl.Result actual = Jnl.run(Replay.words(List.of("ip", "-n", b.name()), command));
                Replay.sameAs(checks, command, expected, actual, b.name(), a.name());
            }
            assertAll(checks);
            String twinA = Shell.run("ip", "-n", a.name(), "-j", "addr");
            assertTrue(twinA.contains("\"local\":\"10.0.0.2\""), twinA);
            assertEquals(mask(twinA), mask(Shell.run("ip", "-n", b.name(), "-j", "addr")), "ip -j addr");
        }
    }

    /** Masks what the twins differ in by chance: interface indexes, MAC addresses and lifetimes that tick. */
    static String mask(String json) {
        return json.replaceAll("\"(ifindex|link_index|valid_life_time|preferred_life_time)\":[0-9]+", "\"$1\":N")
                .replaceAll("(?<![0-9a-f:])[0-9a-f]{2}(:[0-9a-f]{2}){5}(?![0-9a-f:])", "MAC");
    }
}
