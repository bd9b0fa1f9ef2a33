package io.jnetlink.examples.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.vxlan.topology.LinkNode;
import io.jnetlink.vxlan.topology.NamespaceNode;
import io.jnetlink.vxlan.topology.Topology;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which part of a hand-built Docker host {@code --network} keeps for the daemon's JSON of an
 * overlay, a bridge and a host network (shaped as {@code GET /networks/NAME} answers); the
 * command runs it against a real daemon in {@code DockerLabTest}.
 */
class DockerNetworkViewTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long HOST = 1;
    private static final long OVERLAY = 2;
    private static final long CONTAINER = 3;
    private static final long LB = 4;
    private static final long OTHER_OVERLAY = 5;

    private static LinkNode veth(int index, String name, String master, String peerNs, long peerInode, String peer) {
        return new LinkNode(index, name, "veth", master, List.of(), new LinkNode.Peer(peerNs, peerInode, peer, 1), null);
    }

    private static LinkNode bridge(String name) {
        return new LinkNode(2, name, "bridge", null, List.of(), null, null);
    }

    private static NamespaceNode ns(String name, long inode, LinkNode... links) {
        return new NamespaceNode(name, Path.of("/var/run/docker/netns", name), inode, List.of(links));
    }

    /** A node with uber-svc (id fya7skjask27...) holding a container and lb_, a second overlay, and two bridges. */
    private static final Topology NODE = new Topology(List.of(
            ns("pid:1", HOST, bridge("docker_gwbridge"), bridge("br-0123456789ab"),
                    veth(7, "veth1ead928", "docker_gwbridge", "8d75ce4908b4", CONTAINER, "eth2")),
            ns("1-fya7skjask", OVERLAY, bridge("br0"),
                    veth(12, "veth0", "br0", "lb_fya7skjas", LB, "eth0"),
                    veth(14, "veth1", "br0", "8d75ce4908b4", CONTAINER, "eth1")),
            ns("1-jcqgnlojwi", OTHER_OVERLAY, bridge("br0")),
            ns("8d75ce4908b4", CONTAINER, veth(13, "eth1", null, "1-fya7skjask", OVERLAY, "veth1"),
                    veth(15, "eth2", null, "pid:1", HOST, "veth1ead928")),
            ns("lb_fya7skjas", LB, veth(11, "eth0", null, "1-fya7skjask", OVERLAY, "veth0"))));

    private static JsonNode network(String name, String id, String driver, String options) throws Exception {
        return JSON.readTree("{\"Name\":\"" + name + "\",\"Id\":\"" + id + "\",\"Driver\":\"" + driver
                + "\",\"Options\":" + options + "}");
    }

    private static List<String> names(Topology topology) {
        return topology.namespaces().stream().map(NamespaceNode::name).toList();
    }

    @Test
    void anOverlayNetworkIsItsNamespaceAndTheSandboxesItsVethsLeadTo() throws Exception {
        Topology view = DockerNetworkView.select(NODE,
                network("uber-svc", "fya7skjask27gl0vmfuoc90jm", "overlay", "{}"), HOST);
        assertEquals(List.of("1-fya7skjask", "8d75ce4908b4", "lb_fya7skjas"), names(view));
    }

    @Test
    void aBridgeNetworkIsItsBridgeInTheDaemonsNamespaceByConfiguredOrDerivedName() throws Exception {
        Topology gw = DockerNetworkView.select(NODE, network("docker_gwbridge", "2890cfab00b82cbd24aa", "bridge",
                "{\"com.docker.network.bridge.name\":\"docker_gwbridge\"}"), HOST);
        assertEquals(List.of("pid:1", "8d75ce4908b4"), names(gw));
        assertEquals(List.of("docker_gwbridge", "veth1ead928"),
                gw.namespace("pid:1").orElseThrow().links().stream().map(LinkNode::name).toList());

        Topology user = DockerNetworkView.select(NODE, network("mynet", "0123456789abcdef0123", "bridge", "{}"), HOST);
        assertEquals(List.of("pid:1"), names(user));
        assertEquals(List.of("br-0123456789ab"),
                user.namespace("pid:1").orElseThrow().links().stream().map(LinkNode::name).toList());
    }

    @Test
    void networksWithoutANamespaceOrBridgeHereFailWithTheReason() throws Exception {
        CommandFailure notHere = assertThrows(CommandFailure.class, () -> DockerNetworkView.select(NODE,
                network("other", "zzzzzzzzzzzzzzzzzzzzzzzzz", "overlay", "{}"), HOST));
        assertTrue(notHere.getMessage().contains("1-zzzzzzzzzz"), notHere.getMessage());
        CommandFailure host = assertThrows(CommandFailure.class, () -> DockerNetworkView.select(NODE,
                network("host", "8ab19966a06b", "host", "{}"), HOST));
        assertTrue(host.getMessage().contains("driver host"), host.getMessage());
        CommandFailure elsewhere = assertThrows(CommandFailure.class, () -> DockerNetworkView.select(NODE,
                network("mynet", "0123456789abcdef0123", "bridge", "{}"), OVERLAY));
        assertTrue(elsewhere.getMessage().contains("br-0123456789ab"), elsewhere.getMessage());
    }
}
