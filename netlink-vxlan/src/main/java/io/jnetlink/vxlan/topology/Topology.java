package io.jnetlink.vxlan.topology;

import java.util.ArrayList;
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
     * The namespace whose inode is {@code inode}, if it is in the graph.
     *
     * @param inode the namespace's inode number (its identity on the host)
     * @return the namespace, or empty
     */
    public Optional<NamespaceNode> namespace(long inode) {
        return namespaces.stream().filter(ns -> ns.inode() == inode).findFirst();
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
        NamespaceNode centre = require(name);
        Set<Long> keep = new HashSet<>();
        keep.add(centre.inode());
        keep.addAll(peerNamespaces(centre.links()));
        for (NamespaceNode ns : namespaces) {
            for (LinkNode link : ns.links()) {
                if (link.peer() != null && link.peer().inode() == centre.inode()) {
                    keep.add(ns.inode());
                }
            }
        }
        return new Topology(namespaces.stream().filter(ns -> keep.contains(ns.inode())).toList());
    }

    /**
     * The part of the graph one bridge joins (a Docker bridge network seen from its host): namespace
     * {@code name} cut down to {@code bridge} and its ports, and every namespace one of those ports'
     * veth pairs leads to, whole.
     *
     * @param name   the name of the namespace holding the bridge; not null
     * @param bridge the bridge's interface name; not null
     * @return the sub-graph
     * @throws IllegalArgumentException when no namespace has that name, or it has no bridge {@code bridge}
     */
    public Topology aroundBridge(String name, String bridge) {
        NamespaceNode centre = require(name);
        LinkNode device = centre.link(bridge).filter(l -> "bridge".equals(l.kind()))
                .orElseThrow(() -> new IllegalArgumentException("no bridge \"" + bridge + "\" in namespace \""
                        + name + "\""));
        List<LinkNode> kept = new ArrayList<>();
        kept.add(device);
        kept.addAll(centre.ports(bridge));
        Set<Long> neighbours = peerNamespaces(kept);
        List<NamespaceNode> out = new ArrayList<>();
        for (NamespaceNode ns : namespaces) {
            if (ns.inode() == centre.inode()) {
                out.add(new NamespaceNode(ns.name(), ns.path(), ns.inode(), kept));
            } else if (neighbours.contains(ns.inode())) {
                out.add(ns);
            }
        }
        return new Topology(out);
    }

    private NamespaceNode require(String name) {
        return namespace(name)
                .orElseThrow(() -> new IllegalArgumentException("no namespace named \"" + name + "\""));
    }

    /** The inodes of the namespaces the resolved veth peers of {@code links} live in. */
    private static Set<Long> peerNamespaces(List<LinkNode> links) {
        Set<Long> inodes = new HashSet<>();
        for (LinkNode link : links) {
            if (link.peer() != null && link.peer().isResolved()) {
                inodes.add(link.peer().inode());
            }
        }
        return inodes;
    }
}
