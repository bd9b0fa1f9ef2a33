package io.jnetlink.route.neighbour;

import io.jnetlink.core.MacAddress;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.internal.Arguments;
import java.net.InetAddress;
import java.util.Objects;

/**
 * A neighbour entry to add, replace or delete: an ARP/NDP entry ({@code ip neigh add IP lladdr MAC
 * dev DEV}, see {@link #ip}) or a bridge FDB entry ({@code bridge fdb add MAC dev DEV [dst IP]
 * [vni N] [port P] [via DEV] [self|master]}, see {@link #fdb}). Immutable; each {@code with}
 * method returns a checked copy, so a bad argument fails before any request is sent.
 *
 * <pre>{@code
 * NeighbourRequest.ip(index, InetAddress.getByName("10.0.0.2")).withLladdr(MacAddress.parse("02:00:00:00:00:02"))
 * NeighbourRequest.fdb(vxlanIndex, MacAddress.parse("00:00:00:00:00:00")).withDst(remote)   // flooding entry
 * }</pre>
 */
public final class NeighbourRequest {
    private static final int ETH_ALEN = 6;
    /** {@code MAX_ADDR_LEN} of the kernel's {@code struct net_device}. */
    private static final int MAX_ADDR_LEN = 32;
    private static final int VLAN_VID_MAX = 4094;
    private static final long VNI_MAX = (1L << 24) - 1;
    private static final int PORT_MAX = 65535;

    private final int family;
    private final int ifindex;
    private final InetAddress dst;
    private final MacAddress lladdr;
    private final int state;
    private final int flags;
    private final int vlan;
    private final long vni;
    private final long srcVni;
    private final int port;
    private final int viaIfindex;
    private final int protocol;

    private NeighbourRequest(int family, int ifindex, InetAddress dst, MacAddress lladdr, int state, int flags,
                             int vlan, long vni, long srcVni, int port, int viaIfindex, int protocol) {
        this.family = family;
        this.ifindex = ifindex;
        this.dst = dst;
        this.lladdr = lladdr;
        this.state = state;
        this.flags = flags;
        this.vlan = vlan;
        this.vni = vni;
        this.srcVni = srcVni;
        this.port = port;
        this.viaIfindex = viaIfindex;
        this.protocol = protocol;
    }

    /**
     * An ARP (IPv4) or NDP (IPv6) entry for {@code dst} on interface {@code ifindex}, state permanent like {@code ip neigh add}.
     *
     * @param ifindex the interface's index, greater than 0
     * @param dst     the neighbour's IPv4 or IPv6 address; not null
     * @return a request with no link-layer address yet
     */
    public static NeighbourRequest ip(int ifindex, InetAddress dst) {
        Arguments.ifindex(ifindex);
        return new NeighbourRequest(AddressFamily.of(Objects.requireNonNull(dst, "dst")), ifindex, dst, null,
                NeighbourCodec.NUD_PERMANENT, 0, -1, -1, -1, -1, 0, -1);
    }

    /**
     * A bridge FDB entry for the 6-byte {@code mac} on interface {@code ifindex} (a bridge port, a
     * bridge, or a VXLAN device), state permanent and flag {@code self} unless changed, as
     * {@code bridge fdb add} defaults.
     *
     * @param ifindex the device's index, greater than 0
     * @param mac     the 6-byte MAC address the entry is for; not null
     * @return a request with no remote, VLAN or VNI yet
     */
    public static NeighbourRequest fdb(int ifindex, MacAddress mac) {
        Arguments.ifindex(ifindex);
        checkEthernet(Objects.requireNonNull(mac, "mac"));
        return new NeighbourRequest(AddressFamily.AF_BRIDGE, ifindex, null, mac,
                NeighbourCodec.NUD_NOARP | NeighbourCodec.NUD_PERMANENT, 0, -1, -1, -1, -1, 0, -1);
    }

    /**
     * The request that deletes {@code neighbour} as listed: for FDB entries the MAC with the
     * {@code self}/{@code master} flag, VLAN and the VXLAN remote's destination, port, VNI and
     * via device.
     *
     * @param neighbour an entry as {@code Neighbours.list} returned it; not null
     * @return a request naming that entry
     */
    public static NeighbourRequest of(Neighbour neighbour) {
        if (neighbour.family() == AddressFamily.AF_BRIDGE) {
            NeighbourRequest r = fdb(neighbour.ifindex(), neighbour.lladdr())
                    .withFlags(neighbour.flags() & (NeighbourCodec.NTF_SELF | NeighbourCodec.NTF_MASTER));
            if (neighbour.dst() != null) {
                r = r.withDst(neighbour.dst());
            }
            if (neighbour.vlan() >= 0) {
                r = r.withVlan(neighbour.vlan());
            }
            // A VXLAN device matches a remote by destination, port, VNI and via device alike.
            if (neighbour.vni() >= 0) {
                r = r.withVni(neighbour.vni());
            }
            if (neighbour.port() > 0) {
                r = r.withPort(neighbour.port());
            }
            if (neighbour.viaIfindex() > 0) {
                r = r.withViaIfindex(neighbour.viaIfindex());
            }
            return r;
        }
        return ip(neighbour.ifindex(), neighbour.dst());
    }

