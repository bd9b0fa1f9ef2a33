package io.jnetlink.examples.ip.link;

import static io.jnetlink.examples.ip.link.LinkWords.unsigned;
import static io.jnetlink.examples.ip.link.LinkWords.unsigned64;
import static io.jnetlink.examples.ip.link.LinkWords.unsignedBits;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.route.link.BridgeAttributes;
import io.jnetlink.route.link.BridgeBoolOptions;
import io.jnetlink.route.link.BridgeData;
import io.jnetlink.route.link.LinkData;
import java.util.List;
import java.util.Set;

/**
 * {@code type bridge OPTIONS}: every IFLA_BR_* option ip 6.1 reads, each encoded as ip encodes it
 * (u8, u16, u32, u64, big-endian protocol, address) in the order given; the two boolean options
 * ({@code no_linklocal_learn}, {@code mcast_vlan_snooping}) go last in one IFLA_BR_MULTI_BOOLOPT.
 */
final class BridgeKindOptions implements KindOptions {
    /** The options in the order ip tries them, so that an abbreviation names the same one. */
    private static final List<String> OPTIONS = List.of("forward_delay", "hello_time", "max_age", "ageing_time",
            "stp_state", "priority", "vlan_filtering", "vlan_protocol", "group_fwd_mask", "group_address",
            "no_linklocal_learn", "fdb_flush", "vlan_default_pvid", "vlan_stats_enabled", "vlan_stats_per_port",
            "mcast_router", "mcast_snooping", "mcast_vlan_snooping", "mcast_query_use_ifaddr", "mcast_querier",
            "mcast_hash_elasticity", "mcast_hash_max", "mcast_last_member_count", "mcast_startup_query_count",
            "mcast_last_member_interval", "mcast_membership_interval", "mcast_querier_interval",
            "mcast_query_interval", "mcast_query_response_interval", "mcast_startup_query_interval",
            "mcast_stats_enabled", "mcast_igmp_version", "mcast_mld_version", "nf_call_iptables",
            "nf_call_ip6tables", "nf_call_arptables", "help");
    /** Options ip takes only when spelt out in full. */
    private static final Set<String> WHOLE_WORD = Set.of("no_linklocal_learn", "mcast_vlan_snooping");

    @Override
    public LinkData parse(KindContext context, String kind, Args args) {
        BridgeData data = BridgeData.of();
        int boolValues = 0;
        int boolMask = 0;
        while (args.hasNext()) {
            String word = args.next();
            String option = OPTIONS.stream()
                    .filter(o -> WHOLE_WORD.contains(o) ? o.equals(word) : Args.matches(word, o))
                    .findFirst().orElse(null);
            if (option == null) {
                throw new CommandFailure("bridge: unknown command \"" + word + "\"?\n" + usage(kind).stripTrailing(), 1);
            }
            if (option.equals("help")) {
                throw new CommandFailure(usage(kind).stripTrailing(), 1);
            }
            if (option.equals("fdb_flush")) {
                data = data.with(BridgeAttributes.FDB_FLUSH, true);
                continue;
            }
            String value = args.value();
            String reason = "invalid " + option;
            int bit = switch (option) {
                case "no_linklocal_learn" -> BridgeBoolOptions.BR_BOOLOPT_NO_LL_LEARN;
                case "mcast_vlan_snooping" -> BridgeBoolOptions.BR_BOOLOPT_MCAST_VLAN_SNOOPING;
                default -> -1;
            };
            if (bit >= 0) {
                boolMask |= 1 << bit;
                boolValues = unsignedBits(value, 8, reason) != 0 ? boolValues | 1 << bit : boolValues & ~(1 << bit);
                continue;
            }
            data = switch (option) {
                case "forward_delay" -> data.with(BridgeAttributes.FORWARD_DELAY, unsigned(value, reason));
                case "hello_time" -> data.with(BridgeAttributes.HELLO_TIME, unsigned(value, reason));
                case "max_age" -> data.with(BridgeAttributes.MAX_AGE, unsigned(value, reason));
                case "ageing_time" -> data.with(BridgeAttributes.AGEING_TIME, unsigned(value, reason));
                case "stp_state" -> data.with(BridgeAttributes.STP_STATE, unsigned(value, reason));
                case "priority" -> data.with(BridgeAttributes.PRIORITY, unsignedBits(value, 16, reason));
                case "vlan_filtering" -> flag(data, BridgeAttributes.VLAN_FILTERING, value, reason);
                case "vlan_protocol" -> data.with(BridgeAttributes.VLAN_PROTOCOL, EtherTypes.parse(value, reason));
                case "group_fwd_mask" -> data.with(BridgeAttributes.GROUP_FWD_MASK, unsignedBits(value, 16, reason));
                case "group_address" -> data.with(BridgeAttributes.GROUP_ADDR, LinkWords.lladdr(value));
                case "vlan_default_pvid" -> data.with(BridgeAttributes.VLAN_DEFAULT_PVID,
                        unsignedBits(value, 16, reason));
                case "vlan_stats_enabled" -> flag(data, BridgeAttributes.VLAN_STATS_ENABLED, value, reason);
                case "vlan_stats_per_port" -> flag(data, BridgeAttributes.VLAN_STATS_PER_PORT, value, reason);
                case "mcast_router" -> data.with(BridgeAttributes.MCAST_ROUTER, unsignedBits(value, 8, reason));
                case "mcast_snooping" -> flag(data, BridgeAttributes.MCAST_SNOOPING, value, reason);
                case "mcast_query_use_ifaddr" -> flag(data, BridgeAttributes.MCAST_QUERY_USE_IFADDR, value, reason);
                case "mcast_querier" -> flag(data, BridgeAttributes.MCAST_QUERIER, value, reason);
                case "mcast_hash_elasticity" -> data.with(BridgeAttributes.MCAST_HASH_ELASTICITY,
                        unsigned(value, reason));
                case "mcast_hash_max" -> data.with(BridgeAttributes.MCAST_HASH_MAX, unsigned(value, reason));
                case "mcast_last_member_count" -> data.with(BridgeAttributes.MCAST_LAST_MEMBER_CNT,
                        unsigned(value, reason));
                case "mcast_startup_query_count" -> data.with(BridgeAttributes.MCAST_STARTUP_QUERY_CNT,
                        unsigned(value, reason));
                case "mcast_last_member_interval" -> data.with(BridgeAttributes.MCAST_LAST_MEMBER_INTVL,
                        unsigned64(value, reason));
                case "mcast_membership_interval" -> data.with(BridgeAttributes.MCAST_MEMBERSHIP_INTVL,
                        unsigned64(value, reason));
                case "mcast_querier_interval" -> data.with(BridgeAttributes.MCAST_QUERIER_INTVL,
                        unsigned64(value, reason));
                case "mcast_query_interval" -> data.with(BridgeAttributes.MCAST_QUERY_INTVL,
                        unsigned64(value, reason));
                case "mcast_query_response_interval" -> data.with(BridgeAttributes.MCAST_QUERY_RESPONSE_INTVL,
                        unsigned64(value, reason));
                case "mcast_startup_query_interval" -> data.with(BridgeAttributes.MCAST_STARTUP_QUERY_INTVL,
                        unsigned64(value, reason));
                case "mcast_stats_enabled" -> flag(data, BridgeAttributes.MCAST_STATS_ENABLED, value, reason);
                case "mcast_igmp_version" -> data.with(BridgeAttributes.MCAST_IGMP_VERSION,
                        unsignedBits(value, 8, reason));
                case "mcast_mld_version" -> data.with(BridgeAttributes.MCAST_MLD_VERSION,
                        unsignedBits(value, 8, reason));
                case "nf_call_iptables" -> flag(data, BridgeAttributes.NF_CALL_IPTABLES, value, reason);
                case "nf_call_ip6tables" -> flag(data, BridgeAttributes.NF_CALL_IP6TABLES, value, reason);
                case "nf_call_arptables" -> flag(data, BridgeAttributes.NF_CALL_ARPTABLES, value, reason);
                default -> throw new IllegalStateException("option without a reader: " + option);
            };
        }
        return boolMask == 0 ? data : data.with(BridgeAttributes.MULTI_BOOLOPT, new BridgeBoolOptions(boolValues, boolMask));
    }

