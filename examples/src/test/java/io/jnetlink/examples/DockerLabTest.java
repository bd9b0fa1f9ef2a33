package io.jnetlink.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
}
