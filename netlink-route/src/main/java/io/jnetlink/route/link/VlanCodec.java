package io.jnetlink.route.link;

import io.jnetlink.core.attr.RawAttributesBuilder;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.MessageWriter;
import java.util.ArrayList;
import java.util.List;

/** Codec of the {@code vlan} kind ({@code IFLA_VLAN_*}); attributes are written in type order. */
public final class VlanCodec implements LinkKindCodec<VlanData> {
    /** {@code IFLA_INFO_KIND} of a VLAN. */
    public static final String KIND = "vlan";
    /** {@code IFLA_VLAN_ID}: see {@link VlanData#id()}. */
    public static final int IFLA_VLAN_ID = 1;
    /** {@code IFLA_VLAN_FLAGS}: see {@link VlanData#flags()}. */
    public static final int IFLA_VLAN_FLAGS = 2;
    /** {@code IFLA_VLAN_EGRESS_QOS}: see {@link VlanData#egressQos()}. */
    public static final int IFLA_VLAN_EGRESS_QOS = 3;
    /** {@code IFLA_VLAN_INGRESS_QOS}: see {@link VlanData#ingressQos()}. */
    public static final int IFLA_VLAN_INGRESS_QOS = 4;
    /** {@code IFLA_VLAN_PROTOCOL}: see {@link VlanData#protocol()}. */
    public static final int IFLA_VLAN_PROTOCOL = 5;
    /** {@code IFLA_VLAN_QOS_MAPPING}: one entry of the egress or ingress QoS map, a {@code struct ifla_vlan_qos_mapping} (from, to). */
    public static final int IFLA_VLAN_QOS_MAPPING = 1;
    /** {@code ETH_P_8021Q} (linux/if_ether.h). */
    public static final int ETH_P_8021Q = 0x8100;
    /** {@code ETH_P_8021AD} (linux/if_ether.h). */
    public static final int ETH_P_8021AD = 0x88a8;

    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public VlanCodec() {
    }

    /** {@value #KIND}. */
    @Override
    public String kind() {
        return KIND;
    }

    /** {@link VlanData}. */
    @Override
    public Class<VlanData> dataType() {
        return VlanData.class;
    }

    /** Decodes {@code IFLA_VLAN_*}. */
    @Override
    public VlanData decode(AttributeCursor a) {
        Integer id = null;
        Integer flags = null;
        Integer mask = null;
        List<VlanQosMapping> egress = null;
        List<VlanQosMapping> ingress = null;
        Integer protocol = null;
        RawAttributesBuilder others = new RawAttributesBuilder();
        while (a.next()) {
            switch (a.type()) {
                case IFLA_VLAN_ID -> id = a.u16();
                case IFLA_VLAN_FLAGS -> {
                    flags = a.s32();
                    mask = U32Pair.second(a, 0);
                }
                case IFLA_VLAN_EGRESS_QOS -> egress = mappings(a.nested());
                case IFLA_VLAN_INGRESS_QOS -> ingress = mappings(a.nested());
                case IFLA_VLAN_PROTOCOL -> protocol = a.u16Network();
                default -> others.add(a);
            }
        }
        return new VlanData(id, flags, mask, egress, ingress, protocol, others.build());
    }

    private static List<VlanQosMapping> mappings(AttributeCursor a) {
        List<VlanQosMapping> list = new ArrayList<>();
        while (a.next()) {
            if (a.type() == IFLA_VLAN_QOS_MAPPING && a.valueLength() >= 8) {
                list.add(new VlanQosMapping(a.s32(), U32Pair.second(a, 0)));
            }
        }
        return list;
    }

    /** Writes the fields that are set. */
    @Override
    public void encode(VlanData d, MessageWriter w) {
        if (d.id() != null) {
            w.attrU16(IFLA_VLAN_ID, d.id());
        }
        if (d.flags() != null) {
            w.attrBytes(IFLA_VLAN_FLAGS, U32Pair.encode(d.flags(), d.flagsMask() == null ? d.flags() : d.flagsMask()));
        }
        writeMappings(IFLA_VLAN_EGRESS_QOS, d.egressQos(), w);
        writeMappings(IFLA_VLAN_INGRESS_QOS, d.ingressQos(), w);
        if (d.protocol() != null) {
            w.attrU16Network(IFLA_VLAN_PROTOCOL, d.protocol());
        }
    }

    private static void writeMappings(int type, List<VlanQosMapping> mappings, MessageWriter w) {
        if (mappings.isEmpty()) {
            return;
        }
        int nest = w.beginNested(type);
        for (VlanQosMapping m : mappings) {
            w.attrBytes(IFLA_VLAN_QOS_MAPPING, U32Pair.encode(m.from(), m.to()));
        }
        w.endNested(nest);
    }
}
