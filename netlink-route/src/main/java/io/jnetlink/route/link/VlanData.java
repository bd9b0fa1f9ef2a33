package io.jnetlink.route.link;

import io.jnetlink.core.attr.RawAttributes;
import java.util.List;

/**
 * {@code IFLA_INFO_DATA} of a {@code vlan} link ({@code IFLA_VLAN_*} in linux/if_link.h). Null
 * fields were not sent; in a request they are left out.
 *
 * @param id              {@code IFLA_VLAN_ID}: the VLAN id, 0 to 4095
 * @param flags           {@code IFLA_VLAN_FLAGS} flags ({@code VLAN_FLAG_*} of linux/if_vlan.h)
 * @param flagsMask       {@code IFLA_VLAN_FLAGS} mask: which flags a request changes
 * @param egressQos       {@code IFLA_VLAN_EGRESS_QOS} mappings, empty when none
 * @param ingressQos      {@code IFLA_VLAN_INGRESS_QOS} mappings, empty when none
 * @param protocol        {@code IFLA_VLAN_PROTOCOL}: 0x8100 (802.1Q) or 0x88a8 (802.1ad)
 * @param otherAttributes the attributes not typed here, as received
 */
public record VlanData(Integer id, Integer flags, Integer flagsMask, List<VlanQosMapping> egressQos,
                       List<VlanQosMapping> ingressQos, Integer protocol, RawAttributes otherAttributes)
        implements LinkData {
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
     * Copies the lists and normalises null lists and attributes to empty.
     *
     * @param id              {@code IFLA_VLAN_ID}: the VLAN id, 0 to 4095
     * @param flags           {@code IFLA_VLAN_FLAGS} flags ({@code VLAN_FLAG_*} of linux/if_vlan.h)
     * @param flagsMask       {@code IFLA_VLAN_FLAGS} mask: which flags a request changes
     * @param egressQos       {@code IFLA_VLAN_EGRESS_QOS} mappings, empty when none
     * @param ingressQos      {@code IFLA_VLAN_INGRESS_QOS} mappings, empty when none
     * @param protocol        {@code IFLA_VLAN_PROTOCOL}: 0x8100 (802.1Q) or 0x88a8 (802.1ad)
     * @param otherAttributes the attributes not typed here, as received
     */
    public VlanData {
        egressQos = egressQos == null ? List.of() : List.copyOf(egressQos);
        ingressQos = ingressQos == null ? List.of() : List.copyOf(ingressQos);
        otherAttributes = otherAttributes == null ? RawAttributes.EMPTY : otherAttributes;
    }

    /**
     * A request for VLAN {@code id} with the kernel's defaults, as {@code ip link add ... type vlan id N}.
     *
     * @param id the VLAN id, 0 to 4095
     * @return the request data
     * @throws IllegalArgumentException unless {@code 0 <= id <= 4095}
     */
    public static VlanData of(int id) {
        return of(id, null);
    }

    /**
     * A request for VLAN {@code id} tagged with {@code protocol} (0x8100 or 0x88a8).
     *
     * @param id       the VLAN id, 0 to 4095
     * @param protocol 0x8100 (802.1Q) or 0x88a8 (802.1ad), or null for the kernel's default
     * @return the request data
     * @throws IllegalArgumentException for an id outside 0..4095 or another protocol
     */
    public static VlanData of(int id, Integer protocol) {
        if (id < 0 || id > 4095) {
            throw new IllegalArgumentException("VLAN id must be 0..4095: " + id);
        }
        if (protocol != null && protocol != VlanCodec.ETH_P_8021Q && protocol != VlanCodec.ETH_P_8021AD) {
            throw new IllegalArgumentException("VLAN protocol must be 0x8100 or 0x88a8: 0x" + Integer.toHexString(protocol));
        }
        return new VlanData(id, null, null, null, null, protocol, null);
    }

    /** {@code "vlan"}. */
    @Override
    public String kind() {
        return VlanCodec.KIND;
    }
}
