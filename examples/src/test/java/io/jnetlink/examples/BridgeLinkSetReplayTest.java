package io.jnetlink.examples;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import io.jnetlink.route.testing.StraceCapture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Replays {@code bridge link set} command lines with iproute2 6.1's bridge on namespace A and
 * with the jar, in-process, on its twin B: same standard output, standard error and exit status,
 * refusals included; then the ports must read the same ({@code ip -d -j link}). The requests
 * themselves are compared byte for byte under strace.
 */
class BridgeLinkSetReplayTest {
    private static final List<String> SETUP = List.of(
            "link add br0 type bridge",
            "link add v0 type veth peer v1",
            "link add v2 type veth peer v3",
            "link add v4 type veth peer v5",
            "link set v0 master br0",
            "link set v2 master br0",
            "link set v4 master br0",
            "link set br0 up",
            "link set v0 up",
            "link set v1 up",
            "link set v2 up",
            "link set v3 up");

    /** Words after {@code bridge -n NS}; {@code ''} stands for an empty word. */
    private static final List<String> COMMANDS = List.of(
            "link set dev v0 cost 5 priority 3 state 2 guard on hairpin on fastleave on root_block on learning off"
                    + " flood off mcast_flood off bcast_flood off mcast_to_unicast on neigh_suppress on vlan_tunnel on"
                    + " isolated on locked on backup_port v2",
            "link set dev v0 nobackup_port",
            "link set dev v2 backup_port v0 learning on learning off",
            "link set dev v2 guard off hairpin off fastleave off root_block off flood on mcast_flood on bcast_flood on"
                    + " mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off",
            "link set dev v0 guard foo",
            "link set dev v0 guard On",
            "link set dev v0 state foo",
            "link set dev v0 state 0x3",
            "link set dev v0 state ''",
            "link set dev v0 state forwarding",
            "link set dev v0 state Forwarding",
            "link set dev v0 state blocking",
            "link set dev v0 state 9",
            "link set dev v0 state 128",
            "link set dev v0 state 300",
            "link set dev v0 state 3",
            "link set dev v4 state 3",
            "link set dev v0 cost x",
            "link set dev v0 cost 5abc",
            "link set dev v0 cost -1",
            "link set dev v0 cost 70000000000",
            "link set dev v0 priority 99999",
            "link set dev v0 priority 65535",
            "link set dev v0 priority 70000",
            "link set dev v0 priority 0x5",
            "link set dev v0 backup_port nosuch",
            "link set dev v0 backup_port v1",
            "link set dev v0 backup_port",
            "link set dev nosuch cost 3",
            "link set dev nosuch backup_port nosuch2",
            "link set cost 3",
            "link set",
            "link set dev v1 cost 3",
            "link set dev br0 cost 4",
            "link set dev v0",
            "link set dev v0 cost",
            "link set dev v0 dev v2 cost 7",
            "link set dev v0 cost 3 dev nosuch",
            "link change dev v0 cost 8",
            "link ch dev v0 cost 9",
            "link s dev v0 priority 9",
            "li set dev v0 priority 10");

    /** Lines bridge answers with its usage, which jnl words in its own way: only the status is compared. */
    private static final List<String> USAGE = List.of(
            "link set dev v0 foo",
            "link set dev v0 hair on",
            "link set dev v0 nobackup_port foo");

    /** Requests compared byte for byte. */
    private static final List<String> BYTES = List.of(
            "link set dev v0 cost 5 priority 3 state 2 guard on hairpin on fastleave on root_block on learning off"
                    + " flood off mcast_flood off bcast_flood off mcast_to_unicast on neigh_suppress on vlan_tunnel on"
                    + " isolated on locked on backup_port v2",
            "link set dev v0 locked off isolated off state 3 priority 2 cost 9 guard off",
            "link set dev v0 cost 0 priority -1 state -1",
            "link set dev v0 nobackup_port learning on");

    @Test
    void eachCommandAndTheResultingPortsMatchBridge() {
        try (TestNamespace a = TestNamespace.create("bla"); TestNamespace b = TestNamespace.create("blb")) {
            for (String step : SETUP) {
                Shell.run(Replay.words(List.of("ip", "-n", a.name()), step));
                Shell.run(Replay.words(List.of("ip", "-n", b.name()), step));
            }
            List<Executable> checks = new ArrayList<>();
            for (String command : COMMANDS) {
                Shell.Result expected = Shell.exec(Replay.words(List.of("bridge", "-n", a.name()), command));
                Jnl.Result actual = Jnl.run(Replay.words(List.of("bridge", "-n", b.name()), command));
                Replay.sameAs(checks, command, expected, actual, b.name(), a.name());
            }
            for (String command : USAGE) {
                Shell.Result expected = Shell.exec(Replay.words(List.of("bridge", "-n", a.name()), command));
                Jnl.Result actual = Jnl.run(Replay.words(List.of("bridge", "-n", b.name()), command));
                checks.add(() -> assertEquals(expected.exitCode(), actual.exitCode(), command + ": exit status"));
                checks.add(() -> assertFalse(actual.stderr().isEmpty(), command + ": stderr"));
            }
            assertAll(checks);
            String twinA = Shell.run("ip", "-n", a.name(), "-d", "-j", "link");
            assertTrue(twinA.contains("\"isolated\":true"), twinA);
            // bridge ids carry the bridge's random address
            assertEquals(IpLinkReplayTest.mask(twinA), IpLinkReplayTest.mask(Shell.run("ip", "-n", b.name(), "-d", "-j", "link")),
                    "ip -d -j link");
        }
    }

    @Test
    void eachRequestMatchesBridgesByteForByte() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try (TestNamespace a = TestNamespace.create("bya"); TestNamespace b = TestNamespace.create("byb")) {
            for (String step : SETUP) {
                Shell.run(Replay.words(List.of("ip", "-n", a.name()), step));
                Shell.run(Replay.words(List.of("ip", "-n", b.name()), step));
            }
            for (String command : BYTES) {
                List<String> expected = sent(Replay.words(List.of("bridge", "-n", a.name()), command));
                assertEquals(1, expected.size(), command);
                List<String> jnl = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                        Main.class.getName(), "bridge", "-n", b.name()));
                jnl.addAll(List.of(command.split(" ")));
                assertEquals(expected, sent(jnl.toArray(String[]::new)), command);
            }
        }
    }

    private static List<String> sent(String[] words) {
        List<String> shown = new ArrayList<>();
        for (StraceCapture.Request r : StraceCapture.requests(MessageType.RTM_SETLINK, words)) {
            shown.add(r.type() + " 0x" + Integer.toHexString(r.flags()) + " " + HexFormat.of().formatHex(r.payload()));
        }
        return shown;
    }
}