    /**
     * A boolean option ip reads as a u8 number: any value other than 0 turns it on (the kernel reads
     * the byte as a boolean; ip sends the number given, jnl sends 1).
     */
    private static BridgeData flag(BridgeData data, Attribute<Boolean> attribute, String value, String reason) {
        return data.with(attribute, unsignedBits(value, 8, reason) != 0);
    }

    @Override
    public String usage(String kind) {
        return """
                Usage: ip link { add | set } NAME type bridge [ OPTION ]...
                OPTION := { forward_delay TIME | hello_time TIME | max_age TIME | ageing_time TIME |
                            stp_state N32 | priority N16 | vlan_filtering BOOL |
                            vlan_protocol { 802.1Q | 802.1ad } | group_fwd_mask N16 |
                            group_address LLADDR | no_linklocal_learn BOOL | fdb_flush |
                            vlan_default_pvid VLAN | vlan_stats_enabled BOOL | vlan_stats_per_port BOOL |
                            mcast_router { 0 | 1 | 2 } | mcast_snooping BOOL | mcast_vlan_snooping BOOL |
                            mcast_query_use_ifaddr BOOL | mcast_querier BOOL |
                            mcast_hash_elasticity N32 | mcast_hash_max N32 |
                            mcast_last_member_count N32 | mcast_startup_query_count N32 |
                            mcast_last_member_interval TIME64 | mcast_membership_interval TIME64 |
                            mcast_querier_interval TIME64 | mcast_query_interval TIME64 |
                            mcast_query_response_interval TIME64 | mcast_startup_query_interval TIME64 |
                            mcast_stats_enabled BOOL | mcast_igmp_version { 2 | 3 } |
                            mcast_mld_version { 1 | 2 } | nf_call_iptables BOOL |
                            nf_call_ip6tables BOOL | nf_call_arptables BOOL }
                TIME, TIME64 := hundredths of a second (32 or 64 bits); N16, N32 := a number of that many
                bits, decimal, 0x hex or 0 octal; BOOL := 0 for off, any other number up to 255 for on;
                stp_state is off for 0, on otherwise; VLAN := 0 (none) to 4094.
                An option may be cut to any prefix (the first in this list that it starts), except
                no_linklocal_learn and mcast_vlan_snooping, taken only in full.
                """;
    }
}
