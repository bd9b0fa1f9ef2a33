package io.jnetlink.examples;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ip [-force] -batch FILE|-}: the same batch file run by iproute2 6.1 on namespace A and
 * by the jar in-process on its twin B; same output, same exit status, then the same links.
 */
class IpBatchReplayTest {
    /** Comments, a continued line, quotes, blank lines, a refused line, more lines after it. */
    private static final String BATCH = """
            # links for the batch
            link add v0 type veth peer name v1   # the pair
            link add "v2" type 'veth' peer \\
                name v3
            link set v0 address 02:00:00:00:00:10 mtu 1400

            \t   link set v1 address 02:00:00:00:00:11
            link set nosuch up
            link set v0 mtu 99999999
            link set v2 "alias" "two words"
            link show dev v0
            link set v0 mtu x
            link set v3 up
            """;

    @TempDir
    Path dir;

    @Test
    void aBatchStopsAtItsFirstFailedLine() throws IOException {
        compare(List.of(), BATCH, false);
    }

    @Test
    void forceGoesOnAfterAFailedLineUntilALineEndsIp() throws IOException {
        compare(List.of("-force"), BATCH, false);
    }

    @Test
    void aBatchReadsStandardInputAndKeepsTheOptions() throws IOException {
        compare(List.of("-o", "-f", "inet"), """
                link add v0 type veth peer name v1
                addr add 10.1.0.1/24 dev v0
                addr add 10.1.0.1/24 dev v0
                addr show dev v0
                -4 addr
                link bogus
                link show dev lo
                """, true);
    }

    /** ip 6.1's link listing leaves a flag set: a later address listing of one device prints the link alone. */
    @Test
    void anAddressListingAfterALinkListingPrintsLinksAsIpDoes() throws IOException {
        String content = "link set lo up\naddr show dev lo\nlink show dev lo\naddr show dev lo\na s lo\nlink set lo down\n";
        compare(List.of(), content, false);
        compare(List.of("-j"), content, false);
    }

    @Test
    void malformedBatchesFailAsIpDoes() throws IOException {
        compare(List.of(), "link add v0 type veth\nlink set v0 'mtu 1400\nlink show v0\n", false);
        compare(List.of(), "link add v0 type veth\nlink set v0 mtu 1400 \\\n", false);
        compare(List.of("-force"), "link set nosuch up\n\nlink add x type nosuchkind\nlink show dev lo\n", false);
        compare(List.of(), "", false);
        try (TestNamespace a = TestNamespace.create("bta"); TestNamespace b = TestNamespace.create("btb")) {
            String missing = dir.resolve("missing").toString();
            Shell.Result ip = Shell.exec("ip", "-n", a.name(), "-batch", missing);
            Jnl.Result jnl = Jnl.run("ip", "-n", b.name(), "-batch", missing);
            assertAll(() -> assertEquals(ip.exitCode(), jnl.exitCode()), () -> assertEquals(ip.stderr(), jnl.stderr()),
                    () -> assertTrue(ip.stderr().contains("Cannot open file"), ip.stderr()));
            // A directory opens, and reading it ends the input at once.
            Shell.Result ipDir = Shell.exec("ip", "-n", a.name(), "-batch", dir.toString());
            Jnl.Result jnlDir = Jnl.run("ip", "-n", b.name(), "-batch", dir.toString());
            assertAll(() -> assertEquals(0, ipDir.exitCode()), () -> assertEquals(ipDir.exitCode(), jnlDir.exitCode()),
                    () -> assertEquals(ipDir.stderr(), jnlDir.stderr()), () -> assertEquals(ipDir.stdout(), jnlDir.stdout()));
        }
    }

    /** Runs {@code content} as a batch with {@code options} through ip and through the jar; compares everything. */
    private void compare(List<String> options, String content, boolean stdin) throws IOException {
        Path file = Files.writeString(Files.createTempFile(dir, "batch", ".ip"), content, StandardCharsets.UTF_8);
        try (TestNamespace a = TestNamespace.create("bta"); TestNamespace b = TestNamespace.create("btb")) {
            String name = stdin ? "-" : file.toString();
            List<String> ip = new ArrayList<>(List.of("ip", "-n", a.name()));
            ip.addAll(options);
            ip.addAll(List.of("-batch", name));
            List<String> jnl = new ArrayList<>(List.of("ip", "-n", b.name()));
            jnl.addAll(options);
            jnl.addAll(List.of("-batch", name));
            Shell.Result expected = stdin
                    ? Shell.exec("sh", "-c", String.join(" ", ip) + " < " + file)
                    : Shell.exec(ip.toArray(String[]::new));
            Jnl.Result actual = stdin
                    ? Jnl.runWithInput(content, jnl.toArray(String[]::new))
                    : Jnl.run(jnl.toArray(String[]::new));
            String what = options + " " + content;
            assertAll(
                    () -> assertEquals(expected.exitCode(), actual.exitCode(), what + ": exit status; " + actual.stderr()),
                    () -> assertEquals(IpLinkReplayTest.mask(expected.stdout()),
                            IpLinkReplayTest.mask(actual.stdout().replace(b.name(), a.name())), what + ": stdout"),
                    () -> assertEquals(expected.stderr(), actual.stderr().replace(b.name(), a.name()), what + ": stderr"));
            assertEquals(IpLinkReplayTest.mask(Shell.run("ip", "-n", a.name(), "-d", "-j", "link")),
                    IpLinkReplayTest.mask(Shell.run("ip", "-n", b.name(), "-d", "-j", "link")), what + ": ip -d -j link");
        }
    }
}
