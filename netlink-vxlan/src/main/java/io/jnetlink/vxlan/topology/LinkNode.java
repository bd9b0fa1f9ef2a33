package io.jnetlink.vxlan.topology;

import java.net.InetAddress;
import java.util.List;

/**
 * One link of a namespace.
 *
 * @param ifindex   its interface index
 * @param name      its name
 * @param kind      {@code IFLA_INFO_KIND} ({@code veth}, {@code bridge}, {@code vxlan}), or null
 * @param master    the name of its master (the bridge it is a port of), or null
 * @param addresses its interface addresses
 * @param peer      the other end of a veth pair, or null for other kinds
 * @param vxlan     the VXLAN settings and FDB remotes of a VXLAN device, or null for other kinds
 */
public record LinkNode(int ifindex, String name, String kind, String master, List<Address> addresses,
                       Peer peer, Vxlan vxlan) {
    /**
     * Copies the list so the record stays immutable.
     *
     * @param ifindex   its interface index
     * @param name      its name
     * @param kind      {@code IFLA_INFO_KIND} ({@code veth}, {@code bridge}, {@code vxlan}), or null
     * @param master    the name of its master (the bridge it is a port of), or null
     * @param addresses its interface addresses
     * @param peer      the other end of a veth pair, or null for other kinds
     * @param vxlan     the VXLAN settings and FDB remotes of a VXLAN device, or null for other kinds
     */
    public LinkNode {
        addresses = List.copyOf(addresses);
    }

    /**
     * An interface address.
     *
     * @param address      the local address
     * @param prefixLength its prefix length
     */
    public record Address(InetAddress address, int prefixLength) {
        /** {@code ADDRESS/PREFIX}, the address in Java's text form (IPv6 uncompressed). */
        @Override
        public String toString() {
            return address.getHostAddress() + "/" + prefixLength;
        }
    }

    /**
     * The other end of a veth pair.
     *
     * @param namespace the name of the peer's namespace, or null when that namespace is not in the graph
     * @param inode     the inode of the peer's namespace, or 0 when it is not in the graph
     * @param name      the peer's name, or null when its namespace is not in the graph
     * @param ifindex   the peer's interface index in its namespace
     */
    public record Peer(String namespace, long inode, String name, int ifindex) {
        /** {@return true when the peer's namespace is part of the graph} */
        public boolean isResolved() {
            return namespace != null;
        }
    }

    /**
     * What a VXLAN device tunnels to.
     *
     * @param vni     its VNI
     * @param local   its source address, or null
     * @param port    its UDP destination port
     * @param remotes the distinct remote VTEPs of its FDB, in FDB order
     */
    public record Vxlan(int vni, InetAddress local, int port, List<InetAddress> remotes) {
        /**
         * Copies the list so the record stays immutable.
         *
         * @param vni     its VNI
         * @param local   its source address, or null
         * @param port    its UDP destination port
         * @param remotes the distinct remote VTEPs of its FDB, in FDB order
         */
        public Vxlan {
            remotes = List.copyOf(remotes);
        }
    }
}
