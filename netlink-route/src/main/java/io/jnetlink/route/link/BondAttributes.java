package io.jnetlink.route.link;

import static io.jnetlink.core.attr.Access.READ_ONLY;
import static io.jnetlink.core.attr.Access.READ_WRITE;
import static io.jnetlink.core.attr.Display.as;
import static io.jnetlink.core.attr.Format.CUSTOM;
import static io.jnetlink.core.attr.Format.NUMBER;
import static io.jnetlink.core.attr.Format.STRING;
import static io.jnetlink.core.attr.Unit.MILLISECONDS;
import static io.jnetlink.core.attr.Unit.NONE;
import static io.jnetlink.core.attr.Unit.PACKETS;
import static io.jnetlink.core.attr.ValueType.MAC;
import static io.jnetlink.core.attr.ValueType.U16;
import static io.jnetlink.core.attr.ValueType.U32;
import static io.jnetlink.core.attr.ValueType.U8;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeSet;
import io.jnetlink.core.attr.Display;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.core.attr.ValueType;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;

/**
 * {@code IFLA_BOND_*} (linux/if_link.h): the options of a {@code bond} link, in
 * {@code IFLA_INFO_DATA}. One row per attribute, in the order {@code ip -d link} prints them, then
 * those iproute2 6.1 does not know; complete against the uapi header of kernel 6.18. Read with
 * {@link BondData#get(Attribute)}, set with {@link BondData#with(Attribute, Object)}. The
 * enumerated options take the index of ip's word, as the kernel numbers them ({@code BondData.BOND_MODE_*}
 * and the other constants there).
 */
public final class BondAttributes {
    /** The {@code IFLA_BOND_*} set. */
    public static final AttributeSet SET = new AttributeSet("IFLA_BOND");

    /** How many ARP or NS targets a bond takes ({@code BOND_MAX_ARP_TARGETS}). */
    public static final int MAX_TARGETS = 16;

