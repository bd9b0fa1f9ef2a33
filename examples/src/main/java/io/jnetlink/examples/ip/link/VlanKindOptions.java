package io.jnetlink.examples.ip.link;

import static io.jnetlink.examples.ip.link.LinkWords.invalidArgument;
import static io.jnetlink.examples.ip.link.LinkWords.onOff;
import static io.jnetlink.examples.ip.link.LinkWords.parseC;
import static io.jnetlink.examples.ip.link.LinkWords.prefixed;
import static io.jnetlink.examples.ip.link.LinkWords.unsignedBits;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.route.link.LinkData;
import io.jnetlink.route.link.VlanAttributes;
import io.jnetlink.route.link.VlanData;
import io.jnetlink.route.link.VlanFlags;
import io.jnetlink.route.link.VlanQosMapping;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code type vlan OPTIONS}: the IFLA_VLAN_* attributes in the order given, and the flags
 * ({@code reorder_hdr}, {@code gvrp}, {@code mvrp}, {@code loose_binding}, {@code bridge_binding})
 * gathered into one {@code IFLA_VLAN_FLAGS} after them, as ip encodes them.
 */
final class VlanKindOptions implements KindOptions {
    private static final String[] OPTIONS = {"protocol", "id", "reorder_hdr", "gvrp", "mvrp", "loose_binding",
        "bridge_binding", "ingress-qos-map", "egress-qos-map", "help"};

    @Override
    public LinkData parse(KindContext context, String kind, Args args) {
        VlanData data = VlanData.of();
        int flags = 0;
        int mask = 0;
        while (args.hasNext()) {
            String word = args.next();
            String option = prefixed(word, OPTIONS);
            int flag = switch (option) {
                case "reorder_hdr" -> VlanData.VLAN_FLAG_REORDER_HDR;
                case "gvrp" -> VlanData.VLAN_FLAG_GVRP;
                case "mvrp" -> VlanData.VLAN_FLAG_MVRP;
                case "loose_binding" -> VlanData.VLAN_FLAG_LOOSE_BINDING;
                case "bridge_binding" -> VlanData.VLAN_FLAG_BRIDGE_BINDING;
                default -> 0;
            };
            if (flag != 0) {
                boolean on = onOff(option, args.value());
                mask |= flag;
                flags = on ? flags | flag : flags & ~flag;
                continue;
            }
            switch (option) {
                case "protocol" -> data = data.with(VlanAttributes.PROTOCOL, protocol(args.value()));
                case "id" -> {
                    String value = args.value();
                    int id = unsignedBits(value, 16, "id is invalid");
                    if (id > 4095) {
                        throw new CommandFailure("Error: vlan id " + id + " is past 4095; jnl refuses it before"
                                + " sending, as the kernel would", 2);
                    }
                    data = data.with(VlanAttributes.ID, id);
                }
                case "ingress-qos-map" -> data = data.with(VlanAttributes.INGRESS_QOS, qosMap(option, args));
                case "egress-qos-map" -> data = data.with(VlanAttributes.EGRESS_QOS, qosMap(option, args));
                case "help" -> throw new CommandFailure(usage(kind).stripTrailing(), 1);
                default -> throw new CommandFailure("vlan: unknown command \"" + word + "\"?\n"
                        + usage(kind).stripTrailing(), 1);
            }
        }
        return mask == 0 ? data : data.with(VlanAttributes.FLAGS, new VlanFlags(flags, mask));
    }

    /**
     * The ethertype ip reads by name (any case) or number; jnl takes the two the kernel accepts
     * and fails on other numbers with its own message, on other words with ip's.
     */
    private static int protocol(String value) {
        if (value.equalsIgnoreCase("802.1Q")) {
            return VlanData.ETH_P_8021Q;
        }
        if (value.equalsIgnoreCase("802.1ad")) {
            return VlanData.ETH_P_8021AD;
        }
        long number = parseC(value, 0xffff);
        if (number < 0) {
            throw invalidArgument(value, "protocol is invalid");
        }
        if (number != VlanData.ETH_P_8021Q && number != VlanData.ETH_P_8021AD) {
            throw new CommandFailure("Error: vlan protocol " + value + " is neither 802.1Q nor 802.1ad; jnl refuses it"
                    + " before sending, as the kernel would", 2);
        }
        return (int) number;
    }

    /** The FROM:TO words that follow, as many as there are; at least one word must follow. */
    private static List<VlanQosMapping> qosMap(String option, Args args) {
        if (!args.hasNext()) {
            args.value(); // ip's "not complete" failure
        }
        List<VlanQosMapping> map = new ArrayList<>();
        while (args.hasNext() && args.peek().contains(":")) {
            String mapping = args.next();
            int colon = mapping.indexOf(':');
            String from = mapping.substring(0, colon);
            long key = parseC(from, 0xffffffffL);
            long to = parseC(mapping.substring(colon + 1), 0xffffffffL);
            if (key < 0 || to < 0) {
                throw invalidArgument(from, "invalid " + option);
            }
            map.add(new VlanQosMapping((int) key, (int) to));
        }
        return map;
    }

    @Override
    public String usage(String kind) {
        return "Usage: ip link add link DEV NAME type vlan id ID [ protocol { 802.1Q | 802.1ad } ]\n"
                + "         [ reorder_hdr | gvrp | mvrp | loose_binding | bridge_binding { on | off } ]...\n"
                + "         [ ingress-qos-map FROM:TO... ] [ egress-qos-map FROM:TO... ]\n"
                + "ID is 0 to 4095; a QoS map pairs priorities, packet to VLAN on egress, VLAN to packet on ingress.\n";
    }
}
