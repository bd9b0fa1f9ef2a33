package io.jnetlink.examples.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jnetlink.core.netns.NetNs;
import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import io.jnetlink.examples.Main;
import io.jnetlink.examples.cli.Console;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * {@code topology} through the jar's dispatcher on throwaway namespaces: the JSON has exactly the
 * documented shape with peers and VXLAN remotes as {@code ip} and {@code bridge} report them, the
 * text names peers {@code ns:ifname}, the DOT has one edge per veth pair and per port, and
 * the SVG is well-formed XML naming every namespace and link, and
 * {@code --namespace} keeps a namespace and its neighbours only; {@code --network} without a
 * daemon fails as the docker CLI does.
 */
class TopologyCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsTheLabAsJsonTextDotAndSvg() throws Exception {
        try (TestNamespace a = TestNamespace.create("topc-a"); TestNamespace b = TestNamespace.create("topc-b");
             TestNamespace c = TestNamespace.create("topc-c")) {
            Shell.run("ip", "-n", a.name(), "link", "add", "eth0", "type", "veth", "peer", "name", "veth0",
                    "netns", b.name());
            Shell.run("ip", "-n", b.name(), "link", "add", "br0", "type", "bridge");
            Shell.run("ip", "-n", b.name(), "link", "set", "veth0", "master", "br0");
            Shell.run("ip", "-n", c.name(), "link", "add", "vxlan0", "type", "vxlan", "id", "4097", "dstport", "4789");
            Shell.run("bridge", "-n", c.name(), "fdb", "append", "00:00:00:00:00:00", "dev", "vxlan0",
                    "dst", "192.168.246.195");
            List<String> only = List.of("--netns-file", a.netns().path().toString(),
                    "--netns-file", b.netns().path().toString(), "--netns-file", c.netns().path().toString());

            assertEquals(0, run(only, "--format", "json"), text(err));
            JsonNode root = JSON.readTree(text(out));
            assertEquals(Set.of("namespaces"), keys(root));
            assertEquals(3, root.get("namespaces").size());
            for (JsonNode ns : root.get("namespaces")) {
                assertEquals(Set.of("name", "path", "inode", "links"), keys(ns));
                assertEquals(NetNs.inodeOf(java.nio.file.Path.of(ns.get("path").asText())), ns.get("inode").asLong());
                for (JsonNode link : ns.get("links")) {
                    assertTrue(Set.of("index", "name", "kind", "master", "peer", "vxlan").containsAll(keys(link)),
                            link.toString());
                }
            }
            JsonNode eth0 = link(root, a.name(), "eth0");
            assertEquals(Set.of("index", "name", "kind", "peer"), keys(eth0));
            assertEquals(ifindex(a.name(), "eth0"), eth0.get("index").asInt());
            assertEquals(b.name(), eth0.get("peer").get("namespace").asText());
            assertEquals("veth0", eth0.get("peer").get("name").asText());
            assertEquals(ifindex(b.name(), "veth0"), eth0.get("peer").get("index").asInt());
            JsonNode veth0 = link(root, b.name(), "veth0");
            assertEquals("br0", veth0.get("master").asText());
            assertEquals(a.name(), veth0.get("peer").get("namespace").asText());
            assertEquals("eth0", veth0.get("peer").get("name").asText());
            assertEquals(ifindex(a.name(), "eth0"), veth0.get("peer").get("index").asInt());
            JsonNode vxlan = link(root, c.name(), "vxlan0");
            assertEquals(JSON.readTree("{\"id\":4097,\"port\":4789,\"remotes\":[\"192.168.246.195\"]}"),
                    vxlan.get("vxlan"));
            assertEquals(Set.of("index", "name", "kind"), keys(link(root, b.name(), "br0")));

            out.reset();
            assertEquals(0, run(only, "--format", "text"), text(err));
            String tree = text(out);
            assertTrue(tree.contains("eth0 [veth] <-> " + b.name() + ":veth0"), tree);
            assertTrue(tree.contains("\n    " + ifindex(b.name(), "veth0") + ": veth0 [veth] <-> " + a.name() + ":eth0"),
                    "the port is indented under its bridge:\n" + tree);
            assertTrue(tree.contains("vxlan0 [vxlan] vni 4097 port 4789 remotes 192.168.246.195"), tree);

            out.reset();
            assertEquals(0, run(only, "--format", "dot"), text(err));
            String dot = text(out);
            assertTrue(dot.startsWith("graph topology {") && dot.trim().endsWith("}"), dot);
            assertEquals(1, dot.lines().filter(l -> l.contains("[label=\"veth\"]")).count(), dot);
            assertEquals(1, dot.lines().filter(l -> l.contains("[style=dashed]")).count(), dot);
            assertTrue(dot.contains("VNI 4097\\n192.168.246.195"), dot);

            out.reset();
            assertEquals(0, run(only, "--format", "svg"), text(err));
            String svg = text(out);
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            assertEquals("svg", document.getDocumentElement().getNodeName());
            String words = document.getDocumentElement().getTextContent();
            for (String name : List.of(a.name(), b.name(), c.name(), "eth0 (veth)", "veth0 (veth)", "br0 (bridge)",
                    "vxlan0 (vxlan)", "lo", "VNI 4097 → 192.168.246.195")) {
                assertTrue(words.contains(name), name + " missing from\n" + svg);
            }
            assertEquals(1, document.getElementsByTagName("line").getLength()
                    + svg.lines().filter(l -> l.startsWith("<path class=\"veth\"")).count(), "one veth pair");
            assertEquals(1, svg.lines().filter(l -> l.startsWith("<path class=\"port\"")).count(), "one port");

            out.reset();
            List<String> around = new ArrayList<>(only);
            around.addAll(List.of("--namespace", a.name(), "--format", "json"));
            assertEquals(0, run(around), text(err));
            Set<String> names = new TreeSet<>();
            JSON.readTree(text(out)).get("namespaces").forEach(ns -> names.add(ns.get("name").asText()));
            assertEquals(new TreeSet<>(Set.of(a.name(), b.name())), names);
        }
    }

    @Test
    void anUnknownFormatFailsWithStatusOne() {
        assertEquals(1, run(List.of(), "--format", "png"));
        assertTrue(text(err).contains("png"), text(err));
    }

    @Test
    void networkNeedsADaemonAndExcludesNamespace() {
        Map<String, String> noDaemon = Map.of("DOCKER_HOST", "unix:///nonexistent/jnlt-docker.sock");
        assertEquals(1, run(noDaemon, "topology", "--network", "uber-svc"));
        assertEquals("Cannot connect to the Docker daemon at unix:///nonexistent/jnlt-docker.sock."
                + " Is the docker daemon running?", text(err).trim());
        err.reset();
        assertEquals(1, run(noDaemon, "topology", "--network", "uber-svc", "--namespace", "x"));
        assertTrue(text(err).contains("--namespace and --network cannot be combined"), text(err));
    }

    private int run(List<String> only, String... more) {
        List<String> args = new ArrayList<>(List.of("topology"));
        args.addAll(only);
        args.addAll(List.of(more));
        return run(Map.of(), args.toArray(String[]::new));
    }

    private int run(Map<String, String> env, String... args) {
        return Main.run(List.of(args), Console.of(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env));
    }

    private static JsonNode link(JsonNode root, String ns, String name) {
        for (JsonNode n : root.get("namespaces")) {
            if (n.get("name").asText().equals(ns)) {
                for (JsonNode link : n.get("links")) {
                    if (link.get("name").asText().equals(name)) {
                        return link;
                    }
                }
            }
        }
        throw new AssertionError(ns + ":" + name + " missing");
    }

    private static int ifindex(String ns, String name) throws Exception {
        return JSON.readTree(Shell.run("ip", "-n", ns, "-j", "link", "show", "dev", name)).get(0).get("ifindex").asInt();
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new TreeSet<>();
        Iterator<String> names = node.fieldNames();
        names.forEachRemaining(keys::add);
        return keys;
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
