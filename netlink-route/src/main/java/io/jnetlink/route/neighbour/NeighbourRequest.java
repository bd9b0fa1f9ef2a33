package io.jnetlink.route.neighbour;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.attr.Access;
import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.internal.Arguments;
import java.net.InetAddress;
import java.util.Objects;

/**
 * A neighbour entry to add, replace, change or delete: an ARP/NDP entry ({@code ip neigh add IP
 * lladdr MAC dev DEV}, see {@link #of}) or a bridge FDB entry ({@code bridge fdb add MAC dev DEV
 * [dst IP] [vni N] [port P] [via DEV] [self|master]}, see {@link #fdb}). Immutable: the
 * {@code ndmsg} header (family, interface, state, flags) and the {@link NeighbourAttributes}
 * values to send. Each {@code with} method returns a checked copy, so a bad argument fails
 * before any request is sent.
 *
 * <pre>{@code
 * NeighbourRequest.of(ifindex, InetAddress.getByName("10.0.0.2")).withLladdr(MacAddress.parse("02:00:00:00:00:02"))
 * NeighbourRequest.fdb(vxlanIfindex, MacAddress.parse("00:00:00:00:00:00")).withDst(remote)   // flooding entry
 * NeighbourRequest.fdb(vxlanIfindex, mac).with(NeighbourAttributes.NH_ID, 7L)
 * }</pre>
 *
 * <p>An entry's key is given to its factory and stays: an IP entry's address ({@code NDA_DST}), an
 * FDB entry's MAC ({@code NDA_LLADDR}).
 */
public final class NeighbourRequest {
    private static final int ETH_ALEN = 6;
    /** {@code MAX_ADDR_LEN} of the kernel's {@code struct net_device}. */
    private static final int MAX_ADDR_LEN = 32;
    private static final int VLAN_VID_MAX = 4094;
    private static final long VNI_MAX = (1L << 24) - 1;
    private static final int PORT_MAX = 65535;
    /** The {@code NTF_*} bits a request may carry that {@link #from} keeps: what ip neigh and bridge fdb add set. */
    private static final int SETTABLE_FLAGS = NeighbourCodec.NTF_SELF | NeighbourCodec.NTF_MASTER
            | NeighbourCodec.NTF_PROXY | NeighbourCodec.NTF_EXT_LEARNED | NeighbourCodec.NTF_STICKY
            | NeighbourCodec.NTF_ROUTER;

    private final int family;
    private final int ifindex;
    private final int state;
    private final int flags;
    private final AttributeValues values;

    private NeighbourRequest(int family, int ifindex, int state, int flags, AttributeValues values) {
        this.family = family;
        this.ifindex = ifindex;
        this.state = state;
        this.flags = flags;
        this.values = values;
    }

    /**
     * An ARP (IPv4) or NDP (IPv6) entry for {@code address} on interface {@code ifindex}, state
     * permanent like {@code ip neigh add}.
     *
     * @param ifindex the interface's index, greater than 0
     * @param address the neighbour's IPv4 or IPv6 address, the entry's key; not null
     * @return a request with no link-layer address yet
     */
    public static NeighbourRequest of(int ifindex, InetAddress address) {
        Arguments.ifindex(ifindex);
        return new NeighbourRequest(AddressFamily.of(Objects.requireNonNull(address, "address")), ifindex,
                NeighbourCodec.NUD_PERMANENT, 0, NeighbourAttributes.SET.empty().with(NeighbourAttributes.DST, address));
    }

    /**
     * A proxy ARP/NDP entry for {@code address} ({@code ip neigh add proxy ADDR [dev DEV]}): the
     * kernel answers for that address on {@code ifindex}, or on every interface when it is 0.
     *
     * @param ifindex the interface's index, or 0 for any interface
     * @param address the proxied IPv4 or IPv6 address, the entry's key; not null
     * @return a request with flag {@code NTF_PROXY}, state permanent
     * @throws IllegalArgumentException for a negative index
     */
    public static NeighbourRequest proxy(int ifindex, InetAddress address) {
        Arguments.ifindexFilter(ifindex);
        return new NeighbourRequest(AddressFamily.of(Objects.requireNonNull(address, "address")), ifindex,
                NeighbourCodec.NUD_PERMANENT, NeighbourCodec.NTF_PROXY,
                NeighbourAttributes.SET.empty().with(NeighbourAttributes.DST, address));
    }

