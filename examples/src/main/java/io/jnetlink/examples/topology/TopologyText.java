package io.jnetlink.examples.topology;

import io.jnetlink.examples.ip.InetFormat;
import io.jnetlink.vxlan.topology.LinkNode;
import io.jnetlink.vxlan.topology.NamespaceNode;
import io.jnetlink.vxlan.topology.Topology;
import java.io.PrintStream;
import java.util.stream.Collectors;

/** {@code topology --format text}: one indented tree per namespace, ports under their bridge. */
final class TopologyText {
    private TopologyText() {
    }

    static void print(Topology topology, PrintStream out) {
        for (NamespaceNode ns : topology.namespaces()) {
            out.println(ns.name() + " (" + ns.path() + ", inode " + ns.inode() + ")");
            for (LinkNode link : ns.links()) {
                // A port whose master is missing from the dump would vanish from the tree, so only
                // ports of a master that is listed go under it.
                if (link.master() == null || ns.link(link.master()).isEmpty()) {
                    printLink(ns, link, 1, out);
                }
            }
        }
    }

    private static void printLink(NamespaceNode ns, LinkNode link, int depth, PrintStream out) {
        String indent = "  ".repeat(depth);
        StringBuilder line = new StringBuilder(indent).append(link.ifindex()).append(": ").append(link.name());
        if (link.kind() != null) {
            line.append(" [").append(link.kind()).append(']');
        }
        if (link.peer() != null) {
            line.append(" <-> ").append(link.peer().isResolved()
                    ? link.peer().namespace() + ":" + link.peer().name()
                    : "?:if" + link.peer().ifindex());
        }
        if (link.vxlan() != null) {
            line.append(" vni ").append(link.vxlan().vni()).append(" port ").append(link.vxlan().port());
            if (link.vxlan().local() != null) {
                line.append(" local ").append(InetFormat.ntop(link.vxlan().local()));
            }
            if (!link.vxlan().remotes().isEmpty()) {
                line.append(" remotes ").append(link.vxlan().remotes().stream()
                        .map(InetFormat::ntop).collect(Collectors.joining(",")));
            }
        }
        out.println(line);
        for (LinkNode.Address address : link.addresses()) {
            out.println(indent + "    inet " + InetFormat.ntop(address.address()) + "/" + address.prefixLength());
        }
        for (LinkNode port : ns.ports(link.name())) {
            printLink(ns, port, depth + 1, out);
        }
    }
}
