package io.jnetlink.route.link;

import static io.jnetlink.core.attr.Access.READ_ONLY;
import static io.jnetlink.core.attr.Access.READ_WRITE;
import static io.jnetlink.core.attr.Access.WRITE_ONLY;
import static io.jnetlink.core.attr.Display.as;
import static io.jnetlink.core.attr.Format.CUSTOM;
import static io.jnetlink.core.attr.Format.NUMBER;
import static io.jnetlink.core.attr.Format.STRING;
import static io.jnetlink.core.attr.Unit.BYTES;
import static io.jnetlink.core.attr.Unit.NONE;
import static io.jnetlink.core.attr.Unit.PACKETS;
import static io.jnetlink.core.attr.ValueType.BINARY;
import static io.jnetlink.core.attr.ValueType.MAC;
import static io.jnetlink.core.attr.ValueType.NESTED_RAW;
import static io.jnetlink.core.attr.ValueType.U32;
import static io.jnetlink.core.attr.ValueType.U8;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeSet;
import io.jnetlink.core.attr.Display;
import io.jnetlink.core.attr.RawAttributes;
import io.jnetlink.core.attr.ValueType;
import io.jnetlink.core.message.NlAttr;

/**
 * {@code IFLA_*} (linux/if_link.h): the attributes of a link message ({@code RTM_NEWLINK}). One row
 * per attribute, those {@code ip link} prints first, in its order; complete against the kernel's
 * {@code rt-link.yaml} ({@code link-attrs}) up to kernel 6.18. Read with {@link Link#get(Attribute)},
 * set with {@code LinkRequest.with(Attribute, Object)}.
 */
public final class LinkAttributes {
    /** The {@code IFLA_*} set. */
    public static final AttributeSet SET = new AttributeSet("IFLA");

    /** A nest kept raw and sent with {@code NLA_F_NESTED}, as ip sends {@code IFLA_PROTO_DOWN_REASON}. */
    private static final ValueType<RawAttributes> FLAGGED_NEST = ValueType.of(RawAttributes.class,
            a -> RawAttributes.wrap(a.bytes()), (w, t, v) -> w.attrBytes(t | NlAttr.NLA_F_NESTED, v.toByteArray()));

    /** The queueing disciplines a link usually names, returned without allocating a string. */
    private static final String[] QDISCS = {"noop", "noqueue", "pfifo_fast", "fq_codel", "mq", "fq", "pfifo",
        "bfifo", "prio", "htb", "tbf", "sfq", "cake", "netem"};
    private static final ValueType<String> QDISC_NAME = ValueType.of(String.class, a -> a.string(QDISCS),
            (w, type, name) -> w.attrString(type, name));