    /**
     * A bridge FDB entry for the 6-byte {@code mac} on interface {@code ifindex} (a bridge port, a
     * bridge, or a VXLAN device), state permanent and flag {@code self} unless changed, as
     * {@code bridge fdb add} defaults.
     *
     * @param ifindex the device's index, greater than 0
     * @param mac     the 6-byte MAC address the entry is for, its key; not null
     * @return a request with no remote, VLAN or VNI yet
     */
    public static NeighbourRequest fdb(int ifindex, MacAddress mac) {
        Arguments.ifindex(ifindex);
        checkEthernet(Objects.requireNonNull(mac, "mac"));
        return new NeighbourRequest(AddressFamily.AF_BRIDGE, ifindex, NeighbourCodec.NUD_NOARP | NeighbourCodec.NUD_PERMANENT,
                0, NeighbourAttributes.SET.empty().with(NeighbourAttributes.LLADDR, mac));
    }

    /**
     * The request that recreates or deletes {@code neighbour} as listed: its key, state and the
     * flags a request sets ({@code self}, {@code master}, {@code proxy}, {@code router},
     * {@code extern_learn}, {@code sticky}; {@code master} for an FDB entry the bridge reports
     * with {@code NDA_MASTER} and no table flag) with every attribute a request may carry (the {@code managed} extended flag; for FDB
     * entries the VXLAN remote's destination, port, VNI and via device, which a VXLAN device
     * matches on deletion).
     *
     * @param neighbour an entry as {@code Neighbours.list} or {@code Fdb.list} returned it; not null
     * @return a request naming that entry
     */
    public static NeighbourRequest from(Neighbour neighbour) {
        NeighbourRequest r = neighbour.family() == AddressFamily.AF_BRIDGE
                ? fdb(neighbour.ifindex(), neighbour.get(NeighbourAttributes.LLADDR))
                : neighbour.hasFlag(NeighbourCodec.NTF_PROXY) ? proxy(neighbour.ifindex(), neighbour.get(NeighbourAttributes.DST))
                : of(neighbour.ifindex(), neighbour.get(NeighbourAttributes.DST));
        int flags = neighbour.flags() & SETTABLE_FLAGS;
        if (neighbour.get(NeighbourAttributes.MASTER) != null
                && (flags & (NeighbourCodec.NTF_SELF | NeighbourCodec.NTF_MASTER)) == 0) {
            flags |= NeighbourCodec.NTF_MASTER; // the bridge reports its table's entries without the flag
        }
        r = new NeighbourRequest(r.family, r.ifindex, neighbour.state(), flags, r.values);
        for (Attribute<?> row : NeighbourAttributes.SET.attributes()) {
            if (row.access() == Access.READ_WRITE && r.get(row) == null && row != NeighbourAttributes.FLAGS_EXT) {
                r = r.copy(row, neighbour.get(row));
            }
        }
        Integer extFlags = neighbour.get(NeighbourAttributes.FLAGS_EXT);
        int settable = extFlags == null ? 0 : extFlags & NeighbourCodec.NTF_EXT_MANAGED;
        return settable == 0 ? r : r.copy(NeighbourAttributes.FLAGS_EXT, settable);
    }

    /** A copy with {@code row} set to a value the kernel reported (no key, so no check is needed). */
    private <T> NeighbourRequest copy(Attribute<T> row, Object value) {
        return value == null ? this : new NeighbourRequest(family, ifindex, state, flags,
                values.with(row, row.valueType().javaType().cast(value)));
    }

    /**
     * A copy with {@code attribute} set (null removes it): any writable row of
     * {@link NeighbourAttributes} but the entry's key, checked as the {@code withX} methods check it.
     *
     * @param <T>       the value's type
     * @param attribute a writable constant of {@link NeighbourAttributes}
     * @param value     the value, or null to send none
     * @return a copy of this request with that change; this one is unchanged
     * @throws IllegalArgumentException for a read-only row, the entry's key, an FDB attribute on an IP
     *                                  entry, or a value out of range
     */
    public <T> NeighbourRequest with(Attribute<T> attribute, T value) {
        check(attribute, value);
        return new NeighbourRequest(family, ifindex, state, flags, values.with(attribute, value));
    }

