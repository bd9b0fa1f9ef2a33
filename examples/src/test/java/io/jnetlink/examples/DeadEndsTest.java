package io.jnetlink.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import io.jnetlink.examples.cli.Command;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first hour's dead ends of the jar outside {@code ip}: help everywhere, bridge's unknown
 * object, docker without a daemon and over TCP, topology's missing sources and unreadable
 * namespaces, overlay-lab without privileges.
 */
class DeadEndsTest {
    @Test
    void helpWordPrintsTheSameUsageAsTheOption() {
        Jnl.Result word = Jnl.run("help");
        Jnl.Result option = Jnl.run("--help");
        assertEquals(0, word.exitCode(), word.stderr());
        assertTrue(word.stdout().startsWith("Usage: java -jar jnl.jar"), word.stdout());
        assertEquals(option, word);
    }

    @Test
    void everyCommandAnswersHelpAndHelpCommandGivesTheSame() {
        for (Command command : Commands.all()) {
            Jnl.Result option = Jnl.run(command.name(), "--help");
            Jnl.Result word = Jnl.run("help", command.name());
            String usage = command.helpIsUsageError() ? option.stderr() : option.stdout();
            assertEquals(command.helpIsUsageError() ? 255 : 0, option.exitCode(), command.name());
            assertTrue(usage.contains("Usage"), command.name() + ": " + option);
            assertEquals(option, word, "help " + command.name());
        }
        Jnl.Result unknown = Jnl.run("help", "nosuch");
        assertEquals(1, unknown.exitCode());
        assertEquals("Command \"nosuch\" is unknown, try \"jnl --help\".\n", unknown.stderr());
    }

    @Test
    void bridgeUnknownObjectIsWhatBridgePrints() {
        for (String object : List.of("fbd", "xyz")) {
            Shell.Result expected = Shell.exec("bridge", object);
            Jnl.Result ours = Jnl.run("bridge", object);
            assertEquals(expected.exitCode(), ours.exitCode(), "bridge " + object);
            assertEquals(expected.stdout(), ours.stdout(), "bridge " + object);
            assertEquals(expected.stderr(), ours.stderr(), "bridge " + object);
        }
        Shell.Result help = Shell.exec("bridge", "help");
        Jnl.Result ours = Jnl.run("bridge", "help");
        assertEquals(help.exitCode(), ours.exitCode());
        assertTrue(ours.stdout().isEmpty() && ours.stderr().startsWith("Usage: bridge"), ours.toString());
        Jnl.Result vlan = Jnl.run("bridge", "vlan", "show");
        assertEquals(255, vlan.exitCode());
        assertEquals("bridge vlan is not implemented in jnl: only link and fdb are.\n", vlan.stderr());
    }

    @Test
    void inspectWithoutDaemonPrintsAnEmptyArrayThenEachError(@TempDir Path dir) {
        String host = "unix://" + dir.resolve("docker.sock");
        Jnl.Result r = Jnl.runWithEnv(Map.of("DOCKER_HOST", host), "docker", "network", "inspect", "a", "b");
        String error = "Cannot connect to the Docker daemon at " + host + ". Is the docker daemon running?\n";
        assertEquals(new Jnl.Result(1, "[]\n", error + error), r);
    }

