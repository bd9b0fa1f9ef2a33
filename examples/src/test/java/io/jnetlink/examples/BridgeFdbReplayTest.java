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
 * Replays one list of {@code bridge fdb add|append|replace|delete|get|flush|show} command lines
 * twice: with iproute2 6.1's bridge on namespace A and with the jar, in-process, on its twin B.
 * Each twin holds a bridge br0 (this kernel has no VLAN filtering, so VLAN entries are refused)
 * with ports d0 (of the veth pair d0/d1) and vx0 (a VXLAN device), all up with fixed MAC
 * addresses and no IPv6 link-local addresses, so the kernel's own entries are the same in both. Each command must print the same (standard output, standard error, exit
 * status; a listing's entries in sorted order; a help screen by stream and status), refusals
 * included; then {@code bridge -j fdb} of the twins must read the same.
 */
class BridgeFdbReplayTest {
    /** Words split at spaces. */
    private static final List<String> COMMANDS = List.of(
            "fdb add 02:00:00:00:01:01 dev d0",
            "fdb add 02:00:00:00:01:01 dev d0",
            "fdb add 02:00:00:00:01:02 dev d0 master",
            "fdb add 02:00:00:00:01:03 dev d0 master static",
            "fdb add 02:00:00:00:01:04 dev d0 master dynamic",
            "fdb add 02:00:00:00:01:05 dev d0 master local",
            "fdb add 02:00:00:00:01:06 dev d0 master sticky",
            "fdb add 02:00:00:00:01:07 dev d0 master vlan 1",
            "fdb add 02:00:00:00:01:08 dev d0 master vlan 10",
            "fdb add 02:00:00:00:01:09 dev d0 master vlan 0",
            "fdb add 02:00:00:00:01:0a dev d0 master vlan 4095",
            "fdb add 02:00:00:00:01:0b dev d0 master vlan 5 vlan 6",
            "fdb add 02:00:00:00:01:0c dev d0 master extern_learn",
            "fdb add 02:00:00:00:01:0d dev d0 master temp",
            "fdb add 02:00:00:00:01:0e dev d0 master perm",
            "fdb add 02:00:00:00:01:0f dev d0 self master",
            "fdb add to 02:00:00:00:01:10 dev d0 master",
            "fdb add 2:0:0:0:1:11 dev d0 master",
            "fdb add 0x2:0:0:0:1:12 dev d0 master",
            "fdb add 02:00:00:00:01:13:77 dev d0 master",
            "fdb add 02:00:00:00:01 dev d0 master",
            "fdb add zz:00:00:00:01:14 dev d0 master",
            "fdb add 02:00:00:00:01:15 02:00:00:00:01:16 dev d0",
            "fdb add 02:00:00:00:01:17",
            "fdb add dev d0",
            "fdb add 02:00:00:00:01:18 dev nosuch",
            "fdb add 02:00:00:00:01:19 dev br0 self",
            "fdb add 02:00:00:00:01:1a dev br0 self local vlan 1",
            "fdb add 00:00:00:00:00:00 dev vx0 dst 192.168.1.1",
            "fdb append 00:00:00:00:00:00 dev vx0 dst 192.168.1.2",
            "fdb append 00:00:00:00:00:00 dev vx0 dst 192.168.1.2",
            "fdb ap 00:00:00:00:00:00 dev vx0 dst 192.168.1.3 port 4790 vni 77",
            "fdb append 00:00:00:00:00:00 dev vx0 dst fd00::1",
            "fdb add 02:00:00:00:02:01 dev vx0 dst 192.168.1.4 port 8472",
            "fdb add 02:00:00:00:02:02 dev vx0 dst 192.168.1.5 vni 100",
            "fdb add 02:00:00:00:02:03 dev vx0 dst 192.168.1.6 via d1",
            "fdb add 02:00:00:00:02:04 dev vx0 dst 192.168.1.7 via nosuch",
            "fdb add 02:00:00:00:02:05 dev vx0 dst 192.168.1.8 port 70000",
            "fdb add 02:00:00:00:02:06 dev vx0 dst 192.168.1.9 port bogus",
            "fdb add 02:00:00:00:02:07 dev vx0 dst 192.168.1.10 vni 16777216",
            "fdb add 02:00:00:00:02:08 dev vx0 dst 192.168.1.11 vni x",
            "fdb add 02:00:00:00:02:09 dev vx0 dst 192.168.1.12 dst 192.168.1.13",
            "fdb add 02:00:00:00:02:0a dev vx0 dst bogus",
            "fdb add 02:00:00:00:02:0b dev vx0 nhid 5 dst 192.168.1.14",
            "fdb add 02:00:00:00:02:0c dev vx0 nhid x",
            "fdb add 02:00:00:00:02:0d dev vx0 dst 192.168.1.15 src_vni 5",
            "fdb add 02:00:00:00:02:0e dev vx0 dst 192.168.1.16 src_vni 99999999",
            "fdb add 02:00:00:00:02:0f dev vx0 dst 192.168.1.17 router",
            "fdb add 02:00:00:00:02:10 dev vx0 dst 192.168.1.18 use",
            "fdb add 02:00:00:00:02:11 dev vx0 master",
            "fdb show",
            "fdb show dev d0",
            "fdb show dev vx0",
            "fdb show br br0",
            "-j fdb show",
            "-s -j fdb show dev vx0",
            "fdb get 02:00:00:00:01:02 dev d0 master",
            "fdb get 02:00:00:00:01:08 dev d0 master vlan 10",
            "fdb get 02:00:00:00:01:08 brport d0 master vlan 10",
            "-j fdb get 02:00:00:00:01:03 dev d0 master",
            "fdb get 02:00:00:00:02:01 dev vx0 self",
            "fdb get 02:00:00:00:09:09 dev d0 master",
            "fdb get 02:00:00:00:01:02 dev nosuch",
            "fdb get 02:00:00:00:01:02",
            "fdb get zz dev d0",
            "fdb get 02:00:00:00:01:02 dev d0 vni x",
            "fdb replace 02:00:00:00:01:02 dev d0 master static",
            "fdb replace 02:00:00:00:01:20 dev d0 master",
            "fdb r 02:00:00:00:02:01 dev vx0 dst 192.168.1.40",
            "fdb del 02:00:00:00:01:01 dev d0",
            "fdb delete 02:00:00:00:01:01 dev d0",
            "fdb d 02:00:00:00:01:05 dev d0 master",
            "fdb del 00:00:00:00:00:00 dev vx0 dst 192.168.1.2",
            "fdb del 00:00:00:00:00:00 dev vx0 dst 192.168.1.99",
            "fdb del 02:00:00:00:01:08 dev d0 master vlan 10",
            "fdb del 02:00:00:00:01:08 dev d0 master vlan 11",
            "fdb show",
            "fdb flush",
            "fdb flush dev nosuch",
            "fdb flush dev br0 brport nosuch",
            "fdb flush dev br0 vlan 5000",
            "fdb flush dev br0 brport d0 brport d0",
            "fdb flush dev br0 vlan 1 vlan 2",
            "fdb flush dev br0 sticky",
            "fdb flush dev br0 vlan 10 nopermanent",
            "fdb flush dev br0 brport d0 static",
            "fdb flush dev br0 dynamic",
            "fdb flush dev br0 nostatic noextern_learn",
            "fdb flush dev br0 extern_learn",
            "fdb flush dev br0 master",
            "fdb flush dev d0 self",
            "fdb flush dev vx0 added_by_user",
            "fdb flush dev vx0 nodynamic",
            "fdb flush dev vx0 help",
            "fdb show",
            "fdb flush dev br0 brport d0",
            "fdb flush dev vx0",
            "fdb show",
            "fdb bogus",
            "fdb help",
            "fdb add help",
            "fdb get help");

