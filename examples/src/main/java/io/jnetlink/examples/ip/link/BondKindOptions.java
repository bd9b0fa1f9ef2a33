package io.jnetlink.examples.ip.link;

import static io.jnetlink.examples.ip.link.LinkWords.invalidArgument;
import static io.jnetlink.examples.ip.link.LinkWords.lladdr;
import static io.jnetlink.examples.ip.link.LinkWords.prefixed;
import static io.jnetlink.examples.ip.link.LinkWords.unsignedBits;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.route.link.BondAttributes;
import io.jnetlink.route.link.BondData;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.link.LinkData;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code type bond OPTIONS}: every IFLA_BOND_* option ip 6.1 reads, each encoded as ip encodes it
 * in the order given: numbers as C reads them, the enumerated options by name or index, ports by
 * name, the ARP and NS targets as comma-separated lists (at most 16, the rest ignored).
 */
final class BondKindOptions implements KindOptions {
    /** The options ip takes by any prefix, in the order it tries them (the first match wins). */
    private static final String[] PREFIXED = {"mode", "active_slave", "clear_active_slave", "miimon", "updelay",
        "downdelay", "peer_notify_delay", "use_carrier", "arp_interval", "arp_ip_target", "arp_validate",
        "arp_all_targets", "primary", "primary_reselect", "fail_over_mac", "xmit_hash_policy", "resend_igmp",
        "num_grat_arp", "num_unsol_na", "all_slaves_active", "min_links", "lp_interval", "packets_per_slave",
        "lacp_rate", "ad_select", "ad_user_port_key", "ad_actor_sys_prio", "ad_actor_system", "tlb_dynamic_lb", "help"};
    /** The options ip takes only whole. */
    private static final List<String> WHOLE = List.of("ns_ip6_target", "arp_missed_max", "lacp_active");

    /** The numbers ip reads as {@code u8} and {@code u16}; the others are {@code u32}. */
    private static final List<String> U8_OPTIONS = List.of("use_carrier", "arp_missed_max", "num_grat_arp",
            "num_unsol_na", "all_slaves_active", "tlb_dynamic_lb");
    private static final List<String> U16_OPTIONS = List.of("ad_user_port_key", "ad_actor_sys_prio");

    @Override
    public LinkData parse(KindContext context, String kind, Args args) {
        BondData data = BondData.of();
        while (args.hasNext()) {
            String word = args.next();
            String option = WHOLE.contains(word) ? word : prefixed(word, PREFIXED);
            Attribute<Integer> number = switch (option) {
                case "mode" -> BondAttributes.MODE;
                case "miimon" -> BondAttributes.MIIMON;
                case "updelay" -> BondAttributes.UPDELAY;
                case "downdelay" -> BondAttributes.DOWNDELAY;
                case "peer_notify_delay" -> BondAttributes.PEER_NOTIF_DELAY;
                case "use_carrier" -> BondAttributes.USE_CARRIER;
                case "arp_interval" -> BondAttributes.ARP_INTERVAL;
                case "arp_validate" -> BondAttributes.ARP_VALIDATE;
                case "arp_all_targets" -> BondAttributes.ARP_ALL_TARGETS;
                case "arp_missed_max" -> BondAttributes.MISSED_MAX;
                case "primary_reselect" -> BondAttributes.PRIMARY_RESELECT;
                case "fail_over_mac" -> BondAttributes.FAIL_OVER_MAC;
                case "xmit_hash_policy" -> BondAttributes.XMIT_HASH_POLICY;
                case "resend_igmp" -> BondAttributes.RESEND_IGMP;
                case "num_grat_arp", "num_unsol_na" -> BondAttributes.NUM_PEER_NOTIF;
                case "all_slaves_active" -> BondAttributes.ALL_SLAVES_ACTIVE;
                case "min_links" -> BondAttributes.MIN_LINKS;
                case "lp_interval" -> BondAttributes.LP_INTERVAL;
                case "packets_per_slave" -> BondAttributes.PACKETS_PER_SLAVE;
                case "lacp_active" -> BondAttributes.AD_LACP_ACTIVE;
                case "lacp_rate" -> BondAttributes.AD_LACP_RATE;
                case "ad_select" -> BondAttributes.AD_SELECT;
                case "ad_user_port_key" -> BondAttributes.AD_USER_PORT_KEY;
                case "ad_actor_sys_prio" -> BondAttributes.AD_ACTOR_SYS_PRIO;
                case "tlb_dynamic_lb" -> BondAttributes.TLB_DYNAMIC_LB;
                default -> null;
            };
            if (number != null) {
                String value = args.value();
                String reason = "invalid " + (number == BondAttributes.NUM_PEER_NOTIF ? "num_grat_arp|num_unsol_na" : option);
                List<String> names = KindWords.BOND.get(option);
                int bits = U8_OPTIONS.contains(option) ? 8 : U16_OPTIONS.contains(option) ? 16 : 32;
                data = data.with(number, names != null ? index(names, value, reason) : unsignedBits(value, bits, reason));
                continue;
            }
            switch (option) {
                case "active_slave" -> data = data.with(BondAttributes.ACTIVE_SLAVE, port(context, args.value()));
                case "clear_active_slave" -> data = data.with(BondAttributes.ACTIVE_SLAVE, 0);
                case "primary" -> data = data.with(BondAttributes.PRIMARY, port(context, args.value()));
                case "arp_ip_target" -> data = data.with(BondAttributes.ARP_IP_TARGET, targets(args, false));
                case "ns_ip6_target" -> data = data.with(BondAttributes.NS_IP6_TARGET, targets(args, true));
                case "ad_actor_system" -> data = data.with(BondAttributes.AD_ACTOR_SYSTEM, lladdr(args.value()));
                case "help" -> throw new CommandFailure(usage(kind).stripTrailing(), 1);
                default -> throw new CommandFailure("bond: unknown command \"" + word + "\"?\n"
                        + usage(kind).stripTrailing(), 1);
            }
        }
        return data;
    }

