package io.jnetlink.vxlan.topology;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One network namespace of the graph.
 *
 * @param name  its file name in a namespace directory, or {@code pid:PID} when only a process holds it
 * @param path  the file it was opened through ({@code /run/netns/NAME}, {@code /proc/PID/ns/net})
 * @param inode the namespace's inode, unique on the host
 * @param links its links in ifindex order
 */
public record NamespaceNode(String name, Path path, long inode, List<LinkNode> links) {
    /**
     * Copies the list so the record stays immutable.
     *
     * @param name  its file name in a namespace directory, or {@code pid:PID} when only a process holds it
     * @param path  the file it was opened through ({@code /run/netns/NAME}, {@code /proc/PID/ns/net})
     * @param inode the namespace's inode, unique on the host
     * @param links its links in ifindex order
     */
    public NamespaceNode {
        links = List.copyOf(links);
    }

    /**
     * The link called {@code linkName}, if there is one.
     *
     * @param linkName the link's name; not null
     * @return the link, or empty
     */
    public Optional<LinkNode> link(String linkName) {
        return links.stream().filter(l -> l.name().equals(linkName)).findFirst();
    }

    /**
     * The link with interface index {@code ifindex}, if there is one.
     *
     * @param ifindex the link's interface index
     * @return the link, or empty
     */
    public Optional<LinkNode> link(int ifindex) {
        return links.stream().filter(l -> l.ifindex() == ifindex).findFirst();
    }

    /** {@return the bridges of this namespace; empty when none} */
    public List<LinkNode> bridges() {
        return links.stream().filter(l -> "bridge".equals(l.kind())).toList();
    }

    /**
     * The links enslaved to {@code masterName} (a bridge's ports).
     *
     * @param masterName the master's name; not null
     * @return the ports; empty when none
     */
    public List<LinkNode> ports(String masterName) {
        return links.stream().filter(l -> masterName.equals(l.master())).toList();
    }
}
