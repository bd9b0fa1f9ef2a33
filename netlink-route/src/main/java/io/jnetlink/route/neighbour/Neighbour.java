package io.jnetlink.route.neighbour;

import io.jnetlink.core.MacAddress;
import io.jnetlink.route.RawAttribute;
import java.net.InetAddress;
import java.util.List;

/**
 * One neighbour entry as the kernel reports it ({@code RTM_NEWNEIGH}): an ARP or NDP entry
 * ({@code AF_INET}, {@code AF_INET6}) or a bridge FDB entry ({@code AF_BRIDGE}). Decoded once,
 * immutable; absent values are null, 0 (interface indexes) or -1 (other numbers).
 * {@code equals} compares every component, the ages in {@code cacheInfo} and the probe count
 * included, which change between dumps: to find the same entry again compare family, ifindex
 * and destination (FDB: ifindex, MAC address and VLAN).
 *
 * @param family       {@code AF_INET}, {@code AF_INET6} or {@code AF_BRIDGE}
 * @param ifindex      {@code ndm_ifindex}
 * @param state        {@code NUD_*} bits
 * @param flags        {@code NTF_*} bits of {@code ndm_flags}
 * @param extFlags     {@code NDA_FLAGS_EXT} ({@code NTF_EXT_*}), 0 when absent
 * @param type         {@code ndm_type}
 * @param dst          {@code NDA_DST}: the neighbour's IP, or a VXLAN FDB entry's remote
 * @param lladdr       {@code NDA_LLADDR}
 * @param vlan         {@code NDA_VLAN}, or -1
 * @param vni          {@code NDA_VNI}, or -1
 * @param srcVni       {@code NDA_SRC_VNI}, or -1
 * @param port         {@code NDA_PORT} (UDP port of a VXLAN remote), or -1
 * @param master       {@code NDA_MASTER}: the bridge of a port's FDB entry, or 0
 * @param viaIfindex   {@code NDA_IFINDEX}: device to reach a VXLAN remote through, or 0
 * @param linkNetnsId  {@code NDA_LINK_NETNSID}, or -1
 * @param probes       {@code NDA_PROBES}, or -1
 * @param protocol     {@code NDA_PROTOCOL}, or -1
 * @param cacheInfo    {@code NDA_CACHEINFO}, or null
 * @param unknown      attributes not decoded above, as received
 */
public record Neighbour(int family, int ifindex, int state, int flags, int extFlags, int type, InetAddress dst,
                        MacAddress lladdr, int vlan, long vni, long srcVni, int port, int master, int viaIfindex,
                        int linkNetnsId, long probes, int protocol, CacheInfo cacheInfo, List<RawAttribute> unknown) {
    /**
     * Copies the collections so the record stays immutable.
     *
     * @param family       {@code AF_INET}, {@code AF_INET6} or {@code AF_BRIDGE}
     * @param ifindex      {@code ndm_ifindex}
     * @param state        {@code NUD_*} bits
     * @param flags        {@code NTF_*} bits of {@code ndm_flags}
     * @param extFlags     {@code NDA_FLAGS_EXT} ({@code NTF_EXT_*}), 0 when absent
     * @param type         {@code ndm_type}
     * @param dst          {@code NDA_DST}: the neighbour's IP, or a VXLAN FDB entry's remote
     * @param lladdr       {@code NDA_LLADDR}
     * @param vlan         {@code NDA_VLAN}, or -1
     * @param vni          {@code NDA_VNI}, or -1
     * @param srcVni       {@code NDA_SRC_VNI}, or -1
     * @param port         {@code NDA_PORT} (UDP port of a VXLAN remote), or -1
     * @param master       {@code NDA_MASTER}: the bridge of a port's FDB entry, or 0
     * @param viaIfindex   {@code NDA_IFINDEX}: device to reach a VXLAN remote through, or 0
     * @param linkNetnsId  {@code NDA_LINK_NETNSID}, or -1
     * @param probes       {@code NDA_PROBES}, or -1
     * @param protocol     {@code NDA_PROTOCOL}, or -1
     * @param cacheInfo    {@code NDA_CACHEINFO}, or null
     * @param unknown      attributes not decoded above, as received
     */
    public Neighbour {
        unknown = List.copyOf(unknown);
    }

    /**
     * True when {@code state} has any bit of {@code nud}.
     *
     * @param nud one or more {@code NUD_*} bits
     * @return true when {@link #state()} has any of them
     */
    public boolean hasState(int nud) {
        return (state & nud) != 0;
    }

    /**
     * True when {@code flags} has {@code ntf}.
     *
     * @param ntf an {@code NTF_*} bit
     * @return true when {@link #flags()} has it
     */
    public boolean hasFlag(int ntf) {
        return (flags & ntf) != 0;
    }

    /**
     * {@code struct nda_cacheinfo}: ages in centiseconds (clock ticks of {@code USER_HZ} = 100) since the entry was
     * last confirmed, used and updated, and its reference count.
     *
     * @param confirmed {@code ndm_confirmed}
     * @param used      {@code ndm_used}
     * @param updated   {@code ndm_updated}
     * @param refcnt    {@code ndm_refcnt}
     */
    public record CacheInfo(long confirmed, long used, long updated, long refcnt) {
    }
}
