package io.jnetlink.route.link;

/**
 * Attribute types of {@code RTM_*LINK} messages, named as in linux/if_link.h (top level
 * {@code IFLA_*}, the {@code IFLA_LINKINFO} nest {@code IFLA_INFO_*}, the IPv6 part of
 * {@code IFLA_AF_SPEC}) and the {@code IFLA_EXT_MASK} bits of linux/rtnetlink.h.
 */
public final class LinkAttributes {
    /** {@code IFLA_ADDRESS}: see {@link Link#address()}. */
    public static final int IFLA_ADDRESS = 1;
    /** {@code IFLA_BROADCAST}: see {@link Link#broadcast()}. */
    public static final int IFLA_BROADCAST = 2;
    /** {@code IFLA_IFNAME}: see {@link Link#name()}. */
    public static final int IFLA_IFNAME = 3;
    /** {@code IFLA_MTU}: see {@link Link#mtu()}. */
    public static final int IFLA_MTU = 4;
    /** {@code IFLA_LINK}: see {@link Link#link()}. */
    public static final int IFLA_LINK = 5;
    /** {@code IFLA_QDISC}: see {@link Link#qdisc()}. */
    public static final int IFLA_QDISC = 6;
    /** {@code IFLA_STATS}: {@code struct rtnl_link_stats} (32-bit counters), kept raw in {@link Link#otherAttributes()}. */
    public static final int IFLA_STATS = 7;
    /** {@code IFLA_MASTER}: see {@link Link#master()}. */
    public static final int IFLA_MASTER = 10;
    /**
     * {@code IFLA_PROTINFO}: protocol-specific link information. In a bridge's own
     * {@code ifi_family AF_BRIDGE} messages about a port it nests the port's
     * {@code IFLA_BRPORT_*}, decoded into {@link Link#info()} (see {@link Link#from}); otherwise
     * kept raw in {@link Link#otherAttributes()}.
     */
    public static final int IFLA_PROTINFO = 12;
    /** {@code IFLA_TXQLEN}: see {@link Link#txQueueLength()}. */
    public static final int IFLA_TXQLEN = 13;
    /** {@code IFLA_MAP}: {@code struct rtnl_link_ifmap} (device memory and IRQ), kept raw in {@link Link#otherAttributes()}. */
    public static final int IFLA_MAP = 14;
    /** {@code IFLA_OPERSTATE}: see {@link Link#operState()}. */
    public static final int IFLA_OPERSTATE = 16;
    /** {@code IFLA_LINKMODE}: see {@link Link#linkMode()}. */
    public static final int IFLA_LINKMODE = 17;
    /** {@code IFLA_LINKINFO}: see {@link Link#info()}. */
    public static final int IFLA_LINKINFO = 18;
    /** {@code IFLA_NET_NS_PID}: request: move the link to the namespace of this process id (u32). */
    public static final int IFLA_NET_NS_PID = 19;
    /** {@code IFLA_IFALIAS}: see {@link Link#alias()}. */
    public static final int IFLA_IFALIAS = 20;
    /** {@code IFLA_STATS64}: see {@link Link#stats()}. */
    public static final int IFLA_STATS64 = 23;
    /** {@code IFLA_AF_SPEC}: see {@link Link#otherAttributes()}. */
    public static final int IFLA_AF_SPEC = 26;
    /** {@code IFLA_GROUP}: see {@link Link#group()}. */
    public static final int IFLA_GROUP = 27;
    /** {@code IFLA_NET_NS_FD}: request: move the link to the namespace open at this descriptor (u32). */
    public static final int IFLA_NET_NS_FD = 28;
    /** {@code IFLA_EXT_MASK}: dump request: {@code RTEXT_FILTER_*} bits asking for more or less information (u32). */
    public static final int IFLA_EXT_MASK = 29;
    /** {@code IFLA_PROMISCUITY}: see {@link Link#promiscuity()}. */
    public static final int IFLA_PROMISCUITY = 30;
    /** {@code IFLA_NUM_TX_QUEUES}: see {@link Link#numTxQueues()}. */
    public static final int IFLA_NUM_TX_QUEUES = 31;
    /** {@code IFLA_NUM_RX_QUEUES}: see {@link Link#numRxQueues()}. */
    public static final int IFLA_NUM_RX_QUEUES = 32;
    /** {@code IFLA_CARRIER}: see {@link Link#carrier()}. */
    public static final int IFLA_CARRIER = 33;
    /** {@code IFLA_CARRIER_CHANGES}: see {@link Link#carrierChanges()}. */
    public static final int IFLA_CARRIER_CHANGES = 35;
    /** {@code IFLA_LINK_NETNSID}: see {@link Link#linkNetnsId()}. */
    public static final int IFLA_LINK_NETNSID = 37;
    /** {@code IFLA_PROTO_DOWN}: see {@link Link#protoDown()}. */
    public static final int IFLA_PROTO_DOWN = 39;
    /** {@code IFLA_GSO_MAX_SEGS}: see {@link Link#gsoMaxSegs()}. */
    public static final int IFLA_GSO_MAX_SEGS = 40;
    /** {@code IFLA_GSO_MAX_SIZE}: see {@link Link#gsoMaxSize()}. */
    public static final int IFLA_GSO_MAX_SIZE = 41;
    /** {@code IFLA_PAD}: padding that aligns the 64-bit values after it; carries nothing. */
    public static final int IFLA_PAD = 42;
    /** {@code IFLA_CARRIER_UP_COUNT}: see {@link Link#carrierUpCount()}. */
    public static final int IFLA_CARRIER_UP_COUNT = 47;
    /** {@code IFLA_CARRIER_DOWN_COUNT}: see {@link Link#carrierDownCount()}. */
    public static final int IFLA_CARRIER_DOWN_COUNT = 48;
    /** {@code IFLA_MIN_MTU}: see {@link Link#minMtu()}. */
    public static final int IFLA_MIN_MTU = 50;
    /** {@code IFLA_MAX_MTU}: see {@link Link#maxMtu()}. */
    public static final int IFLA_MAX_MTU = 51;
    /** {@code IFLA_PERM_ADDRESS}: see {@link Link#permanentAddress()}. */
    public static final int IFLA_PERM_ADDRESS = 54;
    /** {@code IFLA_PARENT_DEV_NAME}: see {@link Link#parentDevName()}. */
    public static final int IFLA_PARENT_DEV_NAME = 56;
    /** {@code IFLA_PARENT_DEV_BUS_NAME}: see {@link Link#parentDevBusName()}. */
    public static final int IFLA_PARENT_DEV_BUS_NAME = 57;
    /** {@code IFLA_GRO_MAX_SIZE}: see {@link Link#groMaxSize()}. */
    public static final int IFLA_GRO_MAX_SIZE = 58;
    /** {@code IFLA_TSO_MAX_SIZE}: see {@link Link#tsoMaxSize()}. */
    public static final int IFLA_TSO_MAX_SIZE = 59;
    /** {@code IFLA_TSO_MAX_SEGS}: see {@link Link#tsoMaxSegs()}. */
    public static final int IFLA_TSO_MAX_SEGS = 60;
    /** {@code IFLA_ALLMULTI}: see {@link Link#allmulti()}. */
    public static final int IFLA_ALLMULTI = 61;

