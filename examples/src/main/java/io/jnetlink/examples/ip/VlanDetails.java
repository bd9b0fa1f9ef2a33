package io.jnetlink.examples.ip;

import io.jnetlink.core.attr.Display;
import io.jnetlink.route.link.VlanAttributes;
import io.jnetlink.route.link.VlanData;
import io.jnetlink.route.link.VlanFlags;
import io.jnetlink.route.link.VlanQosMapping;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code -d} options of a VLAN: the rows of {@link VlanAttributes} in their order, with the
 * protocol by name, the flags as {@code <NAME,...>}, and each QoS map on a line of its own
 * ({@code ingress-qos-map { 1:5 }}; a JSON array of {@code from}/{@code to} objects).
 */
final class VlanDetails {
    /** The flags ip names, in the order it names them (MVRP before LOOSE_BINDING). */
    private static final int[] FLAG_BITS = {VlanData.VLAN_FLAG_REORDER_HDR, VlanData.VLAN_FLAG_GVRP,
        VlanData.VLAN_FLAG_MVRP, VlanData.VLAN_FLAG_LOOSE_BINDING, VlanData.VLAN_FLAG_BRIDGE_BINDING};
    private static final String[] FLAG_NAMES = {"REORDER_HDR", "GVRP", "MVRP", "LOOSE_BINDING", "BRIDGE_BINDING"};

    private static final AttributeFields FIELDS = new AttributeFields()
            .custom(VlanAttributes.PROTOCOL, (out, d, protocol, all) -> out.string(d.text(), d.json(),
                    protocolName(protocol)))
            .custom(VlanAttributes.FLAGS, (out, d, flags, all) -> {
                List<String> names = flagNames(flags);
                out.field("<" + String.join(",", names) + "> ", d.json(), names);
            })
            .custom(VlanAttributes.INGRESS_QOS, VlanDetails::map)
            .custom(VlanAttributes.EGRESS_QOS, VlanDetails::map);

    private VlanDetails() {
    }

    /** The options of {@code v}; ip prints none without an id, and 802.1q without a protocol. */
    static void write(DetailSink out, VlanData v) {
        if (v.get(VlanAttributes.ID) == null) {
            return;
        }
        if (v.get(VlanAttributes.PROTOCOL) == null) {
            out.string("protocol", "802.1q");
        }
        FIELDS.writeAll(out, v.values());
    }

    /** ip's {@code ll_proto_n2a}: the two VLAN ethertypes by name, any other as {@code [N]}. */
    private static String protocolName(int protocol) {
        return protocol == VlanData.ETH_P_8021Q ? "802.1Q" : protocol == VlanData.ETH_P_8021AD ? "802.1ad"
                : "[" + protocol + "]";
    }

    /** The names of the flags that are on; bits ip has no name for, together, in hex. */
    private static List<String> flagNames(VlanFlags flags) {
        List<String> names = new ArrayList<>();
        int rest = flags.flags();
        for (int i = 0; i < FLAG_BITS.length; i++) {
            if ((rest & FLAG_BITS[i]) != 0) {
                rest &= ~FLAG_BITS[i];
                names.add(FLAG_NAMES[i]);
            }
        }
        if (rest != 0) {
            names.add(Integer.toHexString(rest));
        }
        return names;
    }

    /** A QoS map on a line of its own. */
    private static void map(DetailSink out, Display d, List<VlanQosMapping> mappings, Object all) {
        out.startLine();
        out.field("  " + d.text() + " { ", null, null);
        out.array(d.json(), () -> {
            for (VlanQosMapping m : mappings) {
                out.object(null, () -> {
                    out.field(Integer.toUnsignedString(m.from()) + ":" + Integer.toUnsignedString(m.to()) + " ",
                            "from", Integer.toUnsignedLong(m.from()));
                    out.field(null, "to", Integer.toUnsignedLong(m.to()));
                });
            }
        });
        out.field("} ", null, null);
    }
}