    /** The interface name (at most 15 bytes). */
    public static final Attribute<String> IFNAME = SET.add(3, "IFLA_IFNAME", ValueType.STRING, READ_WRITE, NONE, new Display(null, "ifname", STRING));
    /** The lower device's interface index: a vlan's or macvlan's parent, a veth's peer; 0 when none. */
    public static final Attribute<Integer> LINK = SET.add(5, "IFLA_LINK", U32, READ_WRITE, NONE, new Display(null, "link", CUSTOM));
    /** Maximum transmission unit. */
    public static final Attribute<Integer> MTU = SET.add(4, "IFLA_MTU", U32, READ_WRITE, BYTES, as("mtu", NUMBER));
    /** Name of the root queueing discipline. */
    public static final Attribute<String> QDISC = SET.add(6, "IFLA_QDISC", QDISC_NAME, READ_ONLY, NONE, as("qdisc", STRING));
    /** The master's interface index (bridge, bond, vrf); 0 when none, and in a request 0 releases the link. */
    public static final Attribute<Integer> MASTER = SET.add(10, "IFLA_MASTER", U32, READ_WRITE, NONE, as("master", CUSTOM));
    /** Operational state (RFC 2863), see {@link OperState}. */
    public static final Attribute<Integer> OPERSTATE = SET.add(16, "IFLA_OPERSTATE", U8, READ_WRITE, NONE, new Display("state", "operstate", CUSTOM));
    /** Link mode: 0 default, 1 dormant. */
    public static final Attribute<Integer> LINKMODE = SET.add(17, "IFLA_LINKMODE", U8, READ_WRITE, NONE, new Display("mode", "linkmode", CUSTOM));
    /** Device group (0 is {@code default}). */
    public static final Attribute<Integer> GROUP = SET.add(27, "IFLA_GROUP", U32, READ_WRITE, NONE, as("group", CUSTOM));
    /** Transmit queue length. */
    public static final Attribute<Integer> TXQLEN = SET.add(13, "IFLA_TXQLEN", U32, READ_WRITE, PACKETS, new Display("qlen", "txqlen", NUMBER));
    /** Why a notification was sent ({@code IFLA_EVENT_*}: 1 reboot, 2 feature change, ...). */
    public static final Attribute<Integer> EVENT = SET.add(44, "IFLA_EVENT", U32, READ_ONLY, NONE, as("event", CUSTOM));
    /** Link-layer address. */
    public static final Attribute<MacAddress> ADDRESS = SET.add(1, "IFLA_ADDRESS", MAC, READ_WRITE, NONE, as("address", STRING));
    /** Link-layer broadcast address (the peer's on point-to-point links). */
    public static final Attribute<MacAddress> BROADCAST = SET.add(2, "IFLA_BROADCAST", ValueType.shared(MAC), READ_WRITE, NONE, new Display("brd", "broadcast", STRING));
    /** Permanent (factory) link-layer address. */
    public static final Attribute<MacAddress> PERM_ADDRESS = SET.add(54, "IFLA_PERM_ADDRESS", MAC, READ_ONLY, NONE, as("permaddr", STRING));
    /** Namespace id, in this namespace, of the namespace that holds {@link #LINK}; -1 for none. */
    public static final Attribute<Integer> LINK_NETNSID = SET.add(37, "IFLA_LINK_NETNSID", U32, READ_WRITE, NONE, new Display("link-netnsid", "link_netnsid", CUSTOM));
    /** Protocol down: the link stays down whatever its administrative state. */
    public static final Attribute<Integer> PROTO_DOWN = SET.add(39, "IFLA_PROTO_DOWN", U8, READ_WRITE, NONE, new Display("protodown", "proto_down", CUSTOM));
    /** Number of promiscuous-mode users. */
    public static final Attribute<Integer> PROMISCUITY = SET.add(30, "IFLA_PROMISCUITY", U32, READ_ONLY, NONE, as("promiscuity", NUMBER));
    /** Number of all-multicast users. */
    public static final Attribute<Integer> ALLMULTI = SET.add(61, "IFLA_ALLMULTI", U32, READ_ONLY, NONE, as("allmulti", NUMBER));
    /** Smallest MTU the device takes. */
    public static final Attribute<Integer> MIN_MTU = SET.add(50, "IFLA_MIN_MTU", U32, READ_ONLY, BYTES, new Display("minmtu", "min_mtu", NUMBER));
    /** Largest MTU the device takes. */
    public static final Attribute<Integer> MAX_MTU = SET.add(51, "IFLA_MAX_MTU", U32, READ_ONLY, BYTES, new Display("maxmtu", "max_mtu", NUMBER));
    /** The kind and its options ({@code IFLA_INFO_*}). */
    public static final Attribute<LinkInfo> LINKINFO = SET.add(18, "IFLA_LINKINFO", ValueType.shared(LinkInfo.TYPE), READ_WRITE, NONE, new Display(null, "linkinfo", CUSTOM));
    /** Per address family settings ({@code AF_INET}: {@code IFLA_INET_CONF}; {@code AF_INET6}: {@code IFLA_INET6_*}), kept raw; {@link Link#addrGenMode()} reads the IPv6 address generation mode from it. */
    public static final Attribute<RawAttributes> AF_SPEC = SET.add(26, "IFLA_AF_SPEC", AddressFamilySpec.TYPE, READ_WRITE, NONE, new Display("addrgenmode", "inet6_addr_gen_mode", CUSTOM));
    /** Number of transmit queues (set when the link is created). */
    public static final Attribute<Integer> NUM_TX_QUEUES = SET.add(31, "IFLA_NUM_TX_QUEUES", U32, READ_WRITE, NONE, new Display("numtxqueues", "num_tx_queues", NUMBER));
    /** Number of receive queues (set when the link is created). */
    public static final Attribute<Integer> NUM_RX_QUEUES = SET.add(32, "IFLA_NUM_RX_QUEUES", U32, READ_WRITE, NONE, new Display("numrxqueues", "num_rx_queues", NUMBER));
    /** Largest generic segmentation offload packet. */
    public static final Attribute<Integer> GSO_MAX_SIZE = SET.add(41, "IFLA_GSO_MAX_SIZE", U32, READ_WRITE, BYTES, as("gso_max_size", NUMBER));
    /** Most segments of a generic segmentation offload packet. */
    public static final Attribute<Integer> GSO_MAX_SEGS = SET.add(40, "IFLA_GSO_MAX_SEGS", U32, READ_WRITE, NONE, as("gso_max_segs", NUMBER));
    /** Largest TCP segmentation offload packet the device takes. */
    public static final Attribute<Integer> TSO_MAX_SIZE = SET.add(59, "IFLA_TSO_MAX_SIZE", U32, READ_ONLY, BYTES, as("tso_max_size", NUMBER));
    /** Most TCP segmentation offload segments the device takes. */
    public static final Attribute<Integer> TSO_MAX_SEGS = SET.add(60, "IFLA_TSO_MAX_SEGS", U32, READ_ONLY, NONE, as("tso_max_segs", NUMBER));
    /** Largest generic receive offload packet. */
    public static final Attribute<Integer> GRO_MAX_SIZE = SET.add(58, "IFLA_GRO_MAX_SIZE", U32, READ_WRITE, BYTES, as("gro_max_size", NUMBER));
    /** Bus of the parent device (the hardware behind a NIC). */
    public static final Attribute<String> PARENT_DEV_BUS_NAME = SET.add(57, "IFLA_PARENT_DEV_BUS_NAME", ValueType.STRING, READ_ONLY, NONE, as("parentbus", STRING));
    /** Name of the parent device on its bus ({@code ip link ... parentdev NAME} sends it; the kernel ignores it in requests). */
    public static final Attribute<String> PARENT_DEV_NAME = SET.add(56, "IFLA_PARENT_DEV_NAME", ValueType.STRING, READ_WRITE, NONE, as("parentdev", STRING));
    /** Interface alias (free text). */
    public static final Attribute<String> IFALIAS = SET.add(20, "IFLA_IFALIAS", ValueType.STRING_NO_NUL, READ_WRITE, NONE, new Display("alias", "ifalias", STRING));
    /** 64-bit interface counters, see {@link LinkStats}. */
    public static final Attribute<LinkStats> STATS64 = SET.add(23, "IFLA_STATS64", LinkStats.TYPE, READ_ONLY, NONE, Display.NONE);
    /** Carrier: 1 up, 0 down (a request may set it on devices that let it). */
    public static final Attribute<Integer> CARRIER = SET.add(33, "IFLA_CARRIER", U8, READ_WRITE, NONE, Display.NONE);
    /** Number of carrier changes. */
    public static final Attribute<Integer> CARRIER_CHANGES = SET.add(35, "IFLA_CARRIER_CHANGES", U32, READ_ONLY, NONE, Display.NONE);
    /** Number of times the carrier went up. */
    public static final Attribute<Integer> CARRIER_UP_COUNT = SET.add(47, "IFLA_CARRIER_UP_COUNT", U32, READ_ONLY, NONE, Display.NONE);
    /** Number of times the carrier went down. */
    public static final Attribute<Integer> CARRIER_DOWN_COUNT = SET.add(48, "IFLA_CARRIER_DOWN_COUNT", U32, READ_ONLY, NONE, Display.NONE);
    /** Protocol-specific information: {@code IFLA_BRPORT_*} of a bridge port in {@code AF_BRIDGE} messages, {@code IFLA_INET6_*} in {@code AF_INET6} ones. */
    public static final Attribute<RawAttributes> PROTINFO = SET.add(12, "IFLA_PROTINFO", NESTED_RAW, READ_WRITE, NONE, Display.NONE);
    /** Device memory map ({@code struct rtnl_link_ifmap}). */
    public static final Attribute<byte[]> MAP = SET.add(14, "IFLA_MAP", BINARY, READ_WRITE, NONE, Display.NONE);
    /** Weight (unused by the kernel). */
    public static final Attribute<Integer> WEIGHT = SET.add(15, "IFLA_WEIGHT", U32, READ_WRITE, NONE, Display.NONE);
    /** Cost (declared, never sent by the kernel; kept as bytes). */
    public static final Attribute<byte[]> COST = SET.add(8, "IFLA_COST", BINARY, READ_ONLY, NONE, Display.NONE);
    /** Priority (declared, never sent by the kernel; kept as bytes). */
    public static final Attribute<byte[]> PRIORITY = SET.add(9, "IFLA_PRIORITY", BINARY, READ_ONLY, NONE, Display.NONE);
    /** Wireless extension event. */
    public static final Attribute<byte[]> WIRELESS = SET.add(11, "IFLA_WIRELESS", BINARY, READ_ONLY, NONE, Display.NONE);
    /** A command: move the link to the namespace of this process. */
    public static final Attribute<Integer> NET_NS_PID = SET.add(19, "IFLA_NET_NS_PID", U32, WRITE_ONLY, NONE, Display.NONE);
    /** A command: move the link to the namespace open at this file descriptor. */
    public static final Attribute<Integer> NET_NS_FD = SET.add(28, "IFLA_NET_NS_FD", U32, WRITE_ONLY, NONE, Display.NONE);
    /** Dump request: {@code RTEXT_FILTER_*} bits asking for more or less information. */
    public static final Attribute<Integer> EXT_MASK = SET.add(29, "IFLA_EXT_MASK", U32, WRITE_ONLY, NONE, Display.NONE);
    /** Number of SR-IOV virtual functions. */
    public static final Attribute<Integer> NUM_VF = SET.add(21, "IFLA_NUM_VF", U32, READ_ONLY, NONE, Display.NONE);
    /** SR-IOV virtual function settings. */
    public static final Attribute<RawAttributes> VFINFO_LIST = SET.add(22, "IFLA_VFINFO_LIST", NESTED_RAW, READ_WRITE, NONE, Display.NONE);
    /** SR-IOV virtual function port profiles. */
    public static final Attribute<RawAttributes> VF_PORTS = SET.add(24, "IFLA_VF_PORTS", NESTED_RAW, READ_WRITE, NONE, Display.NONE);
    /** The device's own port profile. */
    public static final Attribute<RawAttributes> PORT_SELF = SET.add(25, "IFLA_PORT_SELF", NESTED_RAW, READ_WRITE, NONE, Display.NONE);
    /** Physical port id. */
    public static final Attribute<byte[]> PHYS_PORT_ID = SET.add(34, "IFLA_PHYS_PORT_ID", BINARY, READ_ONLY, NONE, Display.NONE);
    /** Physical switch id. */
    public static final Attribute<byte[]> PHYS_SWITCH_ID = SET.add(36, "IFLA_PHYS_SWITCH_ID", BINARY, READ_ONLY, NONE, Display.NONE);
    /** Physical port name. */
    public static final Attribute<String> PHYS_PORT_NAME = SET.add(38, "IFLA_PHYS_PORT_NAME", ValueType.STRING, READ_ONLY, NONE, Display.NONE);
    /** Attached XDP program ({@code IFLA_XDP_*}). */
    public static final Attribute<RawAttributes> XDP = SET.add(43, "IFLA_XDP", ValueType.shared(NESTED_RAW), READ_WRITE, NONE, Display.NONE);
    /** In a deletion notice: the namespace id the link moved to. */
    public static final Attribute<Integer> NEW_NETNSID = SET.add(45, "IFLA_NEW_NETNSID", U32, READ_ONLY, NONE, Display.NONE);
    /** A request that works in the namespace of this id ({@code IFLA_IF_NETNSID}). */
    public static final Attribute<Integer> TARGET_NETNSID = SET.add(46, "IFLA_TARGET_NETNSID", U32, WRITE_ONLY, NONE, Display.NONE);
    /**
     * In a deletion notice: the index the link has in the namespace it moved to; in a request
     * that moves a link ({@code ip link set DEV netns NS index N}): the index it asks for there.
     */
    public static final Attribute<Integer> NEW_IFINDEX = SET.add(49, "IFLA_NEW_IFINDEX", U32, READ_WRITE, NONE, Display.NONE);
    /** Properties: the alternative names ({@code IFLA_ALT_IFNAME}s). */
    public static final Attribute<RawAttributes> PROP_LIST = SET.add(52, "IFLA_PROP_LIST", NESTED_RAW, READ_WRITE, NONE, Display.NONE);
    /** An alternative name (in requests and inside {@link #PROP_LIST}). */
    public static final Attribute<String> ALT_IFNAME = SET.add(53, "IFLA_ALT_IFNAME", ValueType.STRING, READ_WRITE, NONE, Display.NONE);
    /** Why protocol down is set ({@code IFLA_PROTO_DOWN_REASON_*}). */
    public static final Attribute<RawAttributes> PROTO_DOWN_REASON = SET.add(55, "IFLA_PROTO_DOWN_REASON", FLAGGED_NEST, READ_WRITE, NONE, Display.NONE);
    /** The devlink port behind the link (kernel 6.2 and later). */
    public static final Attribute<RawAttributes> DEVLINK_PORT = SET.add(62, "IFLA_DEVLINK_PORT", NESTED_RAW, READ_ONLY, NONE, Display.NONE);
    /** Largest IPv4 generic segmentation offload packet (kernel 6.3 and later). */
    public static final Attribute<Integer> GSO_IPV4_MAX_SIZE = SET.add(63, "IFLA_GSO_IPV4_MAX_SIZE", U32, READ_WRITE, BYTES, Display.NONE);
    /** Largest IPv4 generic receive offload packet (kernel 6.3 and later). */
    public static final Attribute<Integer> GRO_IPV4_MAX_SIZE = SET.add(64, "IFLA_GRO_IPV4_MAX_SIZE", U32, READ_WRITE, BYTES, Display.NONE);
    /** The DPLL pin of the device (kernel 6.7 and later). */
    public static final Attribute<RawAttributes> DPLL_PIN = SET.add(65, "IFLA_DPLL_PIN", NESTED_RAW, READ_ONLY, NONE, Display.NONE);
    /** Pacing offload horizon in nanoseconds (kernel 6.13 and later). */
    public static final Attribute<Long> MAX_PACING_OFFLOAD_HORIZON = SET.add(66, "IFLA_MAX_PACING_OFFLOAD_HORIZON", ValueType.UINT, READ_ONLY, NONE, Display.NONE);
    /** 1 when the link cannot change namespace (kernel 6.13 and later). */
    public static final Attribute<Integer> NETNS_IMMUTABLE = SET.add(67, "IFLA_NETNS_IMMUTABLE", U8, READ_ONLY, NONE, Display.NONE);
    /** Headroom the device needs (kernel 6.15 and later). */
    public static final Attribute<Integer> HEADROOM = SET.add(68, "IFLA_HEADROOM", ValueType.U16, READ_ONLY, BYTES, Display.NONE);
    /** Tailroom the device needs (kernel 6.15 and later). */
    public static final Attribute<Integer> TAILROOM = SET.add(69, "IFLA_TAILROOM", ValueType.U16, READ_ONLY, BYTES, Display.NONE);

    /** {@code IFLA_STATS}, the kernel's 32-bit copy of {@link #STATS64}: skipped (the same counters, cut). */
    private static final int STATS = 7;
    /** {@code IFLA_PAD}: aligns 64-bit values, carries nothing. */
    private static final int PAD = 42;

    static {
        SET.ignore(STATS);
        SET.ignore(PAD);
    }

    /** {@code IFLA_INET6_ADDR_GEN_MODE}: in {@link #AF_SPEC} for {@code AF_INET6}: see {@link Link#addrGenMode()}. */
    public static final int IFLA_INET6_ADDR_GEN_MODE = 8;
    /** {@code IFLA_INET6_STATS}: in {@link #AF_SPEC} for {@code AF_INET6}: the IPv6 counters (u64 array). */
    public static final int IFLA_INET6_STATS = 3;

    /** {@code RTEXT_FILTER_VF}: {@link #EXT_MASK} bit: include SR-IOV virtual function information. */
    public static final int RTEXT_FILTER_VF = 1;
    /** {@code RTEXT_FILTER_SKIP_STATS}: {@link #EXT_MASK} bit: leave out the statistics. */
    public static final int RTEXT_FILTER_SKIP_STATS = 1 << 3;

    private LinkAttributes() {
    }
}
