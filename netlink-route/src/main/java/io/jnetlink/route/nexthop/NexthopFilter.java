package io.jnetlink.route.nexthop;

import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.internal.Arguments;

/**
 * Which nexthops {@code Nexthops.list(filter)} and {@code flush} select:
 * {@code NexthopFilter.all().withIfindex(3)}. The kernel filters by device, master, family and
 * groups itself (a device, master or family selects single nexthops only, never groups, as the
 * kernel's dump does); the library applies the same filter to what comes back, and filters by
 * protocol and {@link #fdb()} itself. The master device is checked by the kernel alone: a
 * {@link Nexthop} does not say it.
 *
 * @param family        {@code AF_INET}, {@code AF_INET6}, or {@code AF_UNSPEC} for any
 * @param ifindex       the output device, or 0 for any
 * @param masterIfindex the master of the output device, or 0 for any
 * @param groups        true: groups only
 * @param fdb           true: FDB nexthops only ({@code NHA_FDB}, sent as ip sends it, though
 *                      kernels up to at least 6.18 do not filter by it)
 * @param protocol      the {@code RTPROT_*} protocol, or -1 for any
 */
public record NexthopFilter(int family, int ifindex, int masterIfindex, boolean groups, boolean fdb, int protocol) {
    private static final NexthopFilter ALL = new NexthopFilter(AddressFamily.AF_UNSPEC, 0, 0, false, false, -1);

    /**
     * Checks the fields.
     *
     * @param family        {@code AF_INET}, {@code AF_INET6}, or {@code AF_UNSPEC}
     * @param ifindex       an interface index, or 0 for any
     * @param masterIfindex an interface index, or 0 for any
     * @param groups        groups only
     * @param fdb           FDB nexthops only
     * @param protocol      0 to 255, or -1 for any
     * @throws IllegalArgumentException when a field is out of range
     */
    public NexthopFilter {
        if (family != AddressFamily.AF_UNSPEC && !AddressFamily.isIp(family)) {
            throw new IllegalArgumentException("nexthop family must be AF_UNSPEC, AF_INET or AF_INET6: " + family);
        }
        Arguments.ifindexFilter(ifindex);
        Arguments.ifindexFilter(masterIfindex);
        Arguments.inRange(protocol, -1, 0xff, "protocol");
    }

    /** {@return the filter that selects every nexthop} */
    public static NexthopFilter all() {
        return ALL;
    }

    /** {@return true when this filter selects every nexthop} */
    public boolean selectsAll() {
        return equals(ALL);
    }

    /**
     * Only single nexthops of {@code family}.
     *
     * @param family {@code AF_INET}, {@code AF_INET6}, or {@code AF_UNSPEC} for any
     * @return the narrowed filter
     */
    public NexthopFilter withFamily(int family) {
        return new NexthopFilter(family, ifindex, masterIfindex, groups, fdb, protocol);
    }

    /**
     * Only single nexthops through device {@code ifindex} ({@code ip nexthop list dev D}).
     *
     * @param ifindex an interface index, or 0 for any
     * @return the narrowed filter
     */
    public NexthopFilter withIfindex(int ifindex) {
        return new NexthopFilter(family, ifindex, masterIfindex, groups, fdb, protocol);
    }

    /**
     * Only single nexthops whose device is enslaved to {@code masterIfindex} ({@code master D}).
     *
     * @param masterIfindex an interface index, or 0 for any
     * @return the narrowed filter
     */
    public NexthopFilter withMasterIfindex(int masterIfindex) {
        return new NexthopFilter(family, ifindex, masterIfindex, groups, fdb, protocol);
    }

    /**
     * Only groups ({@code groups}).
     *
     * @return the narrowed filter
     */
    public NexthopFilter withGroups() {
        return new NexthopFilter(family, ifindex, masterIfindex, true, fdb, protocol);
    }

    /**
     * Only FDB nexthops and groups ({@code fdb}).
     *
     * @return the narrowed filter
     */
    public NexthopFilter withFdb() {
        return new NexthopFilter(family, ifindex, masterIfindex, groups, true, protocol);
    }

    /**
     * Only nexthops installed by {@code protocol} ({@code protocol P}).
     *
     * @param protocol an {@code RTPROT_*} value 0 to 255, or -1 for any
     * @return the narrowed filter
     */
    public NexthopFilter withProtocol(int protocol) {
        return new NexthopFilter(family, ifindex, masterIfindex, groups, fdb, protocol);
    }

    /**
     * Whether {@code nexthop} passes the filter (the master device is left to the kernel).
     *
     * @param nexthop a nexthop; not null
     * @return true when every field the filter sets matches
     */
    public boolean test(Nexthop nexthop) {
        if (groups && !nexthop.isGroup() || fdb && !nexthop.isFdb()
                || protocol >= 0 && nexthop.protocol() != protocol) {
            return false;
        }
        if (ifindex == 0 && masterIfindex == 0 && family == AddressFamily.AF_UNSPEC) {
            return true;
        }
        return !nexthop.isGroup() && (family == AddressFamily.AF_UNSPEC || nexthop.family() == family)
                && (ifindex == 0 || nexthop.ifindex() == ifindex);
    }
}
