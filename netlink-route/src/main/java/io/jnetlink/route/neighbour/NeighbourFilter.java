package io.jnetlink.route.neighbour;

import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.internal.Arguments;

/**
 * Which ARP/NDP entries {@code Neighbours.list(filter)} and {@code flush} select: start from
 * {@link #all()} and narrow with the {@code withX} copies,
 * {@code NeighbourFilter.all().withFamily(AF_INET).withIfindex(3)}. The kernel filters by family,
 * interface and master device (under strict checking, the client's default); the library checks
 * family, interface and state again. {@link #withProxies()} selects the proxy entries
 * ({@code ip neigh show proxy}) instead of the neighbours.
 *
 * @param family        {@code AF_INET}, {@code AF_INET6}, or {@code AF_UNSPEC} for both
 * @param ifindex       the interface, or 0 for every interface
 * @param masterIfindex only entries of devices enslaved to this one (a bridge, a VRF), or 0
 * @param states        only entries whose {@code ndm_state} has one of these {@code NUD_*} bits, or -1 for every state
 * @param proxies       true for the proxy entries ({@code NTF_PROXY}) instead of the neighbours
 */
public record NeighbourFilter(int family, int ifindex, int masterIfindex, int states, boolean proxies) {
    private static final NeighbourFilter ALL = new NeighbourFilter(AddressFamily.AF_UNSPEC, 0, 0, -1, false);

    /**
     * Checks the criteria.
     *
     * @param family        {@code AF_INET}, {@code AF_INET6} or {@code AF_UNSPEC}
     * @param ifindex       an interface index, or 0
     * @param masterIfindex a master's interface index, or 0
     * @param states        {@code NUD_*} bits, or -1
     * @param proxies       the proxy entries instead of the neighbours
     * @throws IllegalArgumentException for another family or a negative index
     */
    public NeighbourFilter {
        if (family != AddressFamily.AF_UNSPEC && !AddressFamily.isIp(family)) {
            throw new IllegalArgumentException("neighbour family must be AF_UNSPEC, AF_INET or AF_INET6 (FDB entries are on"
                    + " Rtnl.fdb()): " + family);
        }
        Arguments.ifindexFilter(ifindex);
        Arguments.ifindexFilter(masterIfindex);
    }

    /** {@return the filter that selects every ARP and NDP entry} */
    public static NeighbourFilter all() {
        return ALL;
    }

    /** {@return true when this filter selects every neighbour entry} */
    public boolean selectsAll() {
        return equals(ALL);
    }

    /**
     * Only entries of {@code family} ({@code ip -4 neigh}).
     *
     * @param family {@code AF_INET}, {@code AF_INET6}, or {@code AF_UNSPEC} for both
     * @return a copy with that criterion
     */
    public NeighbourFilter withFamily(int family) {
        return new NeighbourFilter(family, ifindex, masterIfindex, states, proxies);
    }

    /**
     * Only entries on interface {@code ifindex} ({@code ip neigh show dev D}).
     *
     * @param ifindex the interface's index, or 0 for every interface
     * @return a copy with that criterion
     */
    public NeighbourFilter withIfindex(int ifindex) {
        return new NeighbourFilter(family, ifindex, masterIfindex, states, proxies);
    }

    /**
     * Only entries of the devices enslaved to {@code masterIfindex} ({@code ip neigh show master M}).
     *
     * @param masterIfindex the master's index, or 0 for every device
     * @return a copy with that criterion
     */
    public NeighbourFilter withMasterIfindex(int masterIfindex) {
        return new NeighbourFilter(family, ifindex, masterIfindex, states, proxies);
    }

    /**
     * Only entries in one of the states {@code nud} ({@code ip neigh show nud stale}).
     *
     * @param nud {@code NUD_*} bits, or -1 for every state
     * @return a copy with that criterion
     */
    public NeighbourFilter withStates(int nud) {
        return new NeighbourFilter(family, ifindex, masterIfindex, nud, proxies);
    }

    /**
     * The proxy entries ({@code ip neigh show proxy}) instead of the neighbours.
     *
     * @return a copy with that criterion
     */
    public NeighbourFilter withProxies() {
        return new NeighbourFilter(family, ifindex, masterIfindex, states, true);
    }

    /**
     * Whether the filter selects {@code neighbour} by the criteria the library checks (family,
     * interface, state, proxy); the master device is the kernel's to check.
     *
     * @param neighbour an entry as the kernel reported it; not null
     * @return true when those criteria hold
     */
    public boolean test(Neighbour neighbour) {
        return (family == AddressFamily.AF_UNSPEC || family == neighbour.family())
                && (ifindex == 0 || ifindex == neighbour.ifindex())
                && (states == -1 || (neighbour.state() & states) != 0)
                && proxies == neighbour.hasFlag(NeighbourCodec.NTF_PROXY);
    }
}
