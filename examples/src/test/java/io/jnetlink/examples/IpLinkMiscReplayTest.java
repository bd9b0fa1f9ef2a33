package io.jnetlink.examples;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The rest of {@code ip link set} ({@code dynamic}, {@code trailers}, {@code state}, {@code mode},
 * {@code link-netns}, {@code link-netnsid}, {@code vrf}, {@code parentdev}, {@code index},
 * {@code xdp* off}, {@code netns} by name, path and pid), links named by long alternative names,
 * and the {@code ip} options and help screens, replayed as {@link IpLinkSetReplayTest} does:
 * iproute2 6.1 on namespace A, the jar in-process on its twin B; same output, same exit status,
 * then the same links. Help screens are our own words: only their stream and status are compared.
 */
class IpLinkMiscReplayTest {
    /** An alternative name longer than an interface name may be: looked up as IFLA_ALT_IFNAME. */
    private static final String LONG = "a-rather-long-alternative-name-of-forty";

    /** Words split at spaces; {@code ''} stands for an empty word, PEER for the twin's peer namespace. */
    private static final List<String> COMMANDS = List.of(
            "link add v0 type veth peer name v1",
            "link add v2 type veth peer name v3",
            "link add br0 type bridge",
            // interface flags
            "link show master nosuch",
            "link show dev lo dev lo",
            "addr show dev lo dev lo",
            "addr show dev nosuch master nosuch2",
            "link replace r0 type bridge",
            "link replace r0 type bridge stp_state 1 forward_delay 500",
            "link replace r0 mtu 1400 txqueuelen 7 type bridge",
            "link replace r1 type veth peer name r2",
            "link replace r1 type veth peer name r2",
            "link r r3 type ifb",
            "link replace r3 up type ifb",
            "link replace group 3 type bridge",
            "link replace r4",
            "link set v0 dynamic on",
            "link set v1 dyn on",
            "link set v0 dynamic off",
            "link set v0 dynamic x",
            "link set v1 trailers off",
            "link set v0 trailers on",
            "link set v0 trailers yes",
            "link set v0 dynamic on trailers off up",
            // operational state and link mode
            "link set v2 state dormant",
            "link set v2 state Testing",
            "link set v2 state UP",
            "link set v2 state bogus",
            "link set v3 mode dormant",
            "link set v3 mode DEFAULT",
            "link set v3 mode dormant state lowerlayerdown",
            "link set v3 mode x",
            // the peer's namespace id
            "link set v0 link-netnsid 3",
            "link set v0 link-netnsid x",
            "link set v0 link-netnsid 1 link-netnsid 2",
            "link set v0 link-netns nosuch",
            "link set v0 link-netns PEER",
            "link set v0 link-netnsid 0 link-netns PEER",
            // XDP: only detaching, which needs no program
            "link set v0 xdp off",
            "link set v0 xdpgeneric off",
            "link set v0 xdpdrv none",
            "link set v0 xdpoffload off",
            "link set v1 mtu 1400 xdp none",
            "link set nosuch xdpoffload off",
            "link set v0 xdp",
            // vrf: there is no vrf kind here
            "link set v0 vrf nosuch",
            "link set v0 vrf br0",
            "link set v0 parentdev x",
            // index
            "link set v0 index 5",
            "link add index 77 x0 type veth peer name x1",
            "link add index 0 x2 type veth",
            "link add index x x2 type veth",
            "link add index -3 x2 type veth",
            "link add index 78 index 79 x2 type veth",
            "link add index 77 x2 type veth",
            "link add index 80 x2 type veth",
            // namespaces by name, by path, by pid
            "link set x1 netns PEER index 9",
            "link set x2 netns /run/netns/PEER",
            "link set v3 netns ''",
            "link set v3 netns 999999",
            "link set v3 netns 3x",
            "link set v3 netns PEER netns PEER",
            "link set v3 netns nosuch",
            // long alternative names: found through IFLA_ALT_IFNAME
            "link property add dev v2 altname " + LONG,
            "link set " + LONG + " mtu 1300",
            "link set dev " + LONG + " alias long",
            "link set " + LONG + " address 02:00:00:00:00:22",
            "link show " + LONG,
            "link del dev " + LONG,
            "link del " + LONG,
            "link del dev v2",
            // ifN names the link of index N when no link has that name, as in ip
            "link set if3 alias by-index",
            "link set if2x mtu 1450",
            "link set if999 up",
            "link property add dev if3 altname idx3",
            "link add link if3 mv0 type macvlan",
            "link del nosuch",
            // options before the object
            "-f inet addr show dev v0",
            "-family inet6 -o addr show dev lo",
            "-f bogus addr",
            "-4 -f inet6 addr show dev lo",
            "-- link show dev lo",
            "-d -- -s",
            "-h link show dev lo",
            "-human-readable -o addr show dev lo",
            "net list-id",
            "ne show",
            "lin show dev lo",
            "-o link show " + LONG.substring(0, 12) + " up",
            "frob",
            "netns delete -all",
            "link property a dev v0 alt short1",
            "link property d dev v0 alt short1",
            "link property del dev v0 altname short1");

