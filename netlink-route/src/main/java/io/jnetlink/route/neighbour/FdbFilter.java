package io.jnetlink.route.neighbour;

import io.jnetlink.route.internal.Arguments;

/**
 * Which bridge FDB entries {@code Fdb.list(filter)} and {@code flush} select: start from
 * {@link #all()} and narrow with the {@code withX} copies,
 * {@code FdbFilter.all().withMasterIfindex(br0).withVlan(10)}. The kernel filters by device and
 * bridge (under strict checking, the client's default); the library checks device, VLAN and state
 * again. Without strict checking the bridge criterion can only keep what an entry shows: the
 * bridge's own entries and those naming it in {@code NDA_MASTER} (not a port's {@code self} ones).
 *
 * @param ifindex       the device whose entries to keep (a port, a bridge, a VXLAN device), or 0 for every device
 * @param masterIfindex the bridge whose own and ports' entries to keep ({@code bridge fdb show br B}), or 0
 * @param vlan          the VLAN id, or 0 for every VLAN
 * @param states        only entries whose {@code ndm_state} has one of these {@code NUD_*} bits, or -1 for every state
 */
public record FdbFilter(int ifindex, int masterIfindex, int vlan, int states) {
    private static final FdbFilter ALL = new FdbFilter(0, 0, 0, -1);
    private static final int VLAN_VID_MAX = 4094;

    /**
     * Checks the criteria.
     *
     * @param ifindex       an interface index, or 0
     * @param masterIfindex a bridge's interface index, or 0
     * @param vlan          1 to 4094, or 0
     * @param states        {@code NUD_*} bits, or -1
     * @throws IllegalArgumentException for a negative index or a VLAN id out of range
     */
    public FdbFilter {
        Arguments.ifindexFilter(ifindex);
        Arguments.ifindexFilter(masterIfindex);
        Arguments.inRange(vlan, 0, VLAN_VID_MAX, "VLAN id");
    }

    /** {@return the filter that selects every FDB entry} */
    public static FdbFilter all() {
        return ALL;
    }

    /** {@return true when this filter selects every entry} */
    public boolean selectsAll() {
        return equals(ALL);
    }

    /**
     * Only the entries of device {@code ifindex} ({@code bridge fdb show dev D}).
     *
     * @param ifindex a bridge port, a bridge or a VXLAN device, or 0 for every device
     * @return a copy with that criterion
     */
    public FdbFilter withIfindex(int ifindex) {
        return new FdbFilter(ifindex, masterIfindex, vlan, states);
    }

    /**
     * Only the entries of bridge {@code masterIfindex} and of its ports ({@code bridge fdb show br B}).
     *
     * @param masterIfindex the bridge's index, or 0 for every device
     * @return a copy with that criterion
     */
    public FdbFilter withMasterIfindex(int masterIfindex) {
        return new FdbFilter(ifindex, masterIfindex, vlan, states);
    }

    /**
     * Only the entries of VLAN {@code vlan} ({@code bridge fdb show vlan V}).
     *
     * @param vlan the VLAN id, 1 to 4094, or 0 for every VLAN
     * @return a copy with that criterion
     */
    public FdbFilter withVlan(int vlan) {
        return new FdbFilter(ifindex, masterIfindex, vlan, states);
    }

    /**
     * Only the entries in one of the states {@code nud} ({@code NUD_PERMANENT} for local ones,
     * {@code NUD_NOARP} for static ones, {@code NUD_REACHABLE} for learned ones).
     *
     * @param nud {@code NUD_*} bits, or -1 for every state
     * @return a copy with that criterion
     */
    public FdbFilter withStates(int nud) {
        return new FdbFilter(ifindex, masterIfindex, vlan, nud);
    }

    /**
     * Whether the filter selects {@code entry} by device, VLAN and state; the bridge criterion is
     * the kernel's to check (see {@link #showsMaster}).
     *
     * @param entry an FDB entry as the kernel reported it; not null
     * @return true when those criteria hold
     */
    public boolean test(Neighbour entry) {
        Integer entryVlan = entry.get(NeighbourAttributes.VLAN);
        return (ifindex == 0 || ifindex == entry.ifindex())
                && (vlan == 0 || entryVlan != null && entryVlan == vlan)
                && (states == -1 || (entry.state() & states) != 0);
    }

    /**
     * Whether {@code entry} shows that it belongs to the bridge criterion: the bridge's own entry,
     * or one naming it in {@code NDA_MASTER}. What a client without strict checking, whose kernel
     * ignores the criterion, can check.
     *
     * @param entry an FDB entry as the kernel reported it; not null
     * @return true without a bridge criterion, or when the entry shows the bridge
     */
    public boolean showsMaster(Neighbour entry) {
        Integer master = entry.get(NeighbourAttributes.MASTER);
        return masterIfindex == 0 || masterIfindex == entry.ifindex() || master != null && master == masterIfindex;
    }
}