    private NeighbourRequest copy(InetAddress dst, MacAddress lladdr, int state, int flags, int vlan, long vni,
                                  long srcVni, int port, int viaIfindex, int protocol) {
        return new NeighbourRequest(family, ifindex, dst, lladdr, state, flags, vlan, vni, srcVni, port, viaIfindex,
                protocol);
    }

    /**
     * With link-layer address {@code lladdr} (1..32 bytes; 6 for Ethernet) for an IP entry.
     *
     * @param lladdr the link-layer address; not null
     * @return a copy of this request with that change; this one is unchanged
     */
    public NeighbourRequest withLladdr(MacAddress lladdr) {
        Objects.requireNonNull(lladdr, "lladdr");
        if (family == AddressFamily.AF_BRIDGE) {
            throw new IllegalArgumentException("an FDB entry's MAC is given to fdb(...)");
        }
        if (lladdr.length() < 1 || lladdr.length() > MAX_ADDR_LEN) {
            throw new IllegalArgumentException("link-layer address must be 1..32 bytes: " + lladdr.length());
        }
        return copy(dst, lladdr, state, flags, vlan, vni, srcVni, port, viaIfindex, protocol);
    }

    /**
     * With state {@code NUD_*} ({@code nud permanent|noarp|reachable|stale}).
     *
     * @param state a combination of {@code NUD_*} bits, 0 to 0xffff
     * @return a copy of this request with that change; this one is unchanged
     */
    public NeighbourRequest withState(int state) {
        Arguments.u16(state, "state");
        return copy(dst, lladdr, state, flags, vlan, vni, srcVni, port, viaIfindex, protocol);
    }

    /**
     * With {@code NTF_*} flags (replacing any set before).
     *
     * @param flags the {@code NTF_*} bits
     * @return a copy of this request with that change; this one is unchanged
     */
    public NeighbourRequest withFlags(int flags) {
        Arguments.u8(flags, "flags");
        return copy(dst, lladdr, state, flags, vlan, vni, srcVni, port, viaIfindex, protocol);
    }

    /**
     * FDB: in the device's own table ({@code self}, {@code NTF_SELF}).
     *
     * @return a copy of this request with that change; this one is unchanged
     */
    public NeighbourRequest withSelfTable() {
        requireFdb("self");
        return withFlags(flags | NeighbourCodec.NTF_SELF);
    }

    /**
     * FDB: in the master bridge's table ({@code master}, {@code NTF_MASTER}).
     *
     * @return a copy of this request with that change; this one is unchanged
     */
    public NeighbourRequest withMasterTable() {
        requireFdb("master");
        return withFlags(flags | NeighbourCodec.NTF_MASTER);
    }

    /**
     * FDB: a static entry, as {@code bridge fdb add ... static} ({@code NUD_NOARP}).
     *
     * @return a copy of this request with that change; this one is unchanged
     */
    public NeighbourRequest withStaticState() {
        requireFdb("static");
        return withState(NeighbourCodec.NUD_NOARP);
    }

    /**
     * FDB: the remote VTEP {@code dst} of a VXLAN entry ({@code dst IP}).
     *
     * @param dst the remote VTEP's IPv4 or IPv6 address; not null
     * @return a copy of this request with that change; this one is unchanged
     */
    public NeighbourRequest withDst(InetAddress dst) {
        requireFdb("dst");
        return copy(Objects.requireNonNull(dst, "dst"), lladdr, state, flags, vlan, vni, srcVni, port, viaIfindex,
                protocol);
    }

    /**
     * FDB: VLAN id 1..4094 ({@code vlan V}).
     *
     * @param vlan the VLAN id, 1 to 4094
     * @return a copy of this request with that change; this one is unchanged
     */
    public NeighbourRequest withVlan(int vlan) {
        requireFdb("vlan");
        Arguments.inRange(vlan, 1, VLAN_VID_MAX, "VLAN id");
        return copy(dst, lladdr, state, flags, vlan, vni, srcVni, port, viaIfindex, protocol);
    }