    @Test
    void eachCommandAndTheResultingTableMatchBridge() {
        try (TestNamespace a = TestNamespace.create("fra"); TestNamespace b = TestNamespace.create("frb")) {
            for (TestNamespace twin : List.of(a, b)) {
                String n = twin.name();
                Shell.run("ip", "-n", n, "link", "add", "br0", "address", "02:00:00:00:00:b0", "type", "bridge");
                Shell.run("ip", "-n", n, "link", "add", "d0", "address", "02:00:00:00:00:d0", "type", "veth", "peer",
                        "name", "d1", "address", "02:00:00:00:00:d1");
                Shell.run("ip", "-n", n, "link", "add", "vx0", "address", "02:00:00:00:00:a0", "type", "vxlan", "id",
                        "5", "dstport", "4789");
                Shell.run("ip", "-n", n, "link", "set", "d0", "master", "br0");
                Shell.run("ip", "-n", n, "link", "set", "vx0", "master", "br0");
                for (String link : List.of("br0", "d0", "d1", "vx0", "lo")) {
                    Shell.run("ip", "-n", n, "link", "set", link, "addrgenmode", "none");
                    Shell.run("ip", "-n", n, "link", "set", link, "up");
                }
            }
            List<Executable> checks = new ArrayList<>();
            for (String command : COMMANDS) {
                Shell.Result bridge = Shell.exec(Replay.words(List.of("bridge", "-n", a.name()), command));
                Jnl.Result jar = Jnl.run(Replay.words(List.of("bridge", "-n", b.name()), command));
                Replay.sameListingAs(checks, command, bridge, jar, b.name(), a.name());
            }
            assertAll(checks);
            String twinA = Shell.run("bridge", "-n", a.name(), "-j", "fdb");
            assertTrue(twinA.contains("\"mac\":\"02:00:00:00:02:11\""), twinA);
            assertEquals(Replay.inOrder(twinA), Replay.inOrder(Shell.run("bridge", "-n", b.name(), "-j", "fdb")),
                    "bridge -j fdb");
        }
    }
}