    /**
     * The index of an enumerated option's value: a decimal index in range (as C's {@code strtol}
     * reads it), else the index of the word; else ip's invalid-argument failure.
     */
    private static int index(List<String> names, String value, String reason) {
        try {
            int index = Integer.parseInt(value.stripLeading());
            if (index >= 0 && index < names.size()) {
                return index;
            }
        } catch (NumberFormatException e) {
            // not a number: a word
        }
        int index = names.indexOf(value);
        if (index < 0) {
            throw invalidArgument(value, reason);
        }
        return index;
    }

    /** The ifindex of port {@code name}, or ip's failure for a device it cannot find. */
    private static int port(KindContext context, String name) {
        return context.session().rtnl().links().find(name).map(Link::ifindex)
                .orElseThrow(() -> new CommandFailure("Cannot find device \"" + name + "\"", 1));
    }

    /**
     * The targets in the next word, split at commas (empty parts skipped, the first 16 kept), or none
     * when no word follows (ip then sends an empty nest, which clears them).
     */
    private static List<InetAddress> targets(Args args, boolean ipv6) {
        List<InetAddress> targets = new ArrayList<>();
        if (!args.hasNext()) {
            return targets;
        }
        for (String target : args.next().split(",")) {
            if (!target.isEmpty() && targets.size() < BondAttributes.MAX_TARGETS) {
                targets.add(ipv6 ? ipv6(target) : ipv4(target));
            }
        }
        return targets;
    }

    /** An IPv4 address as ip reads a bond's ARP target ({@link LinkWords#ipv4}; any, all and default are 0.0.0.0). */
    private static InetAddress ipv4(String text) {
        byte[] bytes = text.equals("any") || text.equals("all") || text.equals("default") ? new byte[4]
                : LinkWords.ipv4(text);
        if (bytes == null) {
            throw notAddress("Error: an IP address is expected rather than \"" + text + "\"");
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are an address", e);
        }
    }

    /** An IPv6 address as ip reads a bond's NS target ({@code any}, {@code all}, {@code default}: ::). */
    private static InetAddress ipv6(String text) {
        byte[] bytes = new byte[16];
        if (!text.equals("any") && !text.equals("all") && !text.equals("default")) {
            if (!text.contains(":") || !text.matches("[0-9a-fA-F:.]+")) {
                throw notAddress("Error: inet6 address is expected rather than \"" + text + "\".");
            }
            try {
                byte[] parsed = InetAddress.getByName(text).getAddress();
                if (parsed.length == 4) { // Java reads ::ffff:a.b.c.d as IPv4; keep it mapped
                    bytes[10] = (byte) 0xff;
                    bytes[11] = (byte) 0xff;
                }
                System.arraycopy(parsed, 0, bytes, 16 - parsed.length, parsed.length);
            } catch (UnknownHostException e) {
                throw notAddress("Error: inet6 address is expected rather than \"" + text + "\".");
            }
        }
        try {
            return Inet6Address.getByAddress(null, bytes, -1);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("sixteen bytes are an address", e);
        }
    }

    private static CommandFailure notAddress(String message) {
        return new CommandFailure(message, 1);
    }

    @Override
    public String usage(String kind) {
        return "Usage: ip link add NAME type bond [ OPTION VALUE ]...\n"
                + "Numbers: miimon updelay downdelay peer_notify_delay arp_interval resend_igmp min_links\n"
                + "  lp_interval packets_per_slave (32 bits), ad_user_port_key ad_actor_sys_prio (16 bits),\n"
                + "  use_carrier arp_missed_max num_grat_arp num_unsol_na all_slaves_active tlb_dynamic_lb (8 bits).\n"
                + "Ports by name: active_slave primary; clear_active_slave takes no value.\n"
                + "Targets, comma-separated, at most 16: arp_ip_target IPV4,... ns_ip6_target IPV6,...\n"
                + "ad_actor_system takes a MAC address. The others take a word or its index:\n"
                + "  mode: balance-rr active-backup balance-xor broadcast 802.3ad balance-tlb balance-alb\n"
                + "  arp_validate: none active backup all filter filter_active filter_backup\n"
                + "  arp_all_targets: any all    primary_reselect: always better failure\n"
                + "  fail_over_mac: none active follow    lacp_active: off on    lacp_rate: slow fast\n"
                + "  xmit_hash_policy: layer2 layer3+4 layer2+3 encap2+3 encap3+4 vlan+srcmac\n"
                + "  ad_select: stable bandwidth count\n";
    }
}