    private void check(Attribute<?> row, Object value) {
        boolean fdb = family == AddressFamily.AF_BRIDGE;
        if (row == (fdb ? NeighbourAttributes.LLADDR : NeighbourAttributes.DST)) {
            throw new IllegalArgumentException(fdb ? "an FDB entry's MAC is given to fdb(...)"
                    : "an IP entry's address is given to of(...)");
        }
        if (!fdb && (row == NeighbourAttributes.DST || row == NeighbourAttributes.VLAN || row == NeighbourAttributes.PORT
                || row == NeighbourAttributes.VNI || row == NeighbourAttributes.SRC_VNI
                || row == NeighbourAttributes.IFINDEX || row == NeighbourAttributes.FDB_EXT_ATTRS)) {
            throw new IllegalArgumentException("'" + row + "' applies to bridge FDB entries only");
        }
        if (value == null) {
            return;
        }
        if (row == NeighbourAttributes.LLADDR) {
            int length = ((MacAddress) value).length();
            if (length < 1 || length > MAX_ADDR_LEN) {
                throw new IllegalArgumentException("link-layer address must be 1..32 bytes: " + length);
            }
        } else if (row == NeighbourAttributes.VLAN) {
            Arguments.inRange((Integer) value, 1, VLAN_VID_MAX, "VLAN id");
        } else if (row == NeighbourAttributes.VNI || row == NeighbourAttributes.SRC_VNI) {
            Arguments.inRange((Long) value, 0, VNI_MAX, row == NeighbourAttributes.VNI ? "VNI" : "source VNI");
        } else if (row == NeighbourAttributes.PORT) {
            Arguments.inRange((Integer) value, 1, PORT_MAX, "port");
        } else if (row == NeighbourAttributes.IFINDEX) {
            Arguments.ifindex((Integer) value);
        } else if (row == NeighbourAttributes.PROTOCOL) {
            Arguments.u8((Integer) value, "protocol");
        } else if (row == NeighbourAttributes.NH_ID) {
            Arguments.u32((Long) value, "nexthop id");
        }
    }

    /**
     * IP: with link-layer address {@code lladdr} (1..32 bytes; 6 for Ethernet).
     *
     * @param lladdr the link-layer address; not null
     * @return a copy of this request with that change; this one is unchanged
     */
    public NeighbourRequest withLladdr(MacAddress lladdr) {
        return with(NeighbourAttributes.LLADDR, Objects.requireNonNull(lladdr, "lladdr"));
    }

    /**
     * With state {@code NUD_*} ({@code nud permanent|noarp|reachable|stale}).
     *
     * @param state a combination of {@code NUD_*} bits, 0 to 0xffff
     * @return a copy of this request with that change; this one is unchanged
     */
    public NeighbourRequest withState(int state) {
        return new NeighbourRequest(family, ifindex, Arguments.u16(state, "state"), flags, values);
    }

    /**
     * With {@code NTF_*} flags (replacing any set before).
     *
     * @param flags the {@code NTF_*} bits, 0 to 255
     * @return a copy of this request with that change; this one is unchanged
     */
    public NeighbourRequest withFlags(int flags) {
        return new NeighbourRequest(family, ifindex, state, Arguments.u8(flags, "flags"), values);
    }

    /**
     * FDB: in the device's own table ({@code self}, {@code NTF_SELF}).
     *
     * @return a copy of this request with that change; this one is unchanged
     */
    public NeighbourRequest withSelfTable() {
        return fdbOnly("self").withFlags(flags | NeighbourCodec.NTF_SELF);
    }

    /**
     * FDB: in the master bridge's table ({@code master}, {@code NTF_MASTER}).
     *
     * @return a copy of this request with that change; this one is unchanged
     */
    public NeighbourRequest withMasterTable() {
        return fdbOnly("master").withFlags(flags | NeighbourCodec.NTF_MASTER);
    }

    /**
     * FDB: a static entry, as {@code bridge fdb add ... static} sends it ({@code NUD_NOARP |
     * NUD_REACHABLE}).
     *
     * @return a copy of this request with that change; this one is unchanged
     */
    public NeighbourRequest withStaticState() {
        return fdbOnly("static").withState(NeighbourCodec.NUD_NOARP | NeighbourCodec.NUD_REACHABLE);
    }

