package io.jnetlink.route.link;

import static io.jnetlink.core.attr.Access.READ_WRITE;
import static io.jnetlink.core.attr.Display.as;
import static io.jnetlink.core.attr.Format.CUSTOM;
import static io.jnetlink.core.attr.Format.NUMBER;
import static io.jnetlink.core.attr.Unit.NONE;
import static io.jnetlink.core.attr.ValueType.U16;
import static io.jnetlink.core.attr.ValueType.U16_BE;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeSet;
import io.jnetlink.core.attr.Display;
import io.jnetlink.core.attr.ValueType;
import java.util.List;

/**
 * {@code IFLA_VLAN_*} (linux/if_link.h): the options of a {@code vlan} link, in
 * {@code IFLA_INFO_DATA}. One row per attribute, in the order {@code ip -d link} prints them;
 * complete against the kernel's {@code rt-link.yaml} ({@code linkinfo-vlan-attrs}). Read with
 * {@link VlanData#get(Attribute)}, set with {@link VlanData#with(Attribute, Object)}.
 */
public final class VlanAttributes {
    /** The {@code IFLA_VLAN_*} set. */
    public static final AttributeSet SET = new AttributeSet("IFLA_VLAN");

    private static final int IFLA_VLAN_QOS_MAPPING = 1;

    /**
     * The tag's ethertype: {@link VlanData#ETH_P_8021Q} (the default) or {@link VlanData#ETH_P_8021AD};
     * ip prints {@code 802.1Q} or {@code 802.1ad}.
     */
    public static final Attribute<Integer> PROTOCOL = SET.add(5, "IFLA_VLAN_PROTOCOL",
            U16_BE.requiring(p -> p == VlanData.ETH_P_8021Q || p == VlanData.ETH_P_8021AD, "0x8100 or 0x88a8"),
            READ_WRITE, NONE, as("protocol", CUSTOM));
    /** The VLAN id, 0 to 4095. */
    public static final Attribute<Integer> ID = SET.add(1, "IFLA_VLAN_ID", ValueType.range(U16, 0, 4095), READ_WRITE,
            NONE, as("id", NUMBER));
    /** {@code VlanData.VLAN_FLAG_*} bits and the mask of those a request changes; ip prints their names. */
    public static final Attribute<VlanFlags> FLAGS = SET.add(2, "IFLA_VLAN_FLAGS", VlanFlags.TYPE, READ_WRITE, NONE,
            new Display(null, "flags", CUSTOM));
    /** Received packets: VLAN priority (from) to packet priority (to). */
    public static final Attribute<List<VlanQosMapping>> INGRESS_QOS = SET.add(4, "IFLA_VLAN_INGRESS_QOS",
            ValueType.listOf(IFLA_VLAN_QOS_MAPPING, VlanQosMapping.TYPE), READ_WRITE, NONE,
            new Display("ingress-qos-map", "ingress_qos", CUSTOM));
    /** Sent packets: packet priority (from) to VLAN priority (to). */
    public static final Attribute<List<VlanQosMapping>> EGRESS_QOS = SET.add(3, "IFLA_VLAN_EGRESS_QOS",
            ValueType.listOf(IFLA_VLAN_QOS_MAPPING, VlanQosMapping.TYPE), READ_WRITE, NONE,
            new Display("egress-qos-map", "egress_qos", CUSTOM));

    private VlanAttributes() {
    }
}
