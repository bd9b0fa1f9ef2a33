package io.jnetlink.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The jar's Docker-facing commands against a real two-node Swarm (overlay {@code uber-svc}),
 * compared with the real docker CLI and iproute2 run at the same moment inside the manager node.
 */
class DockerLabTest {
    private static DockerLab lab;

    @BeforeAll
    static void startLab() {
        lab = DockerLab.start();
    }

    @AfterAll
    static void stopLab() {
        if (lab != null) {
            lab.close();
        }
    }

    private static Jnl.Result jnlOnManagerDaemon(String... args) {
        return Jnl.runWithEnv(Map.of("DOCKER_HOST", DockerLab.MANAGER_DOCKER_HOST), args);
    }

    private static List<String> dockerNamespaces() {
        return List.of(lab.node("sh", "-c", "LC_ALL=C ls -1 /var/run/docker/netns").ok().split("\n"));
    }

    @Test
    void networkLsPrintsWhatTheDockerCliPrints() {
        String expected = lab.docker("network", "ls").ok();
        Jnl.Result ours = jnlOnManagerDaemon("docker", "network", "ls");
        assertEquals(0, ours.exitCode(), ours.stderr());
        assertEquals(expected, ours.stdout());
    }

    @Test
    void networkInspectPrintsTheDaemonsJsonAsTheDockerCliDoes() {
        for (String network : List.of("ingress", "uber-svc", "docker_gwbridge")) {
            String expected = lab.docker("network", "inspect", network).ok();
            Jnl.Result ours = jnlOnManagerDaemon("docker", "network", "inspect", network);
            assertEquals(0, ours.exitCode(), ours.stderr());
            assertEquals(expected, ours.stdout(), network);
        }
    }

    @Test
    void networkInspectOfAMissingNetworkFailsAsTheDockerCliDoes() {
        DockerLab.Result expected = lab.docker("network", "inspect", "ingress", "no-such-net");
        Jnl.Result ours = jnlOnManagerDaemon("docker", "network", "inspect", "ingress", "no-such-net");
        assertEquals(expected.exitCode(), ours.exitCode());
        assertEquals(expected.stdout(), ours.stdout());
        assertEquals(expected.stderr(), ours.stderr());
    }

    @Test
    void dockerNetnsListsDockersNamespacesAsLsDoes() {
        String expected = lab.node("sh", "-c", "LC_ALL=C ls -1 /var/run/docker/netns/").ok();
        assertFalse(expected.isEmpty());
        assertEquals(expected, lab.jnl("docker-netns").ok());
    }

    @Test
    void dockerNetnsRunsAProgramInsideEachNamespaceByFileNameAndPath() {
        for (String ns : dockerNamespaces()) {
            String file = "/var/run/docker/netns/" + ns;
            String expected = lab.node("nsenter", "--net=" + file, "ip", "-o", "link").ok();
            assertEquals(expected, lab.jnl("docker-netns", ns, "--exec", "ip", "-o", "link").ok(), ns);
            assertEquals(expected, lab.jnl("docker-netns", file, "--exec", "ip", "-o", "link").ok(), file);
        }
    }

    @Test
    void dockerNetnsResolvesContainersByNameAndIdThroughTheEngineApi() {
        for (String line : lab.docker("ps", "--format", "{{.ID}} {{.Names}}").ok().split("\n")) {
            String[] idAndName = line.split(" ");
            String key = lab.docker("inspect", "-f", "{{.NetworkSettings.SandboxKey}}", idAndName[0]).ok().trim();
            String expected = lab.node("nsenter", "--net=" + key, "readlink", "/proc/self/ns/net").ok();
            for (String reference : idAndName) {
                assertEquals(expected, lab.jnl("docker-netns", reference, "--exec", "readlink", "/proc/self/ns/net").ok(),
                        reference);
            }
        }
    }

    @Test
    void ipNetnsListsDockersDirectoryWithIdsWithoutTheSymlinkTrick() {
        // Inside the node /run/netns is Docker's directory (the article's symlink), so plain ip sees it.
        String expected = lab.node("ip", "netns").ok();
        assertFalse(expected.isEmpty());
        assertEquals(expected, lab.jnl("--netns-dir", "/var/run/docker/netns", "ip", "netns").ok());
    }

    @Test
    void ipBridgeAndBrctlInsideEveryDockerNamespaceMatchTheRealTools() {
        List<List<String>> commands = List.of(List.of("ip", "addr"), List.of("ip", "-d", "-o", "-c", "link"),
                List.of("ip", "r"), List.of("bridge", "fdb", "show"), List.of("brctl", "show"));
        for (String ns : dockerNamespaces()) {
            for (List<String> command : commands) {
                List<String> real = new java.util.ArrayList<>(List.of("ip", "netns", "exec", ns));
                real.addAll(command);
                List<String> ours = new java.util.ArrayList<>(List.of("docker-netns", ns));
                ours.addAll(command);
                String expected = lab.node(real.toArray(String[]::new)).ok();
                String actual = lab.jnl(ours.toArray(String[]::new)).ok();
                assertEquals(Outputs.mask(expected), Outputs.mask(actual), ns + ": " + command);
            }
        }
    }

    @Test
    void ipLinkOfTheNodeShowsDockerVethsAsIpDoes() {
        assertEquals(Outputs.mask(lab.node("ip", "-d", "link").ok()), Outputs.mask(lab.jnl("ip", "-d", "link").ok()));
        assertEquals(lab.node("ip", "addr").ok(), lab.jnl("ip", "addr").ok());
    }

    @Test
    void findLinksPrintsWhatTheArticlesScriptPrints() {
        String script = Path.of("src/test/resources/find_links.sh").toAbsolutePath().toString();
        String all = lab.node("env", "LC_ALL=C", "bash", script).ok();
        assertFalse(all.isEmpty());
        assertEquals(all, lab.jnl("find-links").ok());
        // The far end of a container's eth0@ifN: the article's "find_links.sh 76".
        String container = dockerNamespaces().stream().filter(ns -> !ns.startsWith("1-") && !ns.startsWith("lb_")
                && !ns.equals("ingress_sbox")).findFirst().orElseThrow();
        String link = lab.node("ip", "netns", "exec", container, "ip", "-o", "link", "show", "eth0").ok();
        String peerIndex = link.substring(link.indexOf("@if") + 3, link.indexOf(':', link.indexOf("@if")));
        String expected = lab.node("env", "LC_ALL=C", "bash", script, peerIndex).ok();
        assertFalse(expected.isEmpty());
        assertEquals(expected, lab.jnl("find-links", peerIndex).ok());
    }

    @Test
    void dockerNetnsRunsTheJarsOwnCommandsInAContainerByName() {
        String name = lab.docker("ps", "--format", "{{.Names}}").ok().split("\n")[0];
        String key = lab.docker("inspect", "-f", "{{.NetworkSettings.SandboxKey}}", name).ok().trim();
        String expected = lab.node("nsenter", "--net=" + key, "ip", "r").ok();
        assertEquals(expected, lab.jnl("docker-netns", name, "ip", "r").ok());
    }
}
