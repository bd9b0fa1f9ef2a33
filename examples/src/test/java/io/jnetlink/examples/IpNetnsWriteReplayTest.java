package io.jnetlink.examples;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Replays {@code ip netns add|delete|set} command lines: with iproute2 6.1 on names of twin A and
 * with the jar, in-process, on the same names for twin B; {@code set} runs from a throwaway
 * namespace of the twin's own, so the ids are given by that namespace, not by the host's. Each line must print and exit the
 * same, refusals included; then the twin's namespaces and their ids must list the same. Every name
 * made is removed, whatever happens.
 */
class IpNetnsWriteReplayTest {
    /** Words after {@code ip} ({@code ip -n HOST} for set); {@code N1}... stand for the twin's names, {@code ''} for an empty word. */
    private static final List<String> COMMANDS = List.of(
            "netns add N1",
            "netns add N1",
            "netns add",
            "netns add a/b",
            "netns add .",
            "netns add ..",
            "netns add ''",
            "netns add " + "a".repeat(256),
            "netns add N2 extra",
            "netns a N3",
            "netns add N4",
            "netns set N1 5",
            "netns set N1 6",
            "netns set N1 auto",
            "netns set N2 auto",
            "netns set N2 auto",
            "netns set N3 0x10",
            "netns set N1",
            "netns set N9 3",
            "netns set N4 foo",
            "netns set N4 -1",
            "netns set N4 4294967296",
            "netns set N4 2147483648",
            "netns set N4 ''",
            "netns set a/b 3",
            "netns se N4 010",
            "netns del N1",
            "netns del N1",
            "netns delete",
            "netns del a/b",
            "netns d N2",
            "netns delete N3 extra",
            "netns set N5 1",
            "netns del N5",
            "netns del N5");

    @Test
    void eachCommandAndTheResultingNamespacesMatchIp() throws Exception {
        String a = "jnlt-nwa-" + ProcessHandle.current().pid() + "-";
        String b = "jnlt-nwb-" + ProcessHandle.current().pid() + "-";
        try (TestNamespace hostA = TestNamespace.create("nwha"); TestNamespace hostB = TestNamespace.create("nwhb")) {
            // N5: a file with no namespace mounted on it, which delete removes all the same
            Files.createFile(Path.of("/run/netns", a + 5));
            Files.createFile(Path.of("/run/netns", b + 5));
            List<Executable> checks = new ArrayList<>();
            for (String command : COMMANDS) {
                // ip -n adds and deletes inside a mount namespace of its own: those run from here
                boolean set = command.startsWith("netns se");
                Shell.Result expected = Shell.exec(Replay.words(set ? List.of("ip", "-n", hostA.name()) : List.of("ip"),
                        command, w -> names(w, a)));
                Jnl.Result actual = Jnl.run(Replay.words(set ? List.of("ip", "-n", hostB.name()) : List.of("ip"),
                        command, w -> names(w, b)));
                Replay.sameAs(checks, command, expected, actual, b, a);
            }
            assertAll(checks);
            String twinA = names(hostA, a);
            assertTrue(twinA.contains("N4 (id: 8)"), twinA);
            assertEquals(twinA, names(hostB, b), "ip netns list");
        } finally {
            for (int i = 1; i <= 9; i++) {
                for (String prefix : List.of(a, b)) {
                    if (Files.exists(Path.of("/run/netns", prefix + i))) {
                        Shell.exec("ip", "netns", "del", prefix + i);
                    }
                }
            }
        }
        for (int i = 1; i <= 9; i++) {
            assertTrue(!Files.exists(Path.of("/run/netns", a + i)) && !Files.exists(Path.of("/run/netns", b + i)));
        }
    }

    /** The twin's namespaces as {@code host} lists them with their ids, in name order, the prefix shown as N. */
    private static String names(TestNamespace host, String prefix) {
        return Shell.run("ip", "-n", host.name(), "netns", "list").lines().filter(l -> l.startsWith(prefix))
                .map(l -> "N" + l.substring(prefix.length())).sorted().collect(Collectors.joining("\n"));
    }

    /** {@code N1}..{@code N9} in a word list stand for the twin's namespace names {@code prefix}1... */
    private static String names(String word, String prefix) {
        return word.matches("N[0-9]") ? prefix + word.substring(1) : word;
    }
}
