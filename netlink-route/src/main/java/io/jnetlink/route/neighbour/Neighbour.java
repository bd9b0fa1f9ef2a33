package io.jnetlink.route.neighbour;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeHolder;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.core.attr.ValueType;
import java.util.Objects;

/**
 * One neighbour entry as the kernel reports it ({@code RTM_NEWNEIGH}): an ARP or NDP entry
 * ({@code AF_INET}, {@code AF_INET6}) or a bridge FDB entry ({@code AF_BRIDGE}). The {@code ndmsg}
 * header as accessors and the {@link NeighbourAttributes} through {@link #get(Attribute)} (null when
 * the kernel did not send one). Immutable. {@code equals} compares everything, the ages in
 * {@link NeighbourAttributes#CACHEINFO} and the probe count included, which change between dumps: to
 * find the same entry again compare family, ifindex and {@code DST} (FDB: ifindex, {@code LLADDR}
 * and {@code VLAN}).
 *
 * @param family  {@code ndm_family}: {@code AF_INET}, {@code AF_INET6} or {@code AF_BRIDGE}
 * @param ifindex {@code ndm_ifindex}: the device the entry belongs to
 * @param state   {@code ndm_state}: {@code NUD_*} bits
 * @param flags   {@code ndm_flags}: {@code NTF_*} bits
 * @param type    {@code ndm_type}
 * @param values  the {@link NeighbourAttributes} values, unknown attributes kept raw
 */
public record Neighbour(int family, int ifindex, int state, int flags, int type, AttributeValues values) implements AttributeHolder {
    /**
     * Checks that the values are neighbour attributes.
     *
     * @param family  {@code ndm_family}
     * @param ifindex {@code ndm_ifindex}
     * @param state   {@code ndm_state}
     * @param flags   {@code ndm_flags}
     * @param type    {@code ndm_type}
     * @param values  {@link NeighbourAttributes#SET} values; not null
     */
    public Neighbour {
        if (Objects.requireNonNull(values, "values").set() != NeighbourAttributes.SET) {
            throw new IllegalArgumentException(values.set() + " values are not neighbour attributes");
        }
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
     * {@code struct nda_cacheinfo}: ages in centiseconds (clock ticks of {@code USER_HZ} = 100) since
     * the entry was last confirmed, used and updated, and its reference count.
     *
     * @param confirmed {@code ndm_confirmed}
     * @param used      {@code ndm_used}
     * @param updated   {@code ndm_updated}
     * @param refcnt    {@code ndm_refcnt}
     */
    public record CacheInfo(long confirmed, long used, long updated, long refcnt) {
        /** {@code struct nda_cacheinfo} as an attribute value: four host-order {@code u32}. */
        public static final ValueType<CacheInfo> TYPE = ValueType.u32Struct(CacheInfo.class, 4,
                m -> new CacheInfo(m[0], m[1], m[2], m[3]), c -> new long[] {c.confirmed, c.used, c.updated, c.refcnt});
    }
}
