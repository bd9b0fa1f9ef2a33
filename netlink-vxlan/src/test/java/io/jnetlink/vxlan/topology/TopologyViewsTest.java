package io.jnetlink.vxlan.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The focused views of a graph, on a hand-built host: a host namespace with two bridges (one per
 * Docker bridge network) and an underlay veth, two containers on the first bridge, one on the
 * second, and the underlay peer elsewhere. No kernel involved: only which namespaces and links
 * each view keeps.
 */
class TopologyViewsTest {
    private static final long HOST = 10;
    private static final long C1 = 11;
    private static final long C2 = 12;
    private static final long C3 = 13;
    private static final long OTHER_HOST = 14;

    private static LinkNode veth(int index, String name, String master, String peerNs, long peerInode,
                                 String peerName, int peerIndex) {
        return new LinkNode(index, name, "veth", master, List.of(), new LinkNode.Peer(peerNs, peerInode, peerName,
                peerIndex), null);
    }

    private static LinkNode bridge(int index, String name) {
        return new LinkNode(index, name, "bridge", null, List.of(), null, null);
    }

    private static NamespaceNode ns(String name, long inode, LinkNode... links) {
        return new NamespaceNode(name, Path.of("/run/netns", name), inode, List.of(links));
    }

    private static final Topology HOST_GRAPH = new Topology(List.of(
            ns("host", HOST, bridge(2, "br-a"), bridge(3, "br-b"),
                    veth(4, "vetha1", "br-a", "c1", C1, "eth0", 2),
                    veth(5, "vetha2", "br-a", "c2", C2, "eth0", 2),
                    veth(6, "vethb3", "br-b", "c3", C3, "eth0", 2),
                    veth(7, "ens33", null, "other", OTHER_HOST, "ens33", 2)),
            ns("c1", C1, veth(2, "eth0", null, "host", HOST, "vetha1", 4)),
            ns("c2", C2, veth(2, "eth0", null, "host", HOST, "vetha2", 5)),
            ns("c3", C3, veth(2, "eth0", null, "host", HOST, "vethb3", 6)),
            ns("other", OTHER_HOST, veth(2, "ens33", null, "host", HOST, "ens33", 7))));

    @Test
    void aroundBridgeKeepsTheBridgeItsPortsAndTheNamespacesTheyLeadTo() {
        Topology view = HOST_GRAPH.aroundBridge("host", "br-a");
        assertEquals(List.of("host", "c1", "c2"), view.namespaces().stream().map(NamespaceNode::name).toList());
        assertEquals(List.of("br-a", "vetha1", "vetha2"),
                view.namespace("host").orElseThrow().links().stream().map(LinkNode::name).toList());
        assertEquals(HOST_GRAPH.namespace("c1"), view.namespace("c1"), "neighbours are kept whole");

        Topology other = HOST_GRAPH.aroundBridge("host", "br-b");
        assertEquals(List.of("host", "c3"), other.namespaces().stream().map(NamespaceNode::name).toList());
    }

    @Test
    void aroundBridgeRefusesWhatIsNotABridge() {
        assertThrows(IllegalArgumentException.class, () -> HOST_GRAPH.aroundBridge("host", "ens33"));
        assertThrows(IllegalArgumentException.class, () -> HOST_GRAPH.aroundBridge("host", "br-z"));
        assertThrows(IllegalArgumentException.class, () -> HOST_GRAPH.aroundBridge("nowhere", "br-a"));
    }

    @Test
    void aroundKeepsEveryNamespaceLinkedEitherWay() {
        assertEquals(List.of("host", "c1", "c2", "c3", "other"),
                HOST_GRAPH.around("host").namespaces().stream().map(NamespaceNode::name).toList());
        assertEquals(List.of("host", "c2"),
                HOST_GRAPH.around("c2").namespaces().stream().map(NamespaceNode::name).toList());
    }

    @Test
    void findsANamespaceByInode() {
        assertEquals("c3", HOST_GRAPH.namespace(C3).orElseThrow().name());
        assertTrue(HOST_GRAPH.namespace(99L).isEmpty());
    }
}