    /** {@code IFLA_INFO_KIND}: in {@code IFLA_LINKINFO}: the kind's name (string), {@link LinkInfo#kind()}. */
    public static final int IFLA_INFO_KIND = 1;
    /** {@code IFLA_INFO_DATA}: in {@code IFLA_LINKINFO}: the kind's own attributes (nested), {@link LinkInfo#data()}. */
    public static final int IFLA_INFO_DATA = 2;
    /** {@code IFLA_INFO_XSTATS}: in {@code IFLA_LINKINFO}: statistics of the kind. */
    public static final int IFLA_INFO_XSTATS = 3;
    /** {@code IFLA_INFO_SLAVE_KIND}: in {@code IFLA_LINKINFO} of a port: its master's kind (string), {@link LinkInfo#slaveKind()}. */
    public static final int IFLA_INFO_SLAVE_KIND = 4;
    /** {@code IFLA_INFO_SLAVE_DATA}: in {@code IFLA_LINKINFO} of a port: its attributes for that kind (nested), {@link LinkInfo#slaveData()}. */
    public static final int IFLA_INFO_SLAVE_DATA = 5;

    /** The {@code IFLA_AF_SPEC} member for IPv6 is keyed by the address family. */
    public static final int AF_INET6 = 10;
    /** {@code IFLA_INET6_STATS}: in {@code IFLA_AF_SPEC} for {@code AF_INET6}: the IPv6 counters (u64 array). */
    public static final int IFLA_INET6_STATS = 3;
    /** {@code IFLA_INET6_ADDR_GEN_MODE}: in {@code IFLA_AF_SPEC} for {@code AF_INET6}: see {@link Link#addrGenMode()}. */
    public static final int IFLA_INET6_ADDR_GEN_MODE = 8;

    /** {@code RTEXT_FILTER_VF}: {@code IFLA_EXT_MASK} bit: include SR-IOV virtual function information. */
    public static final int RTEXT_FILTER_VF = 1;
    /** {@code RTEXT_FILTER_SKIP_STATS}: {@code IFLA_EXT_MASK} bit: leave the per-family counters out (see {@code Links.withoutStats()}). */
    public static final int RTEXT_FILTER_SKIP_STATS = 1 << 3;

    private LinkAttributes() {
    }
}
