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
 * Replays {@code brctl} command lines that change bridges: bridge-utils' brctl (ioctls and sysfs,
 * run with {@code ip netns exec}) on namespace A, the jar in-process (netlink) on its twin B. Each
 * line must print the same and exit the same, refusals included; then {@code ip -d -j link} of the
 * twins must read the same, random addresses and bridge ids masked.
 */
class BrctlReplayTest {
    private static final List<String> SETUP = List.of(
            "link add br0 type bridge",
            "link add v0 type veth peer v1",
            "link add v2 type veth peer v3",
            "link add v4 type veth peer v5",
            "link set v4 master br0");

    /** Words after {@code brctl}; {@code ''} stands for an empty word. */
    private static final List<String> COMMANDS = List.of(
            "addbr b1",
            "addbr b1",
            "addbr aaaaaaaaaaaaaaaaaaaaaaa",
            "addbr b2 b3",
            "addbr a/b",
            "addbr ''",
            "addbr lo",
            "addbr v1",
            "delbr lo",
            "addif b1 b1",
            "delif b1 b1",
            "setfd b1 .5",
            "stp b1 ON",
            "delbr nosuch",
            "delbr v1",
            "addif b1 v1",
            "addif b1 v1",
            "addif br0 v1",
            "addif b1 nosuch",
            "addif nosuch v1",
            "addif b1 v3 v5",
            "addif v0 v5",
            "addif v0 v2",
            "addif b1 b2",
            "addif b1 lo",
            "delif b1 v3",
            "delif b1 v3",
            "delif nosuch v1",
            "delif b1 nosuch",
            "delif v0 v1",
            "delif br0 v1",
            "addif b2 v3 v5",
            "delif b2 v3 v5 nosuch",
            "delbr aaaaaaaaaaaaaaa",
            "stp b1 on",
            "stp b1 off",
            "stp b1 yes",
            "stp b1 1",
            "stp b1 foo",
            "stp nosuch on",
            "stp v0 on",
            "setageing b1 100",
            "setageing b1 1.5",
            "setageing b1 1.239",
            "setageing b1 1e3",
            "setageing b1 5x",
            "setageing b1 x",
            "setageing nosuch 5",
            "setageing v0 5",
            "setfd b1 10",
            "setfd b1 100",
            "setfd b1 x",
            "sethello b1 3",
            "sethello b1 0",
            "sethello b1 ''",
            "setmaxage b1 12",
            "setmaxage b1 100",
            "setmaxage b1 x",
            "setbridgeprio b1 100",
            "setbridgeprio b1 x",
            "setbridgeprio b1 70000",
            "setbridgeprio b2 0x10",
            "setbridgeprio b2 010",
            "setbridgeprio nosuch 3",
            "setbridgeprio v0 3",
            "addif b1 v3",
            "setpathcost b1 v3 10",
            "setpathcost b1 v3 0",
            "setpathcost b1 v3 0x10",
            "setpathcost b1 v3 5x",
            "setpathcost b1 v3 x",
            "setpathcost b1 v3 70000",
            "setpathcost v0 v3 5",
            "setpathcost b1 nosuch 3",
            "setpathcost nosuch v3 3",
            "setpathcost nosuch v1 3",
            "setpathcost v0 v1 3",
            "setpathcost b1 v0 4",
            "setportprio b1 v3 5",
            "setportprio b1 v3 1.5",
            "setportprio b1 v3 100",
            "setportprio b1 v3 70000",
            "setportprio b1 v3 x",
            "setportprio b1 nosuch 1",
            "setportprio b1 v0 1",
            "setportprio br0 v4 7",
            "hairpin b1 v3 on",
            "hairpin b1 v3 off",
            "hairpin b1 v3 yes",
            "hairpin br0 v3 1",
            "hairpin b1 v3 foo",
            "hairpin b1 nosuch on",
            "hairpin nosuch v3 on",
            "hairpin b1 v0 on",
            "hairpin v0 v3 on",
            "hairpin v0 v1 on",
            "hairpin v0 nosuch on",
            "hairpin nosuch nosuch on",
            "setfd b2 4",
            "sethello b2 1.5",
            "setmaxage b2 7",
            "setageing b2 0");

