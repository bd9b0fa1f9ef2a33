package io.jnetlink.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorsTest {
    @Test
    void missingDockerSocketGivesTheCliMessageAndStatusOne(@TempDir Path dir) {
        String host = "unix://" + dir.resolve("docker.sock");
        Jnl.Result r = Jnl.runWithEnv(Map.of("DOCKER_HOST", host), "docker", "network", "ls");
        assertEquals(1, r.exitCode());
        assertEquals("", r.stdout());
        assertEquals("Cannot connect to the Docker daemon at " + host + ". Is the docker daemon running?\n", r.stderr());
    }

    @Test
    void unsupportedDockerHostIsRefusedInOneLine() {
        Jnl.Result r = Jnl.runWithEnv(Map.of("DOCKER_HOST", "ssh://user@host"), "docker", "network", "ls");
        assertEquals(1, r.exitCode());
        assertEquals("DOCKER_HOST \"ssh://user@host\" is not supported: only unix:///path/to/socket and"
                + " tcp://HOST[:PORT] are\n", r.stderr());
    }

    @Test
    void unknownDockerNamespaceGivesTheScriptsMessage(@TempDir Path dir) throws Exception {
        Files.createFile(dir.resolve("ingress_sbox"));
        Jnl.Result r = Jnl.runWithEnv(Map.of("DOCKER_HOST", "unix://" + dir.resolve("none.sock")),
                "--netns-dir", dir.toString(), "docker-netns", "nosuch", "ip", "r");
        assertEquals(1, r.exitCode());
        assertEquals("Cannot open network namespace 'nosuch': No such file or directory\n", r.stderr());
    }

    @Test
    void dockerNetnsWithoutCommandSaysSo(@TempDir Path dir) throws Exception {
        Files.createFile(dir.resolve("ingress_sbox"));
        Jnl.Result r = Jnl.run("--netns-dir", dir.toString(), "docker-netns", "ingress_sbox");
        assertEquals(1, r.exitCode());
        assertEquals("No command specified\n", r.stderr());
    }

    @Test
    void dockerNetnsListsTheDirectorySorted(@TempDir Path dir) throws Exception {
        for (String name : new String[] {"lb_x", "1-abc", "ingress_sbox", "Zed"}) {
            Files.createFile(dir.resolve(name));
        }
        Jnl.Result r = Jnl.run("--netns-dir", dir.toString(), "docker-netns");
        assertEquals(0, r.exitCode());
        assertEquals("1-abc\nZed\ningress_sbox\nlb_x\n", r.stdout());
    }

    @Test
    void unknownCommandIsOneLineAndStatusOne() {
        Jnl.Result r = Jnl.run("frobnicate");
        assertEquals(1, r.exitCode());
        assertEquals("Command \"frobnicate\" is unknown, try \"jnl --help\".\n", r.stderr());
    }

    @Test
    void everyCommandHasHelp() {
        Jnl.Result list = Jnl.run("--help");
        assertEquals(0, list.exitCode());
        String commands = list.stdout().substring(list.stdout().indexOf("Commands:"));
        for (String line : commands.split("\n")) {
            if (line.startsWith("  ")) {
                String command = line.trim().split(" ")[0];
                Jnl.Result help = Jnl.run(command, "--help");
                // ip and bridge treat --help as a usage error: standard error, status 255.
                boolean iproute2 = command.equals("ip") || command.equals("bridge");
                assertEquals(iproute2 ? 255 : 0, help.exitCode(), command);
                assertTrue((iproute2 ? help.stderr() : help.stdout()).startsWith("Usage: "), command + ": " + help.stdout());
                assertTrue((iproute2 ? help.stdout() : help.stderr()).isEmpty(), command + ": " + help.stderr());
            }
        }
    }

    @Test
    void withoutCapabilitiesEnteringANamespaceFailsInOneLineAsIpDoes() {
        try (TestNamespace ns = TestNamespace.create("nocap")) {
            // Stay uid 0 (the class path is root's) but drop every capability, as for a non-root user.
            List<String> dropAll = List.of("setpriv", "--bounding-set=-all", "--inh-caps=-all", "--");
            List<String> real = new ArrayList<>(dropAll);
            real.addAll(List.of("ip", "-n", ns.name(), "link"));
            List<String> ours = new ArrayList<>(dropAll);
            ours.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), Main.class.getName(), "ip", "-n", ns.name(), "link"));
            Shell.Result expected = Shell.exec(real.toArray(String[]::new));
            Shell.Result actual = Shell.exec(ours.toArray(String[]::new));
            assertEquals(255, expected.exitCode(), expected.stderr());
            assertEquals(expected.exitCode(), actual.exitCode());
            assertEquals(expected.stderr(), actual.stderr());
        }
    }

    @Test
    void unknownNamespaceFailsAsIpDoes() {
        Jnl.Result r = Jnl.run("-n", "jnlt-no-such-ns", "ip", "link");
        assertEquals(255, r.exitCode());
        assertEquals("Cannot open network namespace \"jnlt-no-such-ns\": No such file or directory\n", r.stderr());
    }
}