    /**
     * FDB: VXLAN network identifier 0..2^24-1 of the remote ({@code vni N}).
     *
     * @param vni the VNI, 0 to 2^24-1
     * @return a copy of this request with that change; this one is unchanged
     */
    public NeighbourRequest withVni(long vni) {
        requireFdb("vni");
        Arguments.inRange(vni, 0, VNI_MAX, "VNI");
        return copy(dst, lladdr, state, flags, vlan, vni, srcVni, port, viaIfindex, protocol);
    }

    /**
     * FDB: source VNI for collect-metadata devices ({@code src_vni N}).
     *
     * @param srcVni the source VNI, 0 to 2^24-1
     * @return a copy of this request with that change; this one is unchanged
     */
    public NeighbourRequest withSrcVni(long srcVni) {
        requireFdb("src_vni");
        Arguments.inRange(srcVni, 0, VNI_MAX, "source VNI");
        return copy(dst, lladdr, state, flags, vlan, vni, srcVni, port, viaIfindex, protocol);
    }

    /**
     * FDB: UDP destination port 1..65535 of the remote ({@code port P}).
     *
     * @param port the UDP destination port, 1 to 65535
     * @return a copy of this request with that change; this one is unchanged
     */
    public NeighbourRequest withPort(int port) {
        requireFdb("port");
        Arguments.inRange(port, 1, PORT_MAX, "port");
        return copy(dst, lladdr, state, flags, vlan, vni, srcVni, port, viaIfindex, protocol);
    }

    /**
     * FDB: reach the remote through interface {@code ifindex} ({@code via DEV}).
     *
     * @param ifindex the underlay interface's index, greater than 0
     * @return a copy of this request with that change; this one is unchanged
     */
    public NeighbourRequest withViaIfindex(int ifindex) {
        requireFdb("via");
        Arguments.ifindex(ifindex);
        return copy(dst, lladdr, state, flags, vlan, vni, srcVni, port, ifindex, protocol);
    }

    /**
     * With {@code NDA_PROTOCOL}, the entry's originator ({@code protocol P}).
     *
     * @param protocol an {@code RTPROT_*}-style originator number, 0 to 255
     * @return a copy of this request with that change; this one is unchanged
     */
    public NeighbourRequest withProtocol(int protocol) {
        Arguments.u8(protocol, "protocol");
        return copy(dst, lladdr, state, flags, vlan, vni, srcVni, port, viaIfindex, protocol);
    }

    private void requireFdb(String what) {
        if (family != AddressFamily.AF_BRIDGE) {
            throw new IllegalArgumentException("'" + what + "' applies to bridge FDB entries only");
        }
    }

    private static void checkEthernet(MacAddress mac) {
        if (mac.length() != ETH_ALEN) {
            throw new IllegalArgumentException("an FDB entry needs a 6-byte MAC, not " + mac.length() + " bytes");
        }
    }

    /** {@return {@code AF_INET}, {@code AF_INET6} or {@code AF_BRIDGE}} */
    public int family() {
        return family;
    }

    /** {@return the interface's index} */
    public int ifindex() {
        return ifindex;
    }

    /** {@return the neighbour's IP address, or the VXLAN remote's; null when unset} */
    public InetAddress dst() {
        return dst;
    }

    /** {@return the link-layer address, or null when unset} */
    public MacAddress lladdr() {
        return lladdr;
    }

    /** {@return the {@code NUD_*} state bits} */
    public int state() {
        return state;
    }

    /** {@return the {@code NTF_*} flags as given (FDB requests default to {@code self} when written)} */
    public int flags() {
        return flags;
    }

    /** {@return the VLAN id, or -1 when unset} */
    public int vlan() {
        return vlan;
    }

    /** {@return the VNI, or -1 when unset} */
    public long vni() {
        return vni;
    }

    /** {@return the source VNI, or -1 when unset} */
    public long srcVni() {
        return srcVni;
    }

    /** {@return the UDP destination port, or -1 when unset} */
    public int port() {
        return port;
    }

    /** {@return the underlay interface's index, or 0 when unset} */
    public int viaIfindex() {
        return viaIfindex;
    }

    /** {@return the originator number, or -1 when unset} */
    public int protocol() {
        return protocol;
    }

    @Override
    public String toString() {
        return (family == AddressFamily.AF_BRIDGE ? "fdb " + lladdr : "neigh " + dst.getHostAddress())
                + " dev #" + ifindex;
    }
}
