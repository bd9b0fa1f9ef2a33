package io.jnetlink.route.link;

import io.jnetlink.core.attr.ValueType;

/**
 * One {@code struct ifla_vlan_qos_mapping}: a packet priority mapped to a VLAN priority
 * (egress) or back (ingress).
 *
 * @param from the source priority
 * @param to   the target priority
 */
public record VlanQosMapping(int from, int to) {
    /** {@code struct ifla_vlan_qos_mapping} ({@code IFLA_VLAN_QOS_MAPPING}) as an attribute value. */
    public static final ValueType<VlanQosMapping> TYPE = U32Pair.type(VlanQosMapping.class, "QoS mapping",
            VlanQosMapping::new, VlanQosMapping::from, VlanQosMapping::to);
}
