package io.jnetlink.route.neighbour;

import io.jnetlink.route.internal.Arguments;

/**
 * What the kernel deletes in one bulk request ({@code bridge fdb flush dev DEV ...},
 * {@code RTM_DELNEIGH} with {@code NLM_F_BULK}): the entries of a bridge or VXLAN device, narrowed
 * by port, VLAN, and state and flag bits compared under masks. Immutable; each {@code with} method
 * returns a checked copy.
 *
 * <pre>{@code
 * FdbFlush.of(bridge).withPort(port).withVlan(10)                                  // every entry of port on VLAN 10
 * FdbFlush.of(bridge).withStates(0, NeighbourCodec.NUD_NOARP | NeighbourCodec.NUD_PERMANENT)   // learned entries only
 * FdbFlush.of(bridge).withFlags(NeighbourCodec.NTF_EXT_LEARNED, NeighbourCodec.NTF_EXT_LEARNED)
 * }</pre>
 *
 * @param ifindex   the bridge or VXLAN device whose table is flushed, greater than 0
 * @param table     {@code NTF_SELF} (the device's own table, the default) and/or {@code NTF_MASTER}
 * @param port      the port whose entries go ({@code NDA_IFINDEX}), or 0 for every port
 * @param vlan      the VLAN whose entries go, 0 to 4095, or -1 for every VLAN
 * @param states    {@code NUD_*} bits the entries must have within {@code stateMask}
 * @param stateMask which {@code NUD_*} bits are compared; 0 for none
 * @param flags     {@code NTF_*} bits the entries must have within {@code flagMask}
 * @param flagMask  which {@code NTF_*} bits are compared; 0 for none
 */
public record FdbFlush(int ifindex, int table, int port, int vlan, int states, int stateMask, int flags,
                       int flagMask) {
    private static final int VLAN_MAX = 4095;

    /**
     * Checks the fields.
     *
     * @param ifindex   the bridge or VXLAN device, greater than 0
     * @param table     {@code NTF_SELF} and/or {@code NTF_MASTER}
     * @param port      the port, or 0 for every port
     * @param vlan      the VLAN, 0 to 4095, or -1 for every VLAN
     * @param states    {@code NUD_*} bits wanted within {@code stateMask}
     * @param stateMask {@code NUD_*} bits compared
     * @param flags     {@code NTF_*} bits wanted within {@code flagMask}
     * @param flagMask  {@code NTF_*} bits compared
     * @throws IllegalArgumentException for an index, VLAN, bit set or table out of range
     */
    public FdbFlush {
        Arguments.ifindex(ifindex);
        if ((table & ~(NeighbourCodec.NTF_SELF | NeighbourCodec.NTF_MASTER)) != 0 || table == 0) {
            throw new IllegalArgumentException("table must be NTF_SELF and/or NTF_MASTER: " + table);
        }
        Arguments.ifindexFilter(port);
        Arguments.inRange(vlan, -1, VLAN_MAX, "VLAN id (-1: any)");
        Arguments.u16(states, "states");
        Arguments.u16(stateMask, "state mask");
        Arguments.u8(flags, "flags");
        Arguments.u8(flagMask, "flag mask");
    }

    /**
     * Every entry in the own table of {@code ifindex}.
     *
     * @param ifindex the bridge or VXLAN device, greater than 0
     * @return the selection
     */
    public static FdbFlush of(int ifindex) {
        return new FdbFlush(ifindex, NeighbourCodec.NTF_SELF, 0, -1, 0, 0, 0, 0);
    }

    /**
     * In {@code table} instead: {@code NTF_SELF}, {@code NTF_MASTER} or both ({@code self}, {@code master}).
     *
     * @param table the {@code NTF_SELF}/{@code NTF_MASTER} bits
     * @return a copy with that change
     */
    public FdbFlush withTable(int table) {
        return new FdbFlush(ifindex, table, port, vlan, states, stateMask, flags, flagMask);
    }

    /**
     * Only the entries of bridge port {@code port} ({@code brport DEV}).
     *
     * @param port the port's index, greater than 0
     * @return a copy with that change
     */
    public FdbFlush withPort(int port) {
        return new FdbFlush(ifindex, table, Arguments.ifindex(port), vlan, states, stateMask, flags, flagMask);
    }

    /**
     * Only the entries of {@code vlan} ({@code vlan VID}; the kernel takes 1 to 4094).
     *
     * @param vlan the VLAN id, 0 to 4095
     * @return a copy with that change
     */
    public FdbFlush withVlan(int vlan) {
        return new FdbFlush(ifindex, table, port, vlan, states, stateMask, flags, flagMask);
    }

    /**
     * Only the entries whose {@code NUD_*} state bits within {@code mask} equal {@code states}
     * ({@code [no]permanent}, {@code [no]static}, {@code [no]dynamic}).
     *
     * @param states the bits wanted
     * @param mask   the bits compared
     * @return a copy with that change
     */
    public FdbFlush withStates(int states, int mask) {
        return new FdbFlush(ifindex, table, port, vlan, states, mask, flags, flagMask);
    }

    /**
     * Only the entries whose {@code NTF_*} flag bits within {@code mask} equal {@code flags}
     * ({@code [no]added_by_user}, {@code [no]extern_learn}, {@code [no]sticky}, {@code [no]offloaded}).
     *
     * @param flags the bits wanted
     * @param mask  the bits compared
     * @return a copy with that change
     */
    public FdbFlush withFlags(int flags, int mask) {
        return new FdbFlush(ifindex, table, port, vlan, states, stateMask, flags, mask);
    }
}
