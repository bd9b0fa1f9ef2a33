package io.jnetlink.examples.topology;

import io.jnetlink.examples.ip.InetFormat;
import io.jnetlink.vxlan.topology.LinkNode;
import io.jnetlink.vxlan.topology.NamespaceNode;
import io.jnetlink.vxlan.topology.Topology;
import java.io.PrintStream;
import java.net.InetAddress;

/**
 * {@code topology --format dot}: Graphviz text with one cluster per namespace, a solid edge per
 * veth pair and a dashed edge from each port to its master. Nodes are keyed by namespace inode
 * and ifindex, so equal link names in different namespaces stay apart.
 */
final class TopologyDot {
    private TopologyDot() {
    }

    static void print(Topology topology, PrintStream out) {
        out.println("graph topology {");
        out.println("  node [shape=box];");
        for (NamespaceNode ns : topology.namespaces()) {
            out.println("  subgraph " + quote("cluster_" + ns.inode()) + " {");
            out.println("    label=" + quote(ns.name()) + ";");
            for (LinkNode link : ns.links()) {
                out.println("    " + id(ns.inode(), link.ifindex()) + " [label=" + quote(label(link)) + "];");
            }
            out.println("  }");
        }
        for (NamespaceNode ns : topology.namespaces()) {
            for (LinkNode link : ns.links()) {
                LinkNode.Peer peer = link.peer();
                // Each pair is listed from both ends: draw it from the end that sorts first.
                if (peer != null && peer.isResolved() && topology.namespace(peer.namespace()).isPresent()
                        && (ns.inode() < peer.inode() || ns.inode() == peer.inode() && link.ifindex() < peer.ifindex())) {
                    out.println("  " + id(ns.inode(), link.ifindex()) + " -- " + id(peer.inode(), peer.ifindex())
                            + " [label=\"veth\"];");
                }
                if (link.master() != null) {
                    ns.link(link.master()).ifPresent(master -> out.println("  " + id(ns.inode(), link.ifindex())
                            + " -- " + id(ns.inode(), master.ifindex()) + " [style=dashed];"));
                }
            }
        }
        out.println("}");
    }

    private static String label(LinkNode link) {
        StringBuilder label = new StringBuilder(link.name());
        if (link.kind() != null) {
            label.append(" (").append(link.kind()).append(')');
        }
        if (link.vxlan() != null) {
            label.append("\nVNI ").append(link.vxlan().vni());
            for (InetAddress remote : link.vxlan().remotes()) {
                label.append('\n').append(InetFormat.ntop(remote));
            }
        }
        return label.toString();
    }

    private static String id(long inode, int index) {
        return quote(inode + ":" + index);
    }

    /** A DOT quoted string; newlines become DOT's centred line break. */
    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
