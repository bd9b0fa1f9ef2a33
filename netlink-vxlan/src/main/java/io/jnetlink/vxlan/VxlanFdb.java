package io.jnetlink.vxlan;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.route.Fdb;
import io.jnetlink.route.Neighbours;
import io.jnetlink.route.Rtnl;
import io.jnetlink.route.internal.Arguments;
import io.jnetlink.route.neighbour.FdbFilter;
import io.jnetlink.route.neighbour.Neighbour;
import io.jnetlink.route.neighbour.NeighbourFilter;
import io.jnetlink.route.neighbour.NeighbourRequest;
import java.net.InetAddress;
import java.util.List;
import java.util.Objects;

/**
 * The forwarding database and neighbour entries of a VXLAN device, as {@code bridge fdb} and
 * {@code ip neigh} program them, and as Docker's overlay driver does for each remote peer: a
 * permanent neighbour entry (the peer container's IP to its MAC, so {@code proxy} answers ARP
 * locally) and a permanent FDB entry (that MAC to the peer host's VTEP address). Works on the
 * namespace of the {@link Rtnl} client it was made from; as thread-safe as the client.
 */
public final class VxlanFdb {
    /** The all-zero MAC of a flooding entry: frames with no better entry go to every such remote. */
    public static final MacAddress FLOOD = MacAddress.of(new byte[6]);

    private final Fdb fdb;
    private final Neighbours neighbours;

    /**
     * The FDB of the VXLAN devices in {@code rtnl}'s namespace.
     *
     * @param rtnl the client whose namespace holds the VXLAN devices; not null
     */
    public VxlanFdb(Rtnl rtnl) {
        this.fdb = Objects.requireNonNull(rtnl, "rtnl").fdb();
        this.neighbours = rtnl.neighbours();
    }

    /**
     * {@code bridge fdb append 00:00:00:00:00:00 dev DEV dst REMOTE}: adds {@code remote} to the
     * remotes that receive broadcast, multicast and unknown-unicast frames.
     *
     * @param vxlanIfindex the VXLAN device's index, greater than 0
     * @param remote     the remote VTEP's address; not null
     */
    public void appendFlood(int vxlanIfindex, InetAddress remote) {
        append(vxlanIfindex, FLOOD, VxlanRemote.of(remote));
    }

    /**
     * {@code bridge fdb del 00:00:00:00:00:00 dev DEV dst REMOTE}: removes one flooding remote.
     *
     * @param vxlanIfindex the VXLAN device's index, greater than 0
     * @param remote     the remote VTEP's address as it was appended; not null
     * @throws NetlinkException with {@code ENOENT} when it is not there
     */
    public void deleteFlood(int vxlanIfindex, InetAddress remote) {
        delete(vxlanIfindex, FLOOD, VxlanRemote.of(remote));
    }

    /**
     * {@code bridge fdb append MAC dev DEV dst ...}: adds a remote beside any the MAC has.
     *
     * @param vxlanIfindex the VXLAN device's index, greater than 0
     * @param mac        the MAC address the entry is for; not null
     * @param remote     where frames to {@code mac} go; not null
     */
    public void append(int vxlanIfindex, MacAddress mac, VxlanRemote remote) {
        fdb.append(request(vxlanIfindex, mac, remote));
    }

    /**
     * {@code bridge fdb add MAC dev DEV dst ...}.
     *
     * @param vxlanIfindex the VXLAN device's index, greater than 0
     * @param mac        the MAC address the entry is for; not null
     * @param remote     where frames to {@code mac} go; not null
     * @throws NetlinkException with {@code EEXIST} when the MAC already has an entry
     */
    public void add(int vxlanIfindex, MacAddress mac, VxlanRemote remote) {
        fdb.add(request(vxlanIfindex, mac, remote));
    }

    /**
     * {@code bridge fdb replace MAC dev DEV dst ...}: adds the entry or points the MAC at {@code remote}.
     *
     * @param vxlanIfindex the VXLAN device's index, greater than 0
     * @param mac        the MAC address the entry is for; not null
     * @param remote     where frames to {@code mac} go; not null
     */
    public void replace(int vxlanIfindex, MacAddress mac, VxlanRemote remote) {
        fdb.replace(request(vxlanIfindex, mac, remote));
    }

