package io.jnetlink.vxlan.topology;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The network topology of the host: every namespace reached, each once, with its links, and
 * veth peers resolved to the namespace and name of the other end.
 *
 * <pre>{@code
 * Topology topology = Topology.discover(TopologyOptions.host());
 * for (NamespaceNode ns : topology.namespaces()) { ... }
 * }</pre>
 *
 * @param namespaces the namespaces in discovery order
 */
public record Topology(List<NamespaceNode> namespaces) {
    /**
     * Copies the list so the record stays immutable.
     *
     * @param namespaces the namespaces in discovery order
     */
    public Topology {
        namespaces = List.copyOf(namespaces);
    }

    /**
     * Discovers the namespaces {@code options} point at and reads each one, opening one netlink
     * client per namespace. Namespaces that vanish while being read are left out.
     *
     * @param options what to scan; not null
     * @return the graph
     */
    public static Topology discover(TopologyOptions options) {
        Objects.requireNonNull(options, "options");
        return new TopologyDiscovery(options).run();
    }

    /**
     * The namespace called {@code name}, if it is in the graph.
     *
     * @param name the namespace's name; not null
     * @return the namespace, or empty
     */
    public Optional<NamespaceNode> namespace(String name) {
        return namespaces.stream().filter(ns -> ns.name().equals(name)).findFirst();
    }

    /**
     * The part of the graph around {@code name}: that namespace and every namespace one of its
     * veth pairs leads to, or leads from.
     *
     * @param name the namespace's name; not null
     * @return the sub-graph
     * @throws IllegalArgumentException when no namespace has that name
     */
    public Topology around(String name) {
        NamespaceNode centre = namespace(name)
                .orElseThrow(() -> new IllegalArgumentException("no namespace named \"" + name + "\""));
        Set<Long> keep = new HashSet<>();
        keep.add(centre.inode());
        for (LinkNode link : centre.links()) {
            if (link.peer() != null && link.peer().isResolved()) {
                keep.add(link.peer().inode());
            }
        }
        for (NamespaceNode ns : namespaces) {
            for (LinkNode link : ns.links()) {
                if (link.peer() != null && link.peer().inode() == centre.inode()) {
                    keep.add(ns.inode());
                }
            }
        }
        return new Topology(namespaces.stream().filter(ns -> keep.contains(ns.inode())).toList());
    }
}
