package io.jnetlink.route.link;

import io.jnetlink.core.attr.AttributeRecord;
import io.jnetlink.core.attr.AttributeValues;

/**
 * The options of an {@code ipvlan} or {@code ipvtap} link ({@code IFLA_INFO_DATA}; the two kinds
 * share {@link IpvlanAttributes}), read and set with the table's constants:
 * {@code ipvlan.get(IpvlanAttributes.MODE)};
 * {@code IpvlanData.of(IpvlanData.IPVLAN_MODE_L2).with(IpvlanAttributes.FLAGS, IpvlanData.IPVLAN_F_VEPA)}
 * for a request, which sends only what is set.
 *
 * @param kind   {@code "ipvlan"} or {@code "ipvtap"}
 * @param values the {@link IpvlanAttributes#SET} values
 */
public record IpvlanData(String kind, AttributeValues values) implements LinkData, AttributeRecord<IpvlanData> {
    /** {@code IPVLAN_MODE_L2}: the link switches frames by MAC address. */
    public static final int IPVLAN_MODE_L2 = 0;
    /** {@code IPVLAN_MODE_L3}: the link routes packets by IP address (the kernel's default). */
    public static final int IPVLAN_MODE_L3 = 1;
    /** {@code IPVLAN_MODE_L3S}: as L3, with the packets passing netfilter in the link's namespace. */
    public static final int IPVLAN_MODE_L3S = 2;
    /** {@code IPVLAN_F_PRIVATE}: siblings cannot talk to each other. */
    public static final int IPVLAN_F_PRIVATE = 0x01;
    /** {@code IPVLAN_F_VEPA}: siblings talk through the external switch. */
    public static final int IPVLAN_F_VEPA = 0x02;

    /**
     * Checks the kind and that the values are ipvlan options.
     *
     * @param kind   {@code "ipvlan"} or {@code "ipvtap"}
     * @param values the {@link IpvlanAttributes#SET} values
     * @throws IllegalArgumentException for another kind or set
     */
    public IpvlanData {
        if (!IpvlanCodec.KIND.equals(kind) && !IpvtapCodec.KIND.equals(kind)) {
            throw new IllegalArgumentException("kind must be ipvlan or ipvtap: " + kind);
        }
        if (values.set() != IpvlanAttributes.SET) {
            throw new IllegalArgumentException(values.set() + " values are not ipvlan options");
        }
    }

    /** {@return the options of an {@code ipvlan} with nothing set} */
    public static IpvlanData of() {
        return new IpvlanData(IpvlanCodec.KIND, IpvlanAttributes.SET.empty());
    }

    /**
     * An {@code ipvlan} in {@code mode} ({@code ip link add ... type ipvlan mode M}).
     *
     * @param mode an {@code IPVLAN_MODE_*} value
     * @return the options
     * @throws IllegalArgumentException unless {@code mode} is one of the {@code IPVLAN_MODE_*} values
     */
    public static IpvlanData of(int mode) {
        return of().with(IpvlanAttributes.MODE, mode);
    }

    /**
     * An {@code ipvtap} in {@code mode} ({@code ip link add ... type ipvtap mode M}).
     *
     * @param mode an {@code IPVLAN_MODE_*} value
     * @return the options
     * @throws IllegalArgumentException unless {@code mode} is one of the {@code IPVLAN_MODE_*} values
     */
    public static IpvlanData ipvtap(int mode) {
        return new IpvlanData(IpvtapCodec.KIND, IpvlanAttributes.SET.empty()).with(IpvlanAttributes.MODE, mode);
    }

    /** {@inheritDoc} The copy is of the same kind. */
    @Override
    public IpvlanData withValues(AttributeValues values) {
        return new IpvlanData(kind, values);
    }
}