    /**
     * {@code bridge fdb del MAC dev DEV dst ...}: removes the MAC's entry for {@code remote}, which
     * must name the remote exactly as it was added (VNI, port and via included); the kernel
     * quietly keeps an entry whose remote differs.
     *
     * @param vxlanIfindex the VXLAN device's index, greater than 0
     * @param mac        the MAC address the entry is for; not null
     * @param remote     the remote exactly as it was added; not null
     * @throws NetlinkException with {@code ENOENT} when the MAC has no entry
     */
    public void delete(int vxlanIfindex, MacAddress mac, VxlanRemote remote) {
        fdb.delete(request(vxlanIfindex, mac, remote));
    }

    /**
     * {@code bridge fdb show dev DEV}: the device's FDB entries, one per MAC and remote.
     *
     * @param vxlanIfindex the VXLAN device's index, greater than 0
     * @return the entries (flooding ones with {@link #FLOOD} as MAC); empty when there are none
     */
    public List<Neighbour> list(int vxlanIfindex) {
        return fdb.list(FdbFilter.all().withIfindex(Arguments.ifindex(vxlanIfindex)));
    }

    /**
     * {@code ip neigh show dev DEV}: the device's IPv4 and IPv6 neighbour entries.
     *
     * @param vxlanIfindex the VXLAN device's index, greater than 0
     * @return the neighbour entries; empty when there are none
     */
    public List<Neighbour> listNeighbours(int vxlanIfindex) {
        return neighbours.list(NeighbourFilter.all().withIfindex(Arguments.ifindex(vxlanIfindex)));
    }

    /**
     * What Docker's overlay driver programs for a remote container: {@code ip neigh replace IP
     * lladdr MAC dev DEV nud permanent} and {@code bridge fdb replace MAC dev DEV dst VTEP self
     * permanent}. Replacing makes a repeated call harmless.
     *
     * @param vxlanIfindex the VXLAN device's index, greater than 0
     * @param peerIp  the remote container's overlay address
     * @param peerMac the remote container's MAC
     * @param vtep    the underlay address of the host the container runs on
     */
    public void addPeer(int vxlanIfindex, InetAddress peerIp, MacAddress peerMac, InetAddress vtep) {
        NeighbourRequest entry = request(vxlanIfindex, peerMac, VxlanRemote.of(vtep));
        NeighbourRequest neigh = neighbourRequest(vxlanIfindex, peerIp, peerMac);
        neighbours.replace(neigh);
        fdb.replace(entry);
    }

    /**
     * Removes what {@link #addPeer} added: the neighbour entry and the FDB entry.
     *
     * @param vxlanIfindex the VXLAN device's index, greater than 0
     * @param peerIp     the remote container's overlay address, as added; not null
     * @param peerMac    the remote container's MAC, as added; not null
     * @param vtep       the underlay address of the container's host, as added; not null
     * @throws NetlinkException with {@code ENOENT} when either is missing
     */
    public void deletePeer(int vxlanIfindex, InetAddress peerIp, MacAddress peerMac, InetAddress vtep) {
        NeighbourRequest entry = request(vxlanIfindex, peerMac, VxlanRemote.of(vtep));
        NeighbourRequest neigh = neighbourRequest(vxlanIfindex, peerIp, peerMac);
        neighbours.delete(neigh);
        fdb.delete(entry);
    }

    private static NeighbourRequest neighbourRequest(int vxlanIfindex, InetAddress ip, MacAddress mac) {
        if (ip == null) {
            throw new IllegalArgumentException("peer IP address is required");
        }
        return NeighbourRequest.of(vxlanIfindex, ip).withLladdr(Objects.requireNonNull(mac, "peer MAC"));
    }

    /** The {@code self} (device's own table), permanent FDB request, as {@code bridge fdb} defaults. */
    static NeighbourRequest request(int vxlanIfindex, MacAddress mac, VxlanRemote remote) {
        if (remote == null) {
            throw new IllegalArgumentException("remote is required");
        }
        NeighbourRequest r = NeighbourRequest.fdb(vxlanIfindex, mac).withDst(remote.dst());
        if (remote.vni() >= 0) {
            r = r.withVni(remote.vni());
        }
        if (remote.port() >= 0) {
            r = r.withPort(remote.port());
        }
        if (remote.viaIfindex() > 0) {
            r = r.withViaIfindex(remote.viaIfindex());
        }
        return r;
    }
}
