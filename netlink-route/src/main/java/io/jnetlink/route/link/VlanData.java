package io.jnetlink.route.link;

import io.jnetlink.core.attr.AttributeRecord;
import io.jnetlink.core.attr.AttributeValues;

/**
 * The options of a {@code vlan} link ({@code IFLA_INFO_DATA}), read and set with the
 * {@link VlanAttributes} constants: {@code vlan.get(VlanAttributes.ID)};
 * {@code VlanData.of(10).with(VlanAttributes.PROTOCOL, VlanData.ETH_P_8021AD)} for a request,
 * which sends only what is set.
 *
 * @param values the {@link VlanAttributes#SET} values
 */
public record VlanData(AttributeValues values) implements LinkData, AttributeRecord<VlanData> {
    /** {@code ETH_P_8021Q} (linux/if_ether.h): an 802.1Q tag, a value of {@link VlanAttributes#PROTOCOL}. */
    public static final int ETH_P_8021Q = 0x8100;
    /** {@code ETH_P_8021AD} (linux/if_ether.h): an 802.1ad (QinQ) tag. */
    public static final int ETH_P_8021AD = 0x88a8;
    /** {@code VLAN_FLAG_REORDER_HDR}: the default, headers are reordered on receive. */
    public static final int VLAN_FLAG_REORDER_HDR = 0x1;
    /** {@code VLAN_FLAG_GVRP}. */
    public static final int VLAN_FLAG_GVRP = 0x2;
    /** {@code VLAN_FLAG_LOOSE_BINDING}. */
    public static final int VLAN_FLAG_LOOSE_BINDING = 0x4;
    /** {@code VLAN_FLAG_MVRP}. */
    public static final int VLAN_FLAG_MVRP = 0x8;
    /** {@code VLAN_FLAG_BRIDGE_BINDING}. */
    public static final int VLAN_FLAG_BRIDGE_BINDING = 0x10;

    /**
     * Checks that the values are VLAN options.
     *
     * @param values the {@link VlanAttributes#SET} values
     */
    public VlanData {
        if (values.set() != VlanAttributes.SET) {
            throw new IllegalArgumentException(values.set() + " values are not vlan options");
        }
    }

    /** {@return options with nothing set} */
    public static VlanData of() {
        return new VlanData(VlanAttributes.SET.empty());
    }

    /**
     * VLAN {@code id} with the kernel's defaults, as {@code ip link add ... type vlan id N}.
     *
     * @param id the VLAN id, 0 to 4095
     * @return the options
     * @throws IllegalArgumentException unless {@code 0 <= id <= 4095}
     */
    public static VlanData of(int id) {
        return of().with(VlanAttributes.ID, id);
    }

    /** {@inheritDoc} */
    @Override
    public VlanData withValues(AttributeValues values) {
        return new VlanData(values);
    }

    /** {@code "vlan"}. */
    @Override
    public String kind() {
        return VlanCodec.KIND;
    }
}
