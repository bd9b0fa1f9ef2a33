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
 * Replays one list of {@code ip rule} command lines twice: with iproute2 6.1 on namespace A and
 * with the jar, in-process, on its twin B (each with a veth pair d0/d1 and lo up). Each command
 * must print the same (standard output, standard error, exit status): listings with and without
 * selectors in text, {@code -d} and JSON, adds and deletes of every selector and action in both
 * families, flushes, and refusals; {@code help} only where the usage goes and the exit status. Then {@code ip -j rule} and {@code ip -6 -j rule} of the twins
 * must read the same.
 */
class IpRuleReplayTest {
    /** Words split at spaces; the options go before the object as written. */
    private static final List<String> COMMANDS = List.of(
            "rule",
            "-6 rule",
            "-j rule",
            "-d rule",
            "-j -p -6 rule",
            "rule add from 10.0.0.0/8 table 100",
            "rule add from 10.0.0.0/8 table 100",
            "rule add from 10.1.0.0/16 to 192.168.0.0/24 pref 100 table 100",
            "rule add from 10.1.0.0/16 to 192.168.0.0/24 pref 100 table 100",
            "rule add to 1.2.3.4 lookup main pref 101",
            "rule add fwmark 0x10/0xff table 5 pref 102",
            "rule add fwmark 7 table 5 pref 103",
            "rule add fwmark 0/0xf table 5 pref 104",
            "rule add iif lo oif d0 table 6 pref 105",
            "rule add dev d1 table 6 pref 106",
            "rule add iif nosuch0 table 6 pref 107",
            "rule add uidrange 100-200 table 7 pref 108",
            "rule add ipproto tcp sport 80 dport 1000-2000 table 8 pref 109",
            "rule add ipproto 17 sport 53-54 dport 53 table 8 pref 110",
            "rule add tos 0x10 table 9 protocol static pref 111",
            "rule add dsfield 8 table 9 pref 112",
            "rule add not from 1.1.1.1 table 10 pref 113",
            "rule add l3mdev pref 114",
            "rule add l3mdev table 5 pref 115",
            "rule add from all goto 32766 pref 116",
            "rule add goto 50 pref 117",
            "rule add nop pref 118",
            "rule add blackhole pref 119",
            "rule add unreachable pref 120",
            "rule add type prohibit pref 121",
            "rule add table 1000 suppress_prefixlength 0 suppress_ifgroup 5 pref 122",
            "rule add lookup local sup_pl 8 pref 123",
            "rule add realms 3/4 table 11 pref 124",
            "rule add realms 4 table 11 pref 125",
            "rule add nat 1.2.3.4 from 5.5.5.5 pref 126",
            "rule add tun_id 5 table 3 pref 127",
            "rule add protocol kernel table 4 pref 128",
            "rule add protocol 99 table 4 pref 129",
            "rule add from 10.9.0.0/16 table 0x20 pref 130",
            "rule add to 10.8.0.0/16 table default priority 131",
            "rule add from 10.7.0.0/16 order 132 table 300",
            "rule add from 10.6.0.0/16 table main",
            "rule add fwmark 0x20 l3mdev pref 133",
            "rule add oif lo table 12 pref 134",
            "rule add from default table 5 pref 135",
            "rule add to 10.5.0.0/16 prohibit pref 136",
            "rule add from 2001:db8::/32 table 3",
            "-6 rule add from 2001:db8::/32 table 3",
            "-6 rule add to 2001:db8::1 iif lo table 3 pref 7",
            "-6 rule add fwmark 0x5 ipproto udp dport 5353 table 4 pref 8",
            "-6 rule add not to 2001:db8:2::/48 from 2001:db8:1::/48 lookup 1000 pref 9",
            "-6 rule add uidrange 0-999 blackhole pref 10",
            "-6 rule add goto 32766 pref 11",
            "-6 rule add tos 0x20 table 20",
            "-6 rule add from 10.0.0.1 table 3",
            "-6 rule add l3mdev pref 12",
            "rule add table nosuch",
            "rule add from x",
            "rule add to 10.0.0.0/33",
            "rule add",
            "rule del",
            "rule del pref 999",
            "-6 rule del pref 999",
            "rule add pref abc table 5",
            "rule add fwmark x table 5",
            "rule add fwmark 1/y table 5",
            "rule add tos 0x100 table 5",
            "rule add uidrange 100 table 5",
            "rule add sport x table 5",
            "rule add dport y table 5",
            "rule add ipproto nosuchproto table 5",
            "rule add protocol nosuch table 5",
            "rule add realms x/y table 5",
            "rule add suppress_prefixlength -1 table 5",
            "rule add suppress_ifgroup nosuch table 5",
            "rule add iif a/b table 5",
            "rule add oif 0123456789abcdefg table 5",
            "rule add tun_id x table 5",
            "rule add goto x",
            "rule add goto",
            "rule add frobnicate",
            "rule add nat nothere",
            "rule add type",
            "rule foo",
            "rule add type unr pref 140",
            "rule add b pref 141",
            "rule add 0x5 pref 142",
            "rule add type throw pref 143",
            "rule add xres pref 144",
            "rule add local pref 145",
            "rule add none pref 146",
            "rule add p 147 n",
            "-6 rule add type 8 pref 148",
            "rule add pref 150 goto 160",
            "-6 rule add pref 150 goto 151",
            "rule add pref 151 iif zz0 oif zz1 table 5",
            "rule add from 10.2.0.0/16 table 5 pref 100",
            "rule add goto 32767 pref 32767",
            "rule",
            "-6 rule",
            "-j rule",
            "-6 -j rule",
            "-d rule",
            "-d -6 rule",
            "-j -d rule",
            "-j -p rule show pref 102",
            "rule show from 10.0.0.0/8",
            "rule show from 10.1.0.0/16",
            "rule show to 192.168.0.0/16",
            "rule show to 192.168.0.0/24",
            "rule list table 100",
            "rule lst lookup 5",
            "rule show fwmark 0x10",
            "rule show fwmark 0x10/0xff",
            "rule show iif lo",
            "rule show dev d1",
            "rule show oif d0",
            "rule show not",
            "rule show l3mdev",
            "rule show uidrange 100-200",
            "rule show ipproto tcp",
            "rule show sport 80",
            "rule show dport 1000-2000",
            "rule show tos 0x10",
            "rule show tun_id 5",
            "rule show pref 116",
            "rule show priority 32766",
            "rule show table main",
            "rule show protocol static",
            "rule show 10.1.0.0/16",
            "-6 rule show from 2001:db8::/32",
            "-6 rule show table 3",
            "-6 rule show iif lo",
            "-j rule show table 8",
            "rule show from 2001:db8::/32",
            "rule show table nosuch",
            "rule show pref x",
            "rule show fwmark z",
            "rule show uidrange 1",
            "rule show sport q",
            "rule show protocol nosuch",
            "rule show iif a/b",
            "rule show to",
            "rule del from 10.0.0.0/8 table 100",
            "rule del from 10.0.0.0/8",
            "rule del from 10.0.0.0/8",
            "rule del pref 114",
            "rule del fwmark 0x10/0xff",
            "rule del iif lo",
            "rule del uidrange 100-200",
            "rule del ipproto tcp sport 80 dport 1000-2000",
            "rule delete tos 0x10",
            "rule d not from 1.1.1.1",
            "rule del goto 32766",
            "rule del nop",
            "rule del blackhole",
            "rule del table 1000",
            "rule del realms 3/4",
            "rule del tun_id 5",
            "rule del table 300",
            "-6 rule del from 2001:db8::/32",
            "-6 rule del to 2001:db8::1 iif lo",
            "-6 rule del uidrange 0-999",
            "rule",
            "-6 rule",
            "rule flush table 5",
            "rule flush protocol static",
            "rule flush fwmark 0x20",
            "rule",
            "-6 rule flush pref 8",
            "-j rule flush table 12345",
            "-j -p -6 rule flush table 12345",
            "-6 rule",
            "rule flush foo",
            "rule flush",
            "rule",
            "-6 rule flush",
            "-6 rule",
            "-j rule",
            "-6 -j rule",
            "rule add from 10.3.0.0/16 table 5",
            "rule add to 10.4.0.0/16 table 6",
            "-6 rule add from 2001:db8:5::/48 table 7",
            "rule");

