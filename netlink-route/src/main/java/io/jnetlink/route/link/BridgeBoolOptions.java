package io.jnetlink.route.link;

import io.jnetlink.core.attr.ValueType;

/**
 * {@code struct br_boolopt_multi} of {@code IFLA_BR_MULTI_BOOLOPT}: bit {@code n} is the
 * bridge boolean option {@code n} of linux/if_bridge.h ({@code BR_BOOLOPT_NO_LL_LEARN} = 0,
 * {@code BR_BOOLOPT_MCAST_VLAN_SNOOPING} = 1, ...).
 *
 * @param values the option values ({@code optval})
 * @param mask   which options {@code values} sets ({@code optmask}); all of them in replies
 */
public record BridgeBoolOptions(int values, int mask) {
    /** {@code BR_BOOLOPT_NO_LL_LEARN}: do not learn from link-local frames. */
    public static final int BR_BOOLOPT_NO_LL_LEARN = 0;
    /** {@code BR_BOOLOPT_MCAST_VLAN_SNOOPING}: per-VLAN multicast snooping. */
    public static final int BR_BOOLOPT_MCAST_VLAN_SNOOPING = 1;

    /**
     * Whether option {@code option} is on.
     *
     * @param option a {@code BR_BOOLOPT_*} number, 0 to 31
     * @return true when the option is on
     */
    public boolean isSet(int option) {
        return (values & (1 << option)) != 0;
    }

    /** {@code struct br_boolopt_multi} as an attribute value. */
    public static final ValueType<BridgeBoolOptions> TYPE = ValueType.of(BridgeBoolOptions.class,
            a -> new BridgeBoolOptions(a.s32(), U32Pair.second(a, 0)),
            (w, type, v) -> w.attrBytes(type, U32Pair.encode(v.values(), v.mask())));
}