    /** Too few words: brctl complains on standard output, then shows a usage line jnl words its own way. */
    private static final List<String> SHORT = List.of("addbr", "delbr", "addif b1", "delif b1", "stp b1",
            "setageing b1", "setfd b1", "sethello b1", "setmaxage b1", "setbridgeprio b1", "setpathcost b1 v3",
            "setportprio b1 v3", "hairpin b1 v3");

    /** Unknown options: brctl complains on standard error, then shows its usage, worded by jnl its own way. */
    private static final List<String> OPTIONS = List.of("setageing b1 -1", "setfd b1 -1", "setportprio b1 v3 -1",
            "--foo", "addbr -x b9");

    @Test
    void eachCommandAndTheResultingLinksMatchBrctl() throws InterruptedException {
        try (TestNamespace a = TestNamespace.create("bca"); TestNamespace b = TestNamespace.create("bcb")) {
            for (String step : SETUP) {
                Shell.run(Replay.words(List.of("ip", "-n", a.name()), step));
                Shell.run(Replay.words(List.of("ip", "-n", b.name()), step));
            }
            List<Executable> checks = new ArrayList<>();
            for (String command : COMMANDS) {
                Shell.Result expected = Shell.exec(Replay.words(List.of("ip", "netns", "exec", a.name(), "brctl"), command));
                Jnl.Result actual = Jnl.run(Replay.words(List.of("-n", b.name(), "brctl"), command));
                Replay.sameAs(checks, command, expected, actual);
                if (command.equals("addbr b2 b3")) {
                    // a bridge that is up cannot be deleted
                    Shell.run("ip", "-n", a.name(), "link", "set", "b2", "up");
                    Shell.run("ip", "-n", b.name(), "link", "set", "b2", "up");
                }
            }
            for (String command : SHORT) {
                Shell.Result expected = Shell.exec(Replay.words(List.of("ip", "netns", "exec", a.name(), "brctl"), command));
                Jnl.Result actual = Jnl.run(Replay.words(List.of("-n", b.name(), "brctl"), command));
                checks.add(() -> assertEquals(expected.exitCode(), actual.exitCode(), command + ": exit status"));
                checks.add(() -> assertEquals(expected.stdout().lines().findFirst(), actual.stdout().lines().findFirst(),
                        command + ": stdout"));
                checks.add(() -> assertEquals(expected.stderr(), actual.stderr(), command + ": stderr"));
            }
            for (String command : OPTIONS) {
                Shell.Result expected = Shell.exec(Replay.words(List.of("ip", "netns", "exec", a.name(), "brctl"), command));
                Jnl.Result actual = Jnl.run(Replay.words(List.of("-n", b.name(), "brctl"), command));
                checks.add(() -> assertEquals(expected.exitCode(), actual.exitCode(), command + ": exit status"));
                checks.add(() -> assertEquals(expected.stderr(), actual.stderr(), command + ": stderr"));
            }
            assertAll(checks);
            // The kernel reports a carrier change (b2 up, its last port gone) through linkwatch, up to a second later.
            Thread.sleep(1500);
            String twinA = Shell.run("ip", "-n", a.name(), "-d", "-j", "link");
            assertTrue(twinA.contains("\"ifname\":\"aaaaaaaaaaaaaaa\"") || twinA.contains("\"ifname\":\"b1\""), twinA);
            assertEquals(IpLinkReplayTest.mask(twinA), IpLinkReplayTest.mask(Shell.run("ip", "-n", b.name(), "-d", "-j", "link")), "ip -d -j link");
        }
    }
}