    /** Help screens and version lines: only the stream and the exit status are compared. */
    private static final List<String> HELP = List.of(
            "help", "h", "-help", "-h", "", "-family help", "-f", "-batch",
            "link help", "link help veth", "link help bridge", "link help vxlan", "link help macvlan",
            "link help macvtap", "link help ifb", "link help dummy", "link help bridge_slave", "link help nosuch",
            "link help tun", "link add help", "link set help", "link set v0 help", "link del help", "link show help",
            "link property help", "link property", "link property add dev v0 help",
            "addr help", "address show help", "addr add help", "route help", "neigh help", "netns help",
            "monitor help", "-V", "-Version");

    @Test
    void eachCommandAndTheResultingLinksMatchIp() {
        try (TestNamespace a = TestNamespace.create("lma"); TestNamespace b = TestNamespace.create("lmb");
             TestNamespace aPeer = TestNamespace.create("lmap"); TestNamespace bPeer = TestNamespace.create("lmbp")) {
            UnaryOperator<String> forA = word -> word.replace("PEER", aPeer.name());
            UnaryOperator<String> forB = word -> word.replace("PEER", bPeer.name());
            List<Executable> checks = new ArrayList<>();
            for (String command : COMMANDS) {
                Shell.Result expected = Shell.exec(Replay.words(List.of("ip", "-n", a.name()), command, forA));
                Jnl.Result actual = Jnl.run(Replay.words(List.of("ip", "-n", b.name()), command, forB));
                Replay.sameAs(checks, command, expected, actual, bPeer.name(), aPeer.name(), b.name(), a.name());
            }
            for (String command : HELP) {
                List<String> words = new ArrayList<>(List.of(command.split(" ")));
                words.removeIf(String::isEmpty);
                List<String> ip = new ArrayList<>(List.of("ip", "-n", a.name()));
                ip.addAll(words);
                List<String> jnl = new ArrayList<>(List.of("ip", "-n", b.name()));
                jnl.addAll(words);
                Shell.Result expected = Shell.exec(ip.toArray(String[]::new));
                Jnl.Result actual = Jnl.run(jnl.toArray(String[]::new));
                checks.add(() -> assertEquals(expected.exitCode(), actual.exitCode(), command + ": exit status"));
                checks.add(() -> assertEquals(expected.stdout().isEmpty(), actual.stdout().isEmpty(), command + ": stdout"));
                checks.add(() -> assertEquals(expected.stderr().isEmpty(), actual.stderr().isEmpty(), command + ": stderr"));
                checks.add(() -> assertTrue((actual.stdout() + actual.stderr()).startsWith(
                        command.startsWith("-V") ? "ip utility, jnl " : "Usage: "), command + ": " + actual.stderr()));
            }
            assertAll(checks);
            String twinA = Shell.run("ip", "-n", a.name(), "-d", "-j", "link");
            assertTrue(twinA.contains("\"DYNAMIC\"") && twinA.contains("\"NOTRAILERS\"") && twinA.contains("\"ifindex\":77,"),
                    twinA);
            String peerA = Shell.run("ip", "-n", aPeer.name(), "-j", "link", "show", "x1");
            assertTrue(peerA.contains("\"ifindex\":9,"), peerA);
            assertEquals(IpLinkReplayTest.mask(twinA),
                    IpLinkReplayTest.mask(Shell.run("ip", "-n", b.name(), "-d", "-j", "link")), "ip -d -j link");
            assertEquals(IpLinkReplayTest.mask(Shell.run("ip", "-n", aPeer.name(), "-d", "-j", "link")),
                    IpLinkReplayTest.mask(Shell.run("ip", "-n", bPeer.name(), "-d", "-j", "link")), "peers: ip -d -j link");
        }
    }

    /** What jnl cannot do says so: loading an XDP program, the families other than inet and inet6. */
    @Test
    void whatJnlCannotDoFailsWithItsOwnMessage() {
        try (TestNamespace a = TestNamespace.create("lmra"); TestNamespace b = TestNamespace.create("lmrb")) {
            Shell.run("ip", "-n", a.name(), "link", "add", "v0", "type", "veth", "peer", "name", "v1");
            Shell.run("ip", "-n", b.name(), "link", "add", "v0", "type", "veth", "peer", "name", "v1");
            List<Executable> checks = new ArrayList<>();
            for (String command : List.of("link set v0 xdp obj x.o", "link set v0 xdp off mtu 1400",
                    "link set v0 xdpgeneric pinned /sys/fs/bpf/x")) {
                Shell.Result ip = Shell.exec(Replay.words(List.of("ip", "-n", a.name()), command));
                Jnl.Result jnl = Jnl.run(Replay.words(List.of("ip", "-n", b.name()), command));
                checks.add(() -> assertNotEquals(0, ip.exitCode(), command + ": ip"));
                checks.add(() -> assertEquals(ip.exitCode(), jnl.exitCode(), command + ": " + jnl.stderr()));
                checks.add(() -> assertTrue(jnl.stderr().contains("jnl does not support"), command + ": " + jnl.stderr()));
            }
            for (String command : List.of("-f link addr", "-0 link", "-family bridge link", "-M route", "-h -s link")) {
                Jnl.Result jnl = Jnl.run(Replay.words(List.of("ip", "-n", b.name()), command));
                checks.add(() -> assertEquals(255, jnl.exitCode(), command));
                checks.add(() -> assertTrue(jnl.stderr().contains("is not supported"), command + ": " + jnl.stderr()));
                checks.add(() -> assertTrue(jnl.stdout().isEmpty(), command));
            }
            assertAll(checks);
            assertFalse(Shell.run("ip", "-n", b.name(), "link", "show", "v0").contains("1400"));
        }
    }
}