    @Test
    void eachCommandAndTheResultingRulesMatchIp() {
        try (TestNamespace a = TestNamespace.create("rra"); TestNamespace b = TestNamespace.create("rrb")) {
            for (TestNamespace twin : List.of(a, b)) {
                Shell.run("ip", "-n", twin.name(), "link", "add", "d0", "type", "veth", "peer", "name", "d1");
                Shell.run("ip", "-n", twin.name(), "link", "set", "lo", "up");
            }
            List<Executable> checks = new ArrayList<>();
            for (String command : COMMANDS) {
                Shell.Result expected = Shell.exec(Replay.words(List.of("ip", "-n", a.name()), command));
                Jnl.Result actual = Jnl.run(Replay.words(List.of("ip", "-n", b.name()), command));
                Replay.sameAs(checks, command, expected, actual, b.name(), a.name());
            }
            assertAll(checks);
            for (String help : List.of("rule help", "rule add help", "rule add from 1.2.3.4 type help")) {
                // The usage text is our own wording; where it goes and the exit status are ip's.
                Shell.Result expected = Shell.exec(Replay.words(List.of("ip", "-n", a.name()), help));
                Jnl.Result actual = Jnl.run(Replay.words(List.of("ip", "-n", b.name()), help));
                assertEquals(List.of(255, ""), List.of(expected.exitCode(), expected.stdout()), help);
                assertEquals(List.of(255, ""), List.of(actual.exitCode(), actual.stdout()), help);
                assertTrue(actual.stderr().startsWith("Usage: ip rule"), actual.stderr());
            }
            String twinA = Shell.run("ip", "-n", a.name(), "-j", "rule");
            assertTrue(twinA.contains("\"table\":\"6\""), twinA);
            assertEquals(twinA, Shell.run("ip", "-n", b.name(), "-j", "rule"), "ip -j rule");
            assertEquals(Shell.run("ip", "-n", a.name(), "-6", "-j", "rule"), Shell.run("ip", "-n", b.name(), "-6", "-j", "rule"),
                    "ip -6 -j rule");
        }
    }
}