    /** The bonding mode, a {@code BondData.BOND_MODE_*} value; ip prints its name ({@code 802.3ad}). */
    public static final Attribute<Integer> MODE = SET.add(1, "IFLA_BOND_MODE", upTo(6), READ_WRITE, NONE,
            as("mode", CUSTOM));
    /** The ifindex of the active port (0 for none, to clear it); ip prints the port's name. */
    public static final Attribute<Integer> ACTIVE_SLAVE = SET.add(2, "IFLA_BOND_ACTIVE_SLAVE", U32, READ_WRITE, NONE,
            as("active_slave", CUSTOM));
    /** MII link monitoring interval (0: off). */
    public static final Attribute<Integer> MIIMON = SET.add(3, "IFLA_BOND_MIIMON", U32, READ_WRITE, MILLISECONDS,
            as("miimon", NUMBER));
    /** Delay before a port whose link came up is enabled. */
    public static final Attribute<Integer> UPDELAY = SET.add(4, "IFLA_BOND_UPDELAY", U32, READ_WRITE, MILLISECONDS,
            as("updelay", NUMBER));
    /** Delay before a port whose link went down is disabled. */
    public static final Attribute<Integer> DOWNDELAY = SET.add(5, "IFLA_BOND_DOWNDELAY", U32, READ_WRITE,
            MILLISECONDS, as("downdelay", NUMBER));
    /** Delay between the peer notifications after a failover. */
    public static final Attribute<Integer> PEER_NOTIF_DELAY = SET.add(28, "IFLA_BOND_PEER_NOTIF_DELAY", U32,
            READ_WRITE, MILLISECONDS, as("peer_notify_delay", NUMBER));
    /** 1: MII monitoring reads the ports' carrier; 0: it asks their drivers (ip reads a number). */
    public static final Attribute<Integer> USE_CARRIER = SET.add(6, "IFLA_BOND_USE_CARRIER", U8, READ_WRITE, NONE,
            as("use_carrier", NUMBER));
    /** ARP link monitoring interval (0: off). */
    public static final Attribute<Integer> ARP_INTERVAL = SET.add(7, "IFLA_BOND_ARP_INTERVAL", U32, READ_WRITE,
            MILLISECONDS, as("arp_interval", NUMBER));
    /** How many ARP monitoring intervals may miss before a port is down ({@code arp_missed_max}). */
    public static final Attribute<Integer> MISSED_MAX = SET.add(30, "IFLA_BOND_MISSED_MAX", U8, READ_WRITE, NONE,
            as("arp_missed_max", NUMBER));
    /**
     * The IPv4 addresses ARP monitoring probes, at most {@link #MAX_TARGETS}: a nest whose members
     * are numbered 0, 1, ...; an empty list clears them.
     */
    public static final Attribute<List<InetAddress>> ARP_IP_TARGET = SET.add(8, "IFLA_BOND_ARP_IP_TARGET",
            targets(Inet4Address.class, "IPv4"), READ_WRITE, NONE, as("arp_ip_target", CUSTOM));
    /** The IPv6 addresses NS monitoring probes, at most {@link #MAX_TARGETS}, as {@link #ARP_IP_TARGET}. */
    public static final Attribute<List<InetAddress>> NS_IP6_TARGET = SET.add(31, "IFLA_BOND_NS_IP6_TARGET",
            targets(Inet6Address.class, "IPv6"), READ_WRITE, NONE, as("ns_ip6_target", CUSTOM));
    /** Which ARP (or NS) replies validate a port: a {@code BondData.BOND_ARP_VALIDATE_*} value. */
    public static final Attribute<Integer> ARP_VALIDATE = SET.add(9, "IFLA_BOND_ARP_VALIDATE", upTo32(6), READ_WRITE,
            NONE, as("arp_validate", CUSTOM));
    /** 0 ({@code any}): one target answering keeps a port up; 1 ({@code all}): every target must. */
    public static final Attribute<Integer> ARP_ALL_TARGETS = SET.add(10, "IFLA_BOND_ARP_ALL_TARGETS", upTo32(1),
            READ_WRITE, NONE, as("arp_all_targets", CUSTOM));
    /** The ifindex of the preferred port; ip prints its name. */
    public static final Attribute<Integer> PRIMARY = SET.add(11, "IFLA_BOND_PRIMARY", U32, READ_WRITE, NONE,
            as("primary", CUSTOM));
    /** When the primary port becomes active again: 0 {@code always}, 1 {@code better}, 2 {@code failure}. */
    public static final Attribute<Integer> PRIMARY_RESELECT = SET.add(12, "IFLA_BOND_PRIMARY_RESELECT", upTo(2),
            READ_WRITE, NONE, as("primary_reselect", CUSTOM));
    /** The bond's MAC address on failover: 0 {@code none}, 1 {@code active}, 2 {@code follow}. */
    public static final Attribute<Integer> FAIL_OVER_MAC = SET.add(13, "IFLA_BOND_FAIL_OVER_MAC", upTo(2), READ_WRITE,
            NONE, as("fail_over_mac", CUSTOM));
    /** The hash that picks a port: a {@code BondData.BOND_XMIT_POLICY_*} value. */
    public static final Attribute<Integer> XMIT_HASH_POLICY = SET.add(14, "IFLA_BOND_XMIT_HASH_POLICY", upTo(5),
            READ_WRITE, NONE, as("xmit_hash_policy", CUSTOM));
    /** IGMP membership reports sent after a failover. */
    public static final Attribute<Integer> RESEND_IGMP = SET.add(15, "IFLA_BOND_RESEND_IGMP", U32, READ_WRITE, PACKETS,
            as("resend_igmp", NUMBER));
    /** Peer notifications (gratuitous ARPs, unsolicited NAs) sent after a failover. */
    public static final Attribute<Integer> NUM_PEER_NOTIF = SET.add(16, "IFLA_BOND_NUM_PEER_NOTIF", U8, READ_WRITE,
            PACKETS, new Display("num_grat_arp", "num_peer_notif", NUMBER));
    /** 1: frames received on inactive ports are delivered too; 0: dropped. */
    public static final Attribute<Integer> ALL_SLAVES_ACTIVE = SET.add(17, "IFLA_BOND_ALL_SLAVES_ACTIVE", U8,
            READ_WRITE, NONE, as("all_slaves_active", NUMBER));
    /** Ports that must be up for the bond to have carrier. */
    public static final Attribute<Integer> MIN_LINKS = SET.add(18, "IFLA_BOND_MIN_LINKS", U32, READ_WRITE, NONE,
            as("min_links", NUMBER));
    /** Seconds between the learning packets of balance-tlb and balance-alb. */
    public static final Attribute<Integer> LP_INTERVAL = SET.add(19, "IFLA_BOND_LP_INTERVAL", U32, READ_WRITE, NONE,
            as("lp_interval", NUMBER));
    /** Packets sent on a port before the next (balance-rr; 0: a random port). */
    public static final Attribute<Integer> PACKETS_PER_SLAVE = SET.add(20, "IFLA_BOND_PACKETS_PER_SLAVE", U32,
            READ_WRITE, PACKETS, as("packets_per_slave", NUMBER));
    /** Whether LACPDUs are sent (802.3ad): 0 {@code off}, 1 {@code on}. */
    public static final Attribute<Integer> AD_LACP_ACTIVE = SET.add(29, "IFLA_BOND_AD_LACP_ACTIVE", upTo(1),
            READ_WRITE, NONE, new Display("lacp_active", "ad_lacp_active", CUSTOM));
    /** How often the partner is asked for LACPDUs (802.3ad): 0 {@code slow}, 1 {@code fast}. */
    public static final Attribute<Integer> AD_LACP_RATE = SET.add(21, "IFLA_BOND_AD_LACP_RATE", upTo(1), READ_WRITE,
            NONE, new Display("lacp_rate", "ad_lacp_rate", CUSTOM));
    /** How the active aggregator is chosen (802.3ad): 0 {@code stable}, 1 {@code bandwidth}, 2 {@code count}. */
    public static final Attribute<Integer> AD_SELECT = SET.add(22, "IFLA_BOND_AD_SELECT", upTo(2), READ_WRITE, NONE,
            as("ad_select", CUSTOM));
    /** The active aggregator (802.3ad): the {@link BondAdInfoAttributes} values. */
    public static final Attribute<AttributeValues> AD_INFO = SET.add(23, "IFLA_BOND_AD_INFO",
            ValueType.nested(BondAdInfoAttributes.SET), READ_ONLY, NONE, new Display(null, "ad_info", CUSTOM));
    /** The system priority in LACPDUs (802.3ad). */
    public static final Attribute<Integer> AD_ACTOR_SYS_PRIO = SET.add(24, "IFLA_BOND_AD_ACTOR_SYS_PRIO", U16,
            READ_WRITE, NONE, as("ad_actor_sys_prio", NUMBER));
    /** The user part of the port key (802.3ad). */
    public static final Attribute<Integer> AD_USER_PORT_KEY = SET.add(25, "IFLA_BOND_AD_USER_PORT_KEY", U16,
            READ_WRITE, NONE, as("ad_user_port_key", NUMBER));
    /** The system MAC address in LACPDUs (802.3ad). */
    public static final Attribute<MacAddress> AD_ACTOR_SYSTEM = SET.add(26, "IFLA_BOND_AD_ACTOR_SYSTEM", MAC,
            READ_WRITE, NONE, as("ad_actor_system", STRING));
    /** 1: balance-tlb spreads by load; 0: by hash alone. */
    public static final Attribute<Integer> TLB_DYNAMIC_LB = SET.add(27, "IFLA_BOND_TLB_DYNAMIC_LB", U8, READ_WRITE,
            NONE, as("tlb_dynamic_lb", NUMBER));
    /** Whether the ports' collecting and distributing states change together (802.3ad; kernel 6.12 on). */
    public static final Attribute<Integer> COUPLED_CONTROL = SET.add(32, "IFLA_BOND_COUPLED_CONTROL", upTo(1),
            READ_WRITE, NONE, Display.NONE);

    private BondAttributes() {
    }

    /** {@code u8} taking 0 to {@code max}: an enumerated option whose values ip numbers. */
    private static ValueType<Integer> upTo(int max) {
        return U8.requiring(v -> v <= max, "0 to " + max);
    }

    /** {@code u32} taking 0 to {@code max}. */
    private static ValueType<Integer> upTo32(int max) {
        return U32.requiring(v -> v >= 0 && v <= max, "0 to " + max);
    }

    /** A list of at most {@link #MAX_TARGETS} addresses of one family, members numbered by place. */
    private static ValueType<List<InetAddress>> targets(Class<? extends InetAddress> family, String name) {
        return ValueType.indexedListOf(ValueType.ADDRESS.requiring(family::isInstance, "an " + name + " address"))
                .requiring(list -> list.size() <= MAX_TARGETS, "at most " + MAX_TARGETS + " addresses");
    }
}
