package io.jnetlink.route.link;

import static io.jnetlink.core.attr.Access.READ_ONLY;
import static io.jnetlink.core.attr.Access.READ_WRITE;
import static io.jnetlink.core.attr.Access.WRITE_ONLY;
import static io.jnetlink.core.attr.Display.as;
import static io.jnetlink.core.attr.Format.CUSTOM;
import static io.jnetlink.core.attr.Format.FLAG_NUMBER;
import static io.jnetlink.core.attr.Format.HEX;
import static io.jnetlink.core.attr.Format.NUMBER;
import static io.jnetlink.core.attr.Format.STRING;
import static io.jnetlink.core.attr.Format.TIMER;
import static io.jnetlink.core.attr.Unit.CENTISECONDS;
import static io.jnetlink.core.attr.Unit.NONE;
import static io.jnetlink.core.attr.ValueType.BOOL;
import static io.jnetlink.core.attr.ValueType.FLAG;
import static io.jnetlink.core.attr.ValueType.MAC;
import static io.jnetlink.core.attr.ValueType.NESTED_RAW;
import static io.jnetlink.core.attr.ValueType.U16;
import static io.jnetlink.core.attr.ValueType.U16_BE;
import static io.jnetlink.core.attr.ValueType.U32;
import static io.jnetlink.core.attr.ValueType.U64;
import static io.jnetlink.core.attr.ValueType.U8;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeSet;
import io.jnetlink.core.attr.Display;
import io.jnetlink.core.attr.RawAttributes;

/**
 * {@code IFLA_BR_*} (linux/if_link.h): the options of a {@code bridge} link, in {@code IFLA_INFO_DATA}.
 * One row per attribute, in the order {@code ip -d link} prints them; complete against the
 * kernel's {@code rt-link.yaml} ({@code linkinfo-bridge-attrs}). Read with
 * {@link BridgeData#get(Attribute)}, set with {@link BridgeData#with(Attribute, Object)}.
 */
public final class BridgeAttributes {
    /** The {@code IFLA_BR_*} set. */
    public static final AttributeSet SET = new AttributeSet("IFLA_BR");