    /**
     * FDB: the remote VTEP {@code dst} of a VXLAN entry ({@code dst IP}).
     *
     * @param dst the remote VTEP's IPv4 or IPv6 address; not null
     * @return a copy of this request with that change; this one is unchanged
     */
    public NeighbourRequest withDst(InetAddress dst) {
        return with(NeighbourAttributes.DST, Objects.requireNonNull(dst, "dst"));
    }

    /**
     * FDB: VLAN id 1..4094 ({@code vlan V}).
     *
     * @param vlan the VLAN id, 1 to 4094
     * @return a copy of this request with that change; this one is unchanged
     */
    public NeighbourRequest withVlan(int vlan) {
        return with(NeighbourAttributes.VLAN, vlan);
    }

    /**
     * FDB: VXLAN network identifier 0..2^24-1 of the remote ({@code vni N}).
     *
     * @param vni the VNI, 0 to 2^24-1
     * @return a copy of this request with that change; this one is unchanged
     */
    public NeighbourRequest withVni(long vni) {
        return with(NeighbourAttributes.VNI, vni);
    }

    /**
     * FDB: source VNI for collect-metadata devices ({@code src_vni N}).
     *
     * @param srcVni the source VNI, 0 to 2^24-1
     * @return a copy of this request with that change; this one is unchanged
     */
    public NeighbourRequest withSrcVni(long srcVni) {
        return with(NeighbourAttributes.SRC_VNI, srcVni);
    }

    /**
     * FDB: UDP destination port 1..65535 of the remote ({@code port P}).
     *
     * @param port the UDP destination port, 1 to 65535
     * @return a copy of this request with that change; this one is unchanged
     */
    public NeighbourRequest withPort(int port) {
        return with(NeighbourAttributes.PORT, port);
    }

    /**
     * FDB: reach the remote through interface {@code ifindex} ({@code via DEV}, {@code NDA_IFINDEX}).
     *
     * @param ifindex the underlay interface's index, greater than 0
     * @return a copy of this request with that change; this one is unchanged
     */
    public NeighbourRequest withViaIfindex(int ifindex) {
        return with(NeighbourAttributes.IFINDEX, ifindex);
    }

    /**
     * With {@code NDA_PROTOCOL}, the entry's originator ({@code protocol P}).
     *
     * @param protocol an {@code RTPROT_*}-style originator number, 0 to 255
     * @return a copy of this request with that change; this one is unchanged
     */
    public NeighbourRequest withProtocol(int protocol) {
        return with(NeighbourAttributes.PROTOCOL, protocol);
    }

    /** This request, when it is an FDB entry's. */
    private NeighbourRequest fdbOnly(String what) {
        if (family != AddressFamily.AF_BRIDGE) {
            throw new IllegalArgumentException("'" + what + "' applies to bridge FDB entries only");
        }
        return this;
    }

    private static void checkEthernet(MacAddress mac) {
        if (mac.length() != ETH_ALEN) {
            throw new IllegalArgumentException("an FDB entry needs a 6-byte MAC, not " + mac.length() + " bytes");
        }
    }

    /**
     * The value of {@code attribute} in this request.
     *
     * @param <T>       the value's type
     * @param attribute a constant of {@link NeighbourAttributes}
     * @return the value, or null when not set
     */
    public <T> T get(Attribute<T> attribute) {
        return values.get(attribute);
    }

    /** {@return the {@link NeighbourAttributes} values this request sends} */
    public AttributeValues values() {
        return values;
    }

    /** {@return {@code AF_INET}, {@code AF_INET6} or {@code AF_BRIDGE}} */
    public int family() {
        return family;
    }

    /** {@return the interface's index} */
    public int ifindex() {
        return ifindex;
    }

    /** {@return the {@code NUD_*} state bits} */
    public int state() {
        return state;
    }

    /** {@return the {@code NTF_*} flags as given (FDB requests default to {@code self} when written)} */
    public int flags() {
        return flags;
    }

    @Override
    public String toString() {
        return (family == AddressFamily.AF_BRIDGE ? "fdb " + values.get(NeighbourAttributes.LLADDR)
                : "neigh " + values.get(NeighbourAttributes.DST).getHostAddress()) + " dev #" + ifindex;
    }
}