    @Test
    void dockerOverTcpAsksTheDaemonAtHostAndPort() throws IOException {
        List<String> asked = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            asked.add(path + " Host: " + exchange.getRequestHeaders().getFirst("Host"));
            String body = switch (path) {
                case "/networks" -> "[{\"Name\":\"web\",\"Id\":\"0123456789abcdef0123\",\"Driver\":\"bridge\","
                        + "\"Scope\":\"local\"}]";
                case "/networks/web" -> "{\"Name\":\"web\",\"Internal\":false}";
                default -> "{\"message\":\"network " + path.substring(path.lastIndexOf('/') + 1) + " not found\"}";
            };
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(body.startsWith("{\"message\"") ? 404 : 200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        try {
            int port = server.getAddress().getPort();
            Map<String, String> env = Map.of("DOCKER_HOST", "tcp://127.0.0.1:" + port);
            Jnl.Result ls = Jnl.runWithEnv(env, "docker", "network", "ls", "-q");
            assertEquals(new Jnl.Result(0, "0123456789ab\n", ""), ls);
            Jnl.Result inspect = Jnl.runWithEnv(env, "docker", "network", "inspect", "web", "gone");
            assertEquals(new Jnl.Result(1, "[\n    {\n        \"Name\": \"web\",\n        \"Internal\": false\n    }\n]\n",
                    "Error: No such network: gone\n"), inspect);
            assertEquals(List.of("/networks Host: 127.0.0.1:" + port, "/networks/web Host: 127.0.0.1:" + port,
                    "/networks/gone Host: 127.0.0.1:" + port), asked);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void dockerOverTcpWithoutDaemonSaysWhereItLooked() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String host = "tcp://127.0.0.1:" + closedPort;
        Jnl.Result r = Jnl.runWithEnv(Map.of("DOCKER_HOST", host), "docker", "network", "ls");
        assertEquals(new Jnl.Result(1, "", "Cannot connect to the Docker daemon at " + host
                + ". Is the docker daemon running?\n"), r);
        Jnl.Result odd = Jnl.runWithEnv(Map.of("DOCKER_HOST", "tcp://127.0.0.1:1/some/path"), "docker", "network", "ls");
        assertEquals(1, odd.exitCode());
        assertEquals("DOCKER_HOST \"tcp://127.0.0.1:1/some/path\" is not supported: tcp://HOST[:PORT] is\n",
                odd.stderr());
    }

    @Test
    void topologyRefusesSourcesThatAreNotThere(@TempDir Path dir) {
        assertFailure(Jnl.run("--netns-dir", dir.toString(), "-n", "nosuch", "topology"), 255,
                "Cannot open network namespace \"nosuch\": No such file or directory\n");
        assertFailure(Jnl.run("topology", "--netns-file", "/nonexistent"), 1,
                "Cannot open namespace file \"/nonexistent\": No such file or directory\n");
        assertFailure(Jnl.run("topology", "--pid", "99999999"), 1, "No process with id 99999999.\n");
        assertFailure(Jnl.run("topology", "--dir", "/nonexistent"), 1,
                "Cannot read namespace directory \"/nonexistent\": No such file or directory\n");
    }

    @Test
    void topologyInANamedNamespaceShowsTheGraphAroundIt() {
        try (TestNamespace a = TestNamespace.create("dea"); TestNamespace b = TestNamespace.create("deb")) {
            Shell.run("ip", "-n", a.name(), "link", "add", "eth0", "type", "veth", "peer", "name", "veth0",
                    "netns", b.name());
            Jnl.Result around = Jnl.run("-n", a.name(), "topology", "--format", "json");
            assertEquals(0, around.exitCode(), around.stderr());
            assertTrue(around.stdout().contains("\"name\":\"" + a.name() + "\""), around.stdout());
            assertTrue(around.stdout().contains("\"name\":\"" + b.name() + "\""), around.stdout());
            assertEquals(Jnl.run("topology", "--namespace", a.name(), "--format", "json").stdout(), around.stdout());
        }
    }

    /**
     * Without CAP_SYS_ADMIN (root's other capabilities kept, so the files stay readable) topology
     * names each namespace it could not enter, and overlay-lab refuses naming the capability.
     */
    @Test
    void withoutSysAdminTopologyNamesWhatItSkippedAndOverlayLabRefuses() {
        try (TestNamespace ns = TestNamespace.create("deu")) {
            Shell.Result topology = unprivileged("topology");
            assertEquals(0, topology.exitCode(), topology.stderr());
            assertTrue(topology.stderr().contains("topology: skipped namespace /run/netns/" + ns.name()
                    + ": Operation not permitted (entering a network namespace needs CAP_SYS_ADMIN)\n"),
                    topology.stderr());
            assertFalse(topology.stdout().contains(ns.name()), topology.stdout());
        }
        Shell.Result lab = unprivileged("overlay-lab", "--prefix", "deu-never-", "up");
        assertEquals(new Shell.Result(1, "", "overlay-lab up: this process lacks CAP_SYS_ADMIN; creating, entering"
                + " and removing network namespaces needs CAP_SYS_ADMIN and CAP_NET_ADMIN (run it as root)\n"), lab);
    }

    /** The jar's main class in a new JVM whose capability bounding set lacks CAP_SYS_ADMIN. */
    private static Shell.Result unprivileged(String... args) {
        List<String> command = new ArrayList<>(List.of("setpriv", "--bounding-set", "-sys_admin", "--inh-caps",
                "-sys_admin", ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return Shell.exec(command.toArray(String[]::new));
    }

    private static void assertFailure(Jnl.Result r, int status, String stderr) {
        assertEquals(new Jnl.Result(status, "", stderr), r);
    }
}