    /** STP forward delay. */
    public static final Attribute<Integer> FORWARD_DELAY = SET.add(1, "IFLA_BR_FORWARD_DELAY", U32, READ_WRITE, CENTISECONDS, as("forward_delay", NUMBER));
    /** STP hello time. */
    public static final Attribute<Integer> HELLO_TIME = SET.add(2, "IFLA_BR_HELLO_TIME", U32, READ_WRITE, CENTISECONDS, as("hello_time", NUMBER));
    /** STP maximum message age. */
    public static final Attribute<Integer> MAX_AGE = SET.add(3, "IFLA_BR_MAX_AGE", U32, READ_WRITE, CENTISECONDS, as("max_age", NUMBER));
    /** Ageing time of learned FDB entries. */
    public static final Attribute<Integer> AGEING_TIME = SET.add(4, "IFLA_BR_AGEING_TIME", U32, READ_WRITE, CENTISECONDS, as("ageing_time", NUMBER));
    /** STP: 0 off, 1 in the kernel, 2 in user space. */
    public static final Attribute<Integer> STP_STATE = SET.add(5, "IFLA_BR_STP_STATE", U32, READ_WRITE, NONE, as("stp_state", NUMBER));
    /** Bridge priority (the high 16 bits of its bridge id). */
    public static final Attribute<Integer> PRIORITY = SET.add(6, "IFLA_BR_PRIORITY", U16, READ_WRITE, NONE, as("priority", NUMBER));
    /** VLAN filtering on. */
    public static final Attribute<Boolean> VLAN_FILTERING = SET.add(7, "IFLA_BR_VLAN_FILTERING", BOOL, READ_WRITE, NONE, as("vlan_filtering", FLAG_NUMBER));
    /** VLAN ethertype: 0x8100 (802.1Q) or 0x88a8 (802.1ad). */
    public static final Attribute<Integer> VLAN_PROTOCOL = SET.add(8, "IFLA_BR_VLAN_PROTOCOL", U16_BE, READ_WRITE, NONE, as("vlan_protocol", CUSTOM));
    /** This bridge's id. */
    public static final Attribute<BridgeId> BRIDGE_ID = SET.add(11, "IFLA_BR_BRIDGE_ID", BridgeId.TYPE, READ_ONLY, NONE, as("bridge_id", CUSTOM));
    /** The designated root bridge's id. */
    public static final Attribute<BridgeId> ROOT_ID = SET.add(10, "IFLA_BR_ROOT_ID", BridgeId.TYPE, READ_ONLY, NONE, new Display("designated_root", "root_id", CUSTOM));
    /** Root port number. */
    public static final Attribute<Integer> ROOT_PORT = SET.add(12, "IFLA_BR_ROOT_PORT", U16, READ_ONLY, NONE, as("root_port", NUMBER));
    /** Root path cost. */
    public static final Attribute<Integer> ROOT_PATH_COST = SET.add(13, "IFLA_BR_ROOT_PATH_COST", U32, READ_ONLY, NONE, as("root_path_cost", NUMBER));
    /** Topology change flag. */
    public static final Attribute<Boolean> TOPOLOGY_CHANGE = SET.add(14, "IFLA_BR_TOPOLOGY_CHANGE", BOOL, READ_ONLY, NONE, as("topology_change", FLAG_NUMBER));
    /** Topology change detected flag. */
    public static final Attribute<Boolean> TOPOLOGY_CHANGE_DETECTED = SET.add(15, "IFLA_BR_TOPOLOGY_CHANGE_DETECTED", BOOL, READ_ONLY, NONE, as("topology_change_detected", FLAG_NUMBER));
    /** Hello timer (ticking). */
    public static final Attribute<Long> HELLO_TIMER = SET.add(16, "IFLA_BR_HELLO_TIMER", U64, READ_ONLY, CENTISECONDS, as("hello_timer", TIMER));
    /** Topology change notification timer (ticking). */
    public static final Attribute<Long> TCN_TIMER = SET.add(17, "IFLA_BR_TCN_TIMER", U64, READ_ONLY, CENTISECONDS, as("tcn_timer", TIMER));
    /** Topology change timer (ticking). */
    public static final Attribute<Long> TOPOLOGY_CHANGE_TIMER = SET.add(18, "IFLA_BR_TOPOLOGY_CHANGE_TIMER", U64, READ_ONLY, CENTISECONDS, as("topology_change_timer", TIMER));
    /** FDB garbage collection timer (ticking). */
    public static final Attribute<Long> GC_TIMER = SET.add(19, "IFLA_BR_GC_TIMER", U64, READ_ONLY, CENTISECONDS, as("gc_timer", TIMER));
    /** Default port VLAN id. */
    public static final Attribute<Integer> VLAN_DEFAULT_PVID = SET.add(39, "IFLA_BR_VLAN_DEFAULT_PVID", U16, READ_WRITE, NONE, as("vlan_default_pvid", NUMBER));
    /** Per-VLAN statistics on. */
    public static final Attribute<Boolean> VLAN_STATS_ENABLED = SET.add(41, "IFLA_BR_VLAN_STATS_ENABLED", BOOL, READ_WRITE, NONE, as("vlan_stats_enabled", FLAG_NUMBER));
    /** Per-port VLAN statistics on. */
    public static final Attribute<Boolean> VLAN_STATS_PER_PORT = SET.add(45, "IFLA_BR_VLAN_STATS_PER_PORT", BOOL, READ_WRITE, NONE, as("vlan_stats_per_port", FLAG_NUMBER));
    /** Link-local group addresses forwarded, as a bit mask (bit n: 01:80:c2:00:00:0n). */
    public static final Attribute<Integer> GROUP_FWD_MASK = SET.add(9, "IFLA_BR_GROUP_FWD_MASK", U16, READ_WRITE, NONE, as("group_fwd_mask", HEX));
    /** STP group address. */
    public static final Attribute<MacAddress> GROUP_ADDR = SET.add(20, "IFLA_BR_GROUP_ADDR", MAC, READ_WRITE, NONE, new Display("group_address", "group_addr", STRING));
    /** IGMP/MLD snooping on. */
    public static final Attribute<Boolean> MCAST_SNOOPING = SET.add(23, "IFLA_BR_MCAST_SNOOPING", BOOL, READ_WRITE, NONE, as("mcast_snooping", FLAG_NUMBER));
    /** Boolean options ({@code no_linklocal_learn}, {@code mcast_vlan_snooping}, ...) with the mask of those given. */
    public static final Attribute<BridgeBoolOptions> MULTI_BOOLOPT = SET.add(46, "IFLA_BR_MULTI_BOOLOPT", BridgeBoolOptions.TYPE, READ_WRITE, NONE, as("multi_boolopt", CUSTOM));
    /** Multicast router mode: 0 disabled, 1 temporary (default), 2 permanent. */
    public static final Attribute<Integer> MCAST_ROUTER = SET.add(22, "IFLA_BR_MCAST_ROUTER", U8, READ_WRITE, NONE, as("mcast_router", NUMBER));
    /** Queries use the bridge's own address. */
    public static final Attribute<Boolean> MCAST_QUERY_USE_IFADDR = SET.add(24, "IFLA_BR_MCAST_QUERY_USE_IFADDR", BOOL, READ_WRITE, NONE, as("mcast_query_use_ifaddr", FLAG_NUMBER));
    /** The bridge acts as multicast querier. */
    public static final Attribute<Boolean> MCAST_QUERIER = SET.add(25, "IFLA_BR_MCAST_QUERIER", BOOL, READ_WRITE, NONE, as("mcast_querier", FLAG_NUMBER));
    /** Multicast hash elasticity (ignored by kernels since 5.0). */
    public static final Attribute<Integer> MCAST_HASH_ELASTICITY = SET.add(26, "IFLA_BR_MCAST_HASH_ELASTICITY", U32, READ_WRITE, NONE, as("mcast_hash_elasticity", NUMBER));
    /** Size of the multicast group table. */
    public static final Attribute<Integer> MCAST_HASH_MAX = SET.add(27, "IFLA_BR_MCAST_HASH_MAX", U32, READ_WRITE, NONE, as("mcast_hash_max", NUMBER));
    /** Last member query count. */
    public static final Attribute<Integer> MCAST_LAST_MEMBER_CNT = SET.add(28, "IFLA_BR_MCAST_LAST_MEMBER_CNT", U32, READ_WRITE, NONE, new Display("mcast_last_member_count", "mcast_last_member_cnt", NUMBER));
    /** Startup query count. */
    public static final Attribute<Integer> MCAST_STARTUP_QUERY_CNT = SET.add(29, "IFLA_BR_MCAST_STARTUP_QUERY_CNT", U32, READ_WRITE, NONE, new Display("mcast_startup_query_count", "mcast_startup_query_cnt", NUMBER));
    /** Last member query interval. */
    public static final Attribute<Long> MCAST_LAST_MEMBER_INTVL = SET.add(30, "IFLA_BR_MCAST_LAST_MEMBER_INTVL", U64, READ_WRITE, CENTISECONDS, new Display("mcast_last_member_interval", "mcast_last_member_intvl", NUMBER));
    /** Group membership interval. */
    public static final Attribute<Long> MCAST_MEMBERSHIP_INTVL = SET.add(31, "IFLA_BR_MCAST_MEMBERSHIP_INTVL", U64, READ_WRITE, CENTISECONDS, new Display("mcast_membership_interval", "mcast_membership_intvl", NUMBER));
    /** Other querier present interval. */
    public static final Attribute<Long> MCAST_QUERIER_INTVL = SET.add(32, "IFLA_BR_MCAST_QUERIER_INTVL", U64, READ_WRITE, CENTISECONDS, new Display("mcast_querier_interval", "mcast_querier_intvl", NUMBER));
    /** Query interval. */
    public static final Attribute<Long> MCAST_QUERY_INTVL = SET.add(33, "IFLA_BR_MCAST_QUERY_INTVL", U64, READ_WRITE, CENTISECONDS, new Display("mcast_query_interval", "mcast_query_intvl", NUMBER));
    /** Query response interval. */
    public static final Attribute<Long> MCAST_QUERY_RESPONSE_INTVL = SET.add(34, "IFLA_BR_MCAST_QUERY_RESPONSE_INTVL", U64, READ_WRITE, CENTISECONDS, new Display("mcast_query_response_interval", "mcast_query_response_intvl", NUMBER));
    /** Startup query interval. */
    public static final Attribute<Long> MCAST_STARTUP_QUERY_INTVL = SET.add(35, "IFLA_BR_MCAST_STARTUP_QUERY_INTVL", U64, READ_WRITE, CENTISECONDS, new Display("mcast_startup_query_interval", "mcast_startup_query_intvl", NUMBER));
    /** Multicast statistics on. */
    public static final Attribute<Boolean> MCAST_STATS_ENABLED = SET.add(42, "IFLA_BR_MCAST_STATS_ENABLED", BOOL, READ_WRITE, NONE, as("mcast_stats_enabled", FLAG_NUMBER));
    /** IGMP version (2 or 3). */
    public static final Attribute<Integer> MCAST_IGMP_VERSION = SET.add(43, "IFLA_BR_MCAST_IGMP_VERSION", U8, READ_WRITE, NONE, as("mcast_igmp_version", NUMBER));
    /** MLD version (1 or 2). */
    public static final Attribute<Integer> MCAST_MLD_VERSION = SET.add(44, "IFLA_BR_MCAST_MLD_VERSION", U8, READ_WRITE, NONE, as("mcast_mld_version", NUMBER));
    /** Bridged IPv4 traffic goes through iptables. */
    public static final Attribute<Boolean> NF_CALL_IPTABLES = SET.add(36, "IFLA_BR_NF_CALL_IPTABLES", BOOL, READ_WRITE, NONE, as("nf_call_iptables", FLAG_NUMBER));
    /** Bridged IPv6 traffic goes through ip6tables. */
    public static final Attribute<Boolean> NF_CALL_IP6TABLES = SET.add(37, "IFLA_BR_NF_CALL_IP6TABLES", BOOL, READ_WRITE, NONE, as("nf_call_ip6tables", FLAG_NUMBER));
    /** Bridged ARP traffic goes through arptables. */
    public static final Attribute<Boolean> NF_CALL_ARPTABLES = SET.add(38, "IFLA_BR_NF_CALL_ARPTABLES", BOOL, READ_WRITE, NONE, as("nf_call_arptables", FLAG_NUMBER));
    /** A command: flush the bridge's FDB. */
    public static final Attribute<Boolean> FDB_FLUSH = SET.add(21, "IFLA_BR_FDB_FLUSH", FLAG, WRITE_ONLY, NONE, Display.NONE);
    /** The multicast querier state, nested ({@code IFLA_BR_QUERIER_*}), kept raw. */
    public static final Attribute<RawAttributes> MCAST_QUERIER_STATE = SET.add(47, "IFLA_BR_MCAST_QUERIER_STATE", NESTED_RAW, READ_ONLY, NONE, Display.NONE);
    /** FDB entries learned (kernel 6.8 and later). */
    public static final Attribute<Integer> FDB_N_LEARNED = SET.add(48, "IFLA_BR_FDB_N_LEARNED", U32, READ_ONLY, NONE, Display.NONE);
    /** Most FDB entries the bridge learns, 0 without a limit (kernel 6.8 and later). */
    public static final Attribute<Integer> FDB_MAX_LEARNED = SET.add(49, "IFLA_BR_FDB_MAX_LEARNED", U32, READ_WRITE, NONE, Display.NONE);

    static {
        SET.ignore(40); // IFLA_BR_PAD: aligns the 64-bit timers, carries nothing
    }

    private BridgeAttributes() {
    }
}
