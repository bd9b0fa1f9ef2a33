package io.jnetlink.examples;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The later {@code ip link set} options ({@code group} as a selector, also of {@code ip link delete}, {@code addrgenmode},
 * {@code protodown}, {@code carrier}, the GSO/GRO limits, {@code type bridge_slave ...}) and
 * {@code ip link property add|del}, replayed as {@link IpLinkReplayTest} does: iproute2 6.1 on
 * namespace A, the jar in-process on its twin B; same output, same exit status, then the same
 * links. What jnl refuses on purpose ({@code vf}, {@code xdp}) is checked on its own.
 */
class IpLinkSetReplayTest {
    /** Words split at spaces; {@code ''} stands for an empty word. */
    private static final List<String> COMMANDS = List.of(
            "link add br0 type bridge",
            "link add v0 type veth peer name v1",
            "link add v2 type veth peer name v3",
            "link add v4 group 7 type veth peer name v5",
            "link set v0 master br0",
            "link set v2 master br0",
            // group N as a selector: every link of the group
            "link set v1 group 3",
            "link set v3 group 3",
            "link set group 3 up",
            "link set group 3 mtu 1400",
            "link set group 3 down txqueuelen 9",
            "link set group 3 mtu 1300 v1",
            "link set group 42 up",
            "link set group foo up",
            "link add group 3 type veth",
            "link add g0 group 9 type veth peer name g1",
            "link set g1 group 9",
            "link del group 9",
            "link del group 0",
            "link delete group default",
            "link del group 77",
            "link del group x",
            // IPv6 address generation
            "link set v1 addrgenmode none",
            "link set v3 addrgenmode random",
            "link set v5 addrgenmode stable_secret",
            "link set v1 addrgenmode eui64",
            "link set v3 addrgen none",
            "link set v1 addrgenmode bogus",
            // protodown: veth refuses it as the kernel says
            "link set v1 protodown on",
            "link set v1 protodown off",
            "link set v1 protodown x",
            "link set v1 protodown_reason 1 on",
            "link set v1 protodown_reason x on",
            "link set v1 protodown_reason 0 x",
            "link set v1 protodown_reason 32 on",
            "link set v1 carrier off",
            "link set v1 carrier on",
            "link set v1 carrier x",
            "link set v1 gso_max_size 60000 gso_max_segs 100 gro_max_size 60000",
            "link set v3 gso_max_size 0x8000",
            "link set v3 gso_max_segs x",
            "link set v3 gso_max_size 1",
            "link set v3 gso_max_segs 10 gso_max_segs 20",
            "link set v1 gso_ipv4_max_size 1",
            "link set v1 gro_ipv4_max_size 1",
            // bridge ports
            "link set v0 type bridge_slave state 3 priority 3 cost 5 guard on hairpin on fastleave on root_block on"
                    + " learning off flood off proxy_arp on proxy_arp_wifi on mcast_router 2 mcast_flood off"
                    + " mcast_to_unicast on group_fwd_mask 0x4000 neigh_suppress on vlan_tunnel on isolated on"
                    + " bcast_flood off",
            "link set v2 type bridge_slave mcast_fast_leave on locked on",
            "link set v0 type bridge_slave backup_port v2",
            "link set v0 type bridge_slave nobackup_port",
            "link set v0 type bridge_slave fdb_flush",
            "link set v0 mtu 1400 type bridge_slave cost 7",
            "link set v0 type bridge_slave",
            "link set v0 type bridge_slave st 2 pri 4 le on",
            "link set v0 type bridge_slave state forwarding",
            "link set v0 type bridge_slave learning maybe",
            "link set v0 type bridge_slave backup_port nosuch",
            "link set v0 type bridge_slave priority 70000",
            "link set v0 type bridge_slave cost x",
            "link set v0 type bridge_slave mcast_router 300",
            "link set v1 type bridge_slave cost 5",
            "link add x0 type bridge_slave",
            // alternative names
            "link property add dev v1 altname foo",
            "link property add dev v1 altname foo2 altname bar",
            "link property add v1 altname foo",
            "link property add dev v3 altname foo",
            "link property del dev v1 altname nope",
            "link property del dev v1 altname foo",
            "link property add dev v1",
            "link property add altname x",
            "link property add dev nosuch altname x",
            "link property add dev v1 altname " + "a".repeat(128),
            "link property add dev v1 altname " + "a".repeat(127),
            "link property add dev v1 altname ''",
            "link property add dev v1 altname a/b",
            "link property add dev v1 altname .",
            "link property add dev v1 altname a altname a",
            "link property bogus",
            "link property delete dev v1 altname bar",
            "link prop add dev v3 altname q",
            "link set foo2 mtu 1280",
            "link set dev bar up");

    /** Refused on purpose: both exit non-zero, and jnl says why. */
    private static final List<String> REFUSED = List.of(
            "link set v1 vf 0 mac 00:11:22:33:44:55",
            "link set v1 xdp obj x.o",
            "link set v1 xdpgeneric obj x.o sec xdp");

    @Test
    void eachCommandAndTheResultingLinksMatchIp() {
        try (TestNamespace a = TestNamespace.create("lsa"); TestNamespace b = TestNamespace.create("lsb")) {
            List<Executable> checks = new ArrayList<>();
            for (String command : COMMANDS) {
                Shell.Result expected = Shell.exec(Replay.words(List.of("ip", "-n", a.name()), command));
                Jnl.Result actual = Jnl.run(Replay.words(List.of("ip", "-n", b.name()), command));
                Replay.sameAs(checks, command, expected, actual, b.name(), a.name());
            }
            // ip prints its usage after this line; jnl prints a line of its own.
            String unknown = "link set v0 type bridge_slave bogus 1";
            Shell.Result ipUnknown = Shell.exec(Replay.words(List.of("ip", "-n", a.name()), unknown));
            Jnl.Result jnlUnknown = Jnl.run(Replay.words(List.of("ip", "-n", b.name()), unknown));
            checks.add(() -> assertEquals(ipUnknown.exitCode(), jnlUnknown.exitCode(), unknown));
            checks.add(() -> assertEquals(ipUnknown.stderr().lines().findFirst(), jnlUnknown.stderr().lines().findFirst(),
                    unknown));
            for (String command : REFUSED) {
                Shell.Result ip = Shell.exec(Replay.words(List.of("ip", "-n", a.name()), command));
                Jnl.Result jnl = Jnl.run(Replay.words(List.of("ip", "-n", b.name()), command));
                checks.add(() -> assertNotEquals(0, ip.exitCode(), command + ": ip"));
                checks.add(() -> assertEquals(ip.exitCode(), jnl.exitCode(), command + ": " + jnl.stderr()));
                checks.add(() -> assertTrue(jnl.stderr().contains("jnl does not support"), command + ": " + jnl.stderr()));
            }
            assertAll(checks);
            String twinA = Shell.run("ip", "-n", a.name(), "-d", "-j", "link");
            assertTrue(twinA.contains("\"altname\"") || twinA.contains("\"altnames\""), twinA);
            assertEquals(IpLinkReplayTest.mask(twinA), IpLinkReplayTest.mask(Shell.run("ip", "-n", b.name(), "-d", "-j", "link")), "ip -d -j link");
        }
    }

}
