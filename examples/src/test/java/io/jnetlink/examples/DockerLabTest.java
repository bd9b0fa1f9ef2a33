package io.jnetlink.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jnetlink.examples.topology.OverlayGraphCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The jar's Docker-facing commands against a real two-node Swarm (overlay {@code uber-svc}),
 * compared with the real docker CLI and iproute2 run at the same moment inside the manager node.
 * The topology tests check the graph of the manager node: the uber-svc overlay namespace
 * ({@code 1-<id[:10]>}) with {@code br0}, {@code vxlan0} and the VNI ip shows, one veth per
 * endpoint paired with its sandbox's {@code ethN} as ip sees both ends, and {@code --network}.
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

    private static final ObjectMapper JSON = new ObjectMapper();

    /** iproute2 inside the manager node, where Docker's namespaces are {@code ip -n} names. */
    private static String ipOnManager(String... args) {
        List<String> line = new ArrayList<>(List.of("ip"));
        line.addAll(List.of(args));
        return lab.node(line.toArray(String[]::new)).ok();
    }

    private static String networkId(String network) {
        return lab.docker("network", "inspect", "-f", "{{.Id}}", network).ok().trim();
    }

    /** The sandbox namespace (file name) of each manager container attached to {@code network}, with its address there. */
    private static Map<String, String> sandboxAddresses(String network) {
        Map<String, String> sandboxes = new TreeMap<>();
        for (String id : lab.docker("ps", "-q").ok().trim().split("\n")) {
            if (id.isEmpty()) {
                continue;
            }
            String[] keyAndIp = lab.docker("inspect", "-f", "{{.NetworkSettings.SandboxKey}} {{with index "
                    + ".NetworkSettings.Networks \"" + network + "\"}}{{.IPAddress}}{{end}}", id).ok().trim().split(" ");
            if (keyAndIp.length == 2) {
                sandboxes.put(Path.of(keyAndIp[0]).getFileName().toString(), keyAndIp[1]);
            }
        }
        return sandboxes;
    }

    /** The namespaces of {@code namespace:ifname} ends. */
    private static Set<String> namespacesOf(List<String> ends) {
        Set<String> names = new TreeSet<>();
        for (String end : ends) {
            names.add(end.substring(0, end.indexOf(':')));
        }
        return names;
    }

    /** The manager node's whole graph, from {@code topology --format json} run inside it. */
    private static OverlayGraphCheck managerGraph() throws Exception {
        return new OverlayGraphCheck(lab.jnl("topology", "--format", "json").ok(), DockerLabTest::ipOnManager);
    }

    /** Docker's namespace of an overlay network on a fresh node: 1- and the first ten characters of its id. */
    private static String overlayNamespace(String network) {
        return "1-" + networkId(network).substring(0, 10);
    }

    @Test
    void topologyShowsTheOverlayNamespacesBridgeVxlanAndOneVethPerEndpointAsIpDoes() throws Exception {
        OverlayGraphCheck graph = managerGraph();
        String id = networkId("uber-svc");
        String overlay = overlayNamespace("uber-svc");
        assertTrue(dockerNamespaces().contains(overlay), overlay + " in " + dockerNamespaces());
        OverlayGraphCheck.Overlay uberSvc = graph.assertOverlay(overlay);

        Map<String, String> sandboxes = sandboxAddresses("uber-svc");
        assertFalse(sandboxes.isEmpty(), "a uber-svc task runs on the manager");
        Set<String> expected = new TreeSet<>(sandboxes.keySet());
        expected.add("lb_" + id.substring(0, 9)); // the network's load-balancer endpoint
        assertEquals(expected, namespacesOf(uberSvc.ends()), "one veth per endpoint");
        for (String end : uberSvc.ends()) {
            String sandbox = end.substring(0, end.indexOf(':'));
            String ifname = end.substring(end.indexOf(':') + 1);
            assertTrue(ifname.matches("eth[0-9]+"), end);
            if (sandboxes.containsKey(sandbox)) {
                JsonNode addr = JSON.readTree(ipOnManager("-n", sandbox, "-j", "addr", "show", "dev", ifname)).get(0);
                assertTrue(addr.get("addr_info").toString().contains("\"" + sandboxes.get(sandbox) + "\""),
                        end + " carries the container's uber-svc address " + sandboxes.get(sandbox) + ": " + addr);
            }
        }

        OverlayGraphCheck.Overlay ingress = graph.assertOverlay(overlayNamespace("ingress"));
        assertTrue(ingress.ends().contains("ingress_sbox:eth0"), ingress.ends().toString());
        assertTrue(namespacesOf(ingress.ends()).containsAll(sandboxAddresses("ingress").keySet()),
                ingress.ends().toString());
    }

    @Test
    void topologyNetworkShowsOneDockerNetworkByNameOrIdPrefix() throws Exception {
        String id = networkId("uber-svc");
        String overlay = overlayNamespace("uber-svc");
        Set<String> expected = new TreeSet<>(namespacesOf(managerGraph().assertOverlay(overlay).ends()));
        expected.add(overlay);
        for (String reference : List.of("uber-svc", id, id.substring(0, 5))) {
            String json = lab.jnl("topology", "--network", reference, "--format", "json").ok();
            assertEquals(expected, new TreeSet<>(new OverlayGraphCheck(json, DockerLabTest::ipOnManager).namespaces()),
                    reference);
        }

        // A bridge network: docker_gwbridge in the node's own namespace, its ports, and the sandboxes behind them.
        JsonNode gw = JSON.readTree(lab.jnl("topology", "--network", "docker_gwbridge", "--format", "json").ok());
        Set<String> ports = new TreeSet<>();
        JSON.readTree(ipOnManager("-j", "link", "show", "master", "docker_gwbridge"))
                .forEach(l -> ports.add(l.get("ifname").asText()));
        assertFalse(ports.isEmpty());
        Set<String> hostLinks = new TreeSet<>(ports);
        hostLinks.add("docker_gwbridge");
        JsonNode host = null;
        for (JsonNode ns : gw.get("namespaces")) {
            Set<String> names = new TreeSet<>();
            ns.get("links").forEach(l -> names.add(l.get("name").asText()));
            if (names.contains("docker_gwbridge")) {
                host = ns;
                assertEquals(hostLinks, names, "the bridge and its ports only");
            }
        }
        assertNotNull(host, gw.toString());
        Set<String> behind = new TreeSet<>();
        host.get("links").forEach(l -> {
            if (l.has("peer")) {
                behind.add(l.get("peer").get("namespace").asText());
            }
        });
        assertTrue(behind.contains("ingress_sbox"), behind.toString());
        assertTrue(behind.containsAll(sandboxAddresses("uber-svc").keySet()), behind.toString());
        assertEquals(gw.get("namespaces").size(), behind.size() + 1, "the host and the namespaces behind its ports");

        // Restricted to one sandbox file, the graph still reads this program's namespace, where the bridge is.
        JsonNode narrow = JSON.readTree(lab.jnl("topology", "--network", "docker_gwbridge", "--netns-file",
                "/var/run/docker/netns/ingress_sbox", "--format", "json").ok());
        List<String> narrowNames = new ArrayList<>();
        narrow.get("namespaces").forEach(ns -> narrowNames.add(ns.get("name").asText()));
        assertEquals(2, narrowNames.size(), narrowNames.toString());
        assertTrue(narrowNames.contains("ingress_sbox") && narrowNames.stream().anyMatch(n -> n.startsWith("pid:")),
                narrowNames.toString());

        // A user-defined bridge network: its bridge is br-<first 12 characters of the id>.
        String userNet = "jnlt-br-" + ProcessHandle.current().pid();
        String userId = lab.docker("network", "create", "-d", "bridge", userNet).ok().trim();
        try {
            JsonNode user = JSON.readTree(lab.jnl("topology", "--network", userNet, "--format", "json").ok());
            assertEquals(1, user.get("namespaces").size(), user.toString());
            JsonNode links = user.get("namespaces").get(0).get("links");
            assertEquals(1, links.size(), links.toString());
            assertEquals("br-" + userId.substring(0, 12), links.get(0).get("name").asText());
            assertEquals("bridge", links.get(0).get("kind").asText());
            assertEquals(JSON.readTree(ipOnManager("-j", "link", "show", "dev", "br-" + userId.substring(0, 12)))
                    .get(0).get("ifindex").asInt(), links.get(0).get("index").asInt());
        } finally {
            lab.docker("network", "rm", userNet).ok();
        }

        DockerLab.Result missing = lab.jnl("topology", "--network", "no-such-net");
        assertEquals(1, missing.exitCode());
        assertEquals("Error: No such network: no-such-net\n", missing.stderr());
    }
}
