package io.jnetlink.route.address;

import io.jnetlink.route.RawAttribute;
import java.net.InetAddress;
import java.util.List;

/**
 * One interface address as the kernel reports it ({@code RTM_NEWADDR}), decoded once and
 * immutable. Absent attributes are null (addresses, label, cache info) or -1 (numbers).
 * {@code equals} compares every component, the lifetimes in {@code cacheInfo} included, which
 * count down between dumps: to find the same address again compare family, index, address and
 * prefix length.
 *
 * @param family        {@code AF_INET} or {@code AF_INET6}
 * @param prefixLength  {@code ifa_prefixlen}
 * @param flags         {@code IFA_F_*}: {@code IFA_FLAGS} when present (it overrides the 8-bit header field)
 * @param scope         {@code RT_SCOPE_*}
 * @param index         interface index
 * @param label         {@code IFA_LABEL} (IPv4 only), or null
 * @param local         {@code IFA_LOCAL}, the interface's own address, or null (IPv6 without a peer)
 * @param address       {@code IFA_ADDRESS}: the prefix address, or the peer on point-to-point links
 * @param broadcast     {@code IFA_BROADCAST}, or null
 * @param anycast       {@code IFA_ANYCAST}, or null
 * @param multicast     {@code IFA_MULTICAST}, or null
 * @param cacheInfo     lifetimes and timestamps from {@code IFA_CACHEINFO}, or null
 * @param protocol      {@code IFA_PROTO} ({@code IFAPROT_*}), or -1
 * @param routePriority {@code IFA_RT_PRIORITY}, the metric of the prefix route, or -1
 * @param unknown       attributes not decoded above, as received
 */
public record Addr(int family, int prefixLength, int flags, int scope, int index, String label,
                   InetAddress local, InetAddress address, InetAddress broadcast, InetAddress anycast,
                   InetAddress multicast, CacheInfo cacheInfo, int protocol, long routePriority,
                   List<RawAttribute> unknown) {
    /**
     * Copies the collections so the record stays immutable.
     *
     * @param family        {@code AF_INET} or {@code AF_INET6}
     * @param prefixLength  {@code ifa_prefixlen}
     * @param flags         {@code IFA_F_*}: {@code IFA_FLAGS} when present (it overrides the 8-bit header field)
     * @param scope         {@code RT_SCOPE_*}
     * @param index         interface index
     * @param label         {@code IFA_LABEL} (IPv4 only), or null
     * @param local         {@code IFA_LOCAL}, the interface's own address, or null (IPv6 without a peer)
     * @param address       {@code IFA_ADDRESS}: the prefix address, or the peer on point-to-point links
     * @param broadcast     {@code IFA_BROADCAST}, or null
     * @param anycast       {@code IFA_ANYCAST}, or null
     * @param multicast     {@code IFA_MULTICAST}, or null
     * @param cacheInfo     lifetimes and timestamps from {@code IFA_CACHEINFO}, or null
     * @param protocol      {@code IFA_PROTO} ({@code IFAPROT_*}), or -1
     * @param routePriority {@code IFA_RT_PRIORITY}, the metric of the prefix route, or -1
     * @param unknown       attributes not decoded above, as received
     */
    public Addr {
        unknown = List.copyOf(unknown);
    }

    /**
     * The address configured on the interface: {@code IFA_LOCAL} when present, otherwise
     * {@code IFA_ADDRESS} (IPv6 sends only the latter unless a peer is set).
     *
     * @return the address; never null
     */
    public InetAddress localAddress() {
        return local != null ? local : address;
    }

    /** {@return the peer of a point-to-point address ({@code IFA_ADDRESS} differing from {@code IFA_LOCAL}), or null} */
    public InetAddress peer() {
        return local != null && address != null && !local.equals(address) ? address : null;
    }

    /**
     * True when {@code flag} (an {@code IFA_F_*} bit) is set.
     *
     * @param flag an {@code IFA_F_*} bit
     * @return true when it is set
     */
    public boolean hasFlag(int flag) {
        return (flags & flag) != 0;
    }

    /**
     * {@code struct ifa_cacheinfo}: lifetimes in seconds ({@link AddrCodec#INFINITY_LIFE_TIME}
     * for forever) and timestamps in centiseconds since boot.
     *
     * @param preferredLifetime {@code ifa_prefered}
     * @param validLifetime     {@code ifa_valid}
     * @param created           {@code cstamp}
     * @param updated           {@code tstamp}
     */
    public record CacheInfo(long preferredLifetime, long validLifetime, long created, long updated) {
    }
}
