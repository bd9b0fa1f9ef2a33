package io.jnetlink.examples.ip.link;

import static io.jnetlink.examples.ip.link.LinkWords.onOffOneOf;
import static io.jnetlink.examples.ip.link.LinkWords.prefixed;
import static io.jnetlink.examples.ip.link.LinkWords.unsigned;
import static io.jnetlink.examples.ip.link.LinkWords.unsignedBits;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.route.link.BridgePortAttributes;
import io.jnetlink.route.link.BridgePortData;

/**
 * {@code type bridge_slave OPTIONS}: the port options ip 6.1 knows, each as ip encodes it, in
 * order, sent as the port's slave data.
 */
final class BridgeSlaveOptions {
    /** Our own usage text for {@code ip link help bridge_slave}. */
    static final String USAGE = """
            Usage: ip link set DEV type bridge_slave [ PORTOPTION ]...
            PORTOPTION := fdb_flush | state N | priority N | cost N | mcast_router N | group_fwd_mask N |
                          backup_port DEV | nobackup_port |
                          { hairpin | guard | root_block | fastleave | mcast_fast_leave | learning | flood |
                            mcast_flood | bcast_flood | mcast_to_unicast | proxy_arp | proxy_arp_wifi |
                            neigh_suppress | vlan_tunnel | isolated | locked } { on | off }
            """;

    private BridgeSlaveOptions() {
    }

    static BridgePortData parse(KindContext context, Args args) {
        BridgePortData data = BridgePortData.of();
        while (args.hasNext()) {
            String option = prefixed(args.next(), "fdb_flush", "state", "priority", "cost", "hairpin", "guard",
                    "root_block", "fastleave", "learning", "flood", "mcast_flood", "bcast_flood", "mcast_to_unicast",
                    "proxy_arp", "proxy_arp_wifi", "mcast_router", "mcast_fast_leave", "neigh_suppress",
                    "group_fwd_mask", "vlan_tunnel", "isolated", "locked", "backup_port", "nobackup_port");
            Attribute<Boolean> flag = switch (option) {
                case "hairpin" -> BridgePortAttributes.MODE;
                case "guard" -> BridgePortAttributes.GUARD;
                case "root_block" -> BridgePortAttributes.PROTECT;
                case "fastleave", "mcast_fast_leave" -> BridgePortAttributes.FAST_LEAVE;
                case "learning" -> BridgePortAttributes.LEARNING;
                case "flood" -> BridgePortAttributes.UNICAST_FLOOD;
                case "mcast_flood" -> BridgePortAttributes.MCAST_FLOOD;
                case "bcast_flood" -> BridgePortAttributes.BCAST_FLOOD;
                case "mcast_to_unicast" -> BridgePortAttributes.MCAST_TO_UCAST;
                case "proxy_arp" -> BridgePortAttributes.PROXYARP;
                case "proxy_arp_wifi" -> BridgePortAttributes.PROXYARP_WIFI;
                case "neigh_suppress" -> BridgePortAttributes.NEIGH_SUPPRESS;
                case "vlan_tunnel" -> BridgePortAttributes.VLAN_TUNNEL;
                case "isolated" -> BridgePortAttributes.ISOLATED;
                case "locked" -> BridgePortAttributes.LOCKED;
                default -> null;
            };
            if (flag != null) {
                data = data.with(flag, onOffOneOf(option, args.value(), 1));
                continue;
            }
            switch (option) {
                case "fdb_flush" -> data = data.with(BridgePortAttributes.FLUSH, true);
                case "state" -> {
                    data = data.with(BridgePortAttributes.STATE, unsignedBits(args.value(), 8, "state is invalid"));
                }
                case "priority" -> data = data.with(BridgePortAttributes.PRIORITY,
                        unsignedBits(args.value(), 16, "priority is invalid"));
                case "cost" -> data = data.with(BridgePortAttributes.COST, unsigned(args.value(), "cost is invalid"));
                case "mcast_router" -> data = data.with(BridgePortAttributes.MULTICAST_ROUTER,
                        unsignedBits(args.value(), 8, "invalid mcast_router"));
                case "group_fwd_mask" -> data = data.with(BridgePortAttributes.GROUP_FWD_MASK,
                        unsignedBits(args.value(), 16, "invalid group_fwd_mask"));
                case "backup_port" -> {
                    data = data.with(BridgePortAttributes.BACKUP_PORT, context.existingIfindex(args.value()));
                }
                case "nobackup_port" -> data = data.with(BridgePortAttributes.BACKUP_PORT, 0);
                default -> throw new CommandFailure("bridge_slave: unknown option \"" + option + "\"?\n"
                        + "\"jnl ip --help\" lists the options (PORTOPTION).", 1);
            }
        }
        return data;
    }
}
