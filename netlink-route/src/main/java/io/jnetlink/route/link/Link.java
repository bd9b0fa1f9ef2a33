package io.jnetlink.route.link;

import io.jnetlink.core.attr.RawAttributesBuilder;
import io.jnetlink.core.attr.RawAttributes;
import static io.jnetlink.route.link.LinkAttributes.*;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.route.AddressFamily;

/**
 * A network interface as the kernel describes it in {@code RTM_NEWLINK}: the {@code ifinfomsg}
 * and the typed top-level attributes. Integer fields hold {@link #ABSENT} when the kernel did
 * not send the attribute (u32 values are kept as their 32 bits); object fields are null then.
 * Attributes no field types are kept in {@link #otherAttributes()}.
 *
 * <p>{@code equals} compares every component, counters ({@code stats}, carrier changes)
 * included, so two dumps of an unchanged but busy link differ; to find the same link again
 * compare {@link #index()} (or {@link #name()}).
 *
 * @param index            {@code ifi_index}
 * @param name             {@code IFLA_IFNAME}
 * @param flags            {@code ifi_flags}, the {@code IFF_*} bits of {@link IfInfoMsg}
 * @param hardwareType     {@code ifi_type}: {@code ARPHRD_*} (1 Ethernet, 772 loopback)
 * @param mtu              {@code IFLA_MTU}, in bytes
 * @param minMtu           {@code IFLA_MIN_MTU}, in bytes
 * @param maxMtu           {@code IFLA_MAX_MTU}, in bytes
 * @param qdisc            {@code IFLA_QDISC}
 * @param operState        {@code IFLA_OPERSTATE}, null when absent
 * @param linkMode         {@code IFLA_LINKMODE}: 0 default, 1 dormant
 * @param group            {@code IFLA_GROUP}
 * @param txQueueLength    {@code IFLA_TXQLEN}, in packets
 * @param master           {@code IFLA_MASTER}: the master's index, 0 when none
 * @param link             {@code IFLA_LINK}: parent (vlan, macvlan) or veth peer index, 0 when none
 * @param linkNetnsId      {@code IFLA_LINK_NETNSID}: namespace id of {@code link}'s namespace
 * @param address          {@code IFLA_ADDRESS}
 * @param broadcast        {@code IFLA_BROADCAST}
 * @param permanentAddress {@code IFLA_PERM_ADDRESS}
 * @param alias            {@code IFLA_IFALIAS}
 * @param promiscuity      {@code IFLA_PROMISCUITY}: promiscuous-mode users
 * @param allmulti         {@code IFLA_ALLMULTI}: all-multicast users
 * @param numTxQueues      {@code IFLA_NUM_TX_QUEUES}
 * @param numRxQueues      {@code IFLA_NUM_RX_QUEUES}
 * @param gsoMaxSize       {@code IFLA_GSO_MAX_SIZE}, in bytes
 * @param gsoMaxSegs       {@code IFLA_GSO_MAX_SEGS}, in segments
 * @param groMaxSize       {@code IFLA_GRO_MAX_SIZE}, in bytes
 * @param tsoMaxSize       {@code IFLA_TSO_MAX_SIZE}, in bytes
 * @param tsoMaxSegs       {@code IFLA_TSO_MAX_SEGS}, in segments
 * @param addrGenMode      {@code IFLA_AF_SPEC / AF_INET6 / IFLA_INET6_ADDR_GEN_MODE}:
 *                         0 eui64, 1 none, 2 stable_secret, 3 random
 * @param carrier          {@code IFLA_CARRIER}: 1 when the carrier is up
 * @param carrierChanges   {@code IFLA_CARRIER_CHANGES}
 * @param carrierUpCount   {@code IFLA_CARRIER_UP_COUNT}
 * @param carrierDownCount {@code IFLA_CARRIER_DOWN_COUNT}
 * @param protoDown        {@code IFLA_PROTO_DOWN}
 * @param stats            {@code IFLA_STATS64}, null when absent
 * @param parentDevName    {@code IFLA_PARENT_DEV_NAME} (the bus device behind a NIC), or null
 * @param parentDevBusName {@code IFLA_PARENT_DEV_BUS_NAME}, or null
 * @param info             {@code IFLA_LINKINFO}, null when absent; for a bridge's own message
 *                         about one of its ports ({@code ifi_family AF_BRIDGE}, as
 *                         {@code RtnlEvent.BridgePortEvent} delivers it), which carries the
 *                         port's {@code IFLA_BRPORT_*} in {@code IFLA_PROTINFO} instead, a
 *                         {@link LinkInfo} with no kind, slave kind {@code "bridge"} and that
 *                         {@link BridgePortData} as slave data: where a dump has a port's
 *                         {@code IFLA_INFO_SLAVE_DATA}, with the same values
 * @param otherAttributes  the top-level attributes no field types ({@code IFLA_AF_SPEC},
 *                         {@code IFLA_MAP}, {@code IFLA_XDP}, ...), as received; not
 *                         {@code IFLA_STATS} when {@code IFLA_STATS64} came first (as the
 *                         kernel sends them): the kernel fills it from the same counters cut
 *                         to 32 bits, so {@code stats} holds everything it says; not the
 *                         {@code IFLA_PROTINFO} of an {@code AF_BRIDGE} message, decoded into
 *                         {@code info}
 */
public record Link(
        int index, String name, int flags, int hardwareType,
        int mtu, int minMtu, int maxMtu, String qdisc, OperState operState, int linkMode,
        int group, int txQueueLength, int master, int link, int linkNetnsId,
        MacAddress address, MacAddress broadcast, MacAddress permanentAddress, String alias,
        int promiscuity, int allmulti, int numTxQueues, int numRxQueues,
        int gsoMaxSize, int gsoMaxSegs, int groMaxSize, int tsoMaxSize, int tsoMaxSegs,
        int addrGenMode, int carrier, int carrierChanges, int carrierUpCount, int carrierDownCount,
        int protoDown, LinkStats stats, String parentDevName, String parentDevBusName,
        LinkInfo info, RawAttributes otherAttributes) {

    /** The value of an integer field whose attribute the kernel did not send. */
    public static final int ABSENT = -1;

    /** The queueing disciplines a link usually names, returned without allocating a string. */
    private static final String[] QDISCS = {"noop", "noqueue", "pfifo_fast", "fq_codel", "mq", "fq", "pfifo",
        "bfifo", "prio", "htb", "tbf", "sfq", "cake", "netem"};

    /** {@return true when {@code IFF_UP} is set: the link is administratively up} */
    public boolean isUp() {
        return (flags & IfInfoMsg.IFF_UP) != 0;
    }

    /** {@return true when {@code IFF_LOWER_UP} is set: the driver reports the physical layer up} */
    public boolean isLowerUp() {
        return (flags & IfInfoMsg.IFF_LOWER_UP) != 0;
    }

    /** {@return the {@code IFLA_INFO_KIND} ({@code "bridge"}, {@code "veth"}), or null for links without one} */
    public String kind() {
        return info == null ? null : info.kind();
    }

    /**
     * Decodes the current message of {@code message} (an {@code RTM_NEWLINK}).
     *
     * @param message positioned on an {@code RTM_NEWLINK} or {@code RTM_DELLINK}; not null
     * @return the record, independent of the buffer
     * @throws io.jnetlink.core.NetlinkParseException if it is malformed
     */
    public static Link decode(MessageCursor message) {
        return from(new LinkView().wrap(message));
    }

    /**
     * Builds the record from a view; the view may be reused afterwards. One pass over the
     * top-level attributes reads the typed ones in place; the untyped ones are copied into one
     * array ({@link #otherAttributes()}), except {@code IFLA_STATS}, the 32-bit duplicate of
     * {@code IFLA_STATS64}, which is left out when {@code IFLA_STATS64} came before it (the
     * kernel's order). In an {@code ifi_family AF_BRIDGE} message (a bridge's notice about its
     * port) {@code IFLA_PROTINFO} holds the port's {@code IFLA_BRPORT_*}: it is decoded into
     * {@link #info()} as {@link LinkInfo#slaveData()}, the place a dump gives them. Other
     * families' {@code IFLA_PROTINFO} (IPv6's, say) stays raw.
     *
     * @param v a view wrapped on a link message; not null
     * @return the record, independent of the buffer
     */
    public static Link from(LinkView v) {
        String name = null;
        String qdisc = null;
        String alias = null;
        String parentDevName = null;
        String parentDevBusName = null;
        OperState operState = null;
        MacAddress address = null;
        MacAddress broadcast = null;
        MacAddress permanentAddress = null;
        LinkStats stats = null;
        LinkInfo info = null;
        LinkData bridgePort = null;
        int mtu = ABSENT;
        int minMtu = ABSENT;
        int maxMtu = ABSENT;
        int linkMode = ABSENT;
        int group = ABSENT;
        int txQueueLength = ABSENT;
        int master = 0;
        int link = 0;
        int linkNetnsId = ABSENT;
        int promiscuity = ABSENT;
        int allmulti = ABSENT;
        int numTxQueues = ABSENT;
        int numRxQueues = ABSENT;
        int gsoMaxSize = ABSENT;
        int gsoMaxSegs = ABSENT;
        int groMaxSize = ABSENT;
        int tsoMaxSize = ABSENT;
        int tsoMaxSegs = ABSENT;
        int addrGenMode = ABSENT;
        int carrier = ABSENT;
        int carrierChanges = ABSENT;
        int carrierUpCount = ABSENT;
        int carrierDownCount = ABSENT;
        int protoDown = ABSENT;
        UntypedRanges untyped = v.untypedRanges().clear();
        AttributeCursor a = v.attributes();
        while (a.next()) {
            switch (a.type()) {
                case IFLA_IFNAME -> name = a.string();
                case IFLA_MTU -> mtu = a.s32();
                case IFLA_MIN_MTU -> minMtu = a.s32();
                case IFLA_MAX_MTU -> maxMtu = a.s32();
                case IFLA_QDISC -> qdisc = a.string(QDISCS);
                case IFLA_OPERSTATE -> operState = OperState.of(a.u8());
                case IFLA_LINKMODE -> linkMode = a.u8();
                case IFLA_GROUP -> group = a.s32();
                case IFLA_TXQLEN -> txQueueLength = a.s32();
                case IFLA_MASTER -> master = a.s32();
                case IFLA_LINK -> link = a.s32();
                case IFLA_LINK_NETNSID -> linkNetnsId = a.s32();
                case IFLA_ADDRESS -> address = a.mac();
                case IFLA_BROADCAST -> broadcast = a.mac();
                case IFLA_PERM_ADDRESS -> permanentAddress = a.mac();
                case IFLA_IFALIAS -> alias = a.string();
                case IFLA_PROMISCUITY -> promiscuity = a.s32();
                case IFLA_ALLMULTI -> allmulti = a.s32();
                case IFLA_NUM_TX_QUEUES -> numTxQueues = a.s32();
                case IFLA_NUM_RX_QUEUES -> numRxQueues = a.s32();
                case IFLA_GSO_MAX_SIZE -> gsoMaxSize = a.s32();
                case IFLA_GSO_MAX_SEGS -> gsoMaxSegs = a.s32();
                case IFLA_GRO_MAX_SIZE -> groMaxSize = a.s32();
                case IFLA_TSO_MAX_SIZE -> tsoMaxSize = a.s32();
                case IFLA_TSO_MAX_SEGS -> tsoMaxSegs = a.s32();
                case IFLA_CARRIER -> carrier = a.u8();
                case IFLA_CARRIER_CHANGES -> carrierChanges = a.s32();
                case IFLA_CARRIER_UP_COUNT -> carrierUpCount = a.s32();
                case IFLA_CARRIER_DOWN_COUNT -> carrierDownCount = a.s32();
                case IFLA_PROTO_DOWN -> protoDown = a.u8();
                case IFLA_STATS64 -> stats = LinkStats.decode(a);
                case IFLA_PARENT_DEV_NAME -> parentDevName = a.string();
                case IFLA_PARENT_DEV_BUS_NAME -> parentDevBusName = a.string();
                case IFLA_LINKINFO -> info = info(a, v);
                case IFLA_PROTINFO -> {
                    if (v.family() == AddressFamily.AF_BRIDGE) {
                        bridgePort = LinkKinds.decodeSlave(BridgeCodec.KIND, a);
                    } else {
                        untyped.add(a);
                    }
                }
                case IFLA_PAD -> { } // alignment filler, no content
                case IFLA_AF_SPEC -> {
                    addrGenMode = addrGenMode(a);
                    untyped.addAddressFamilies(v.buffer(), a);
                }
                case IFLA_STATS -> {
                    if (stats == null) { // the kernel sends IFLA_STATS64 first
                        untyped.add(a);
                    }
                }
                default -> untyped.add(a);
            }
        }
        if (bridgePort != null) {
            info = withBridgePort(info, bridgePort);
        }
        return new Link(v.index(), name, v.flags(), v.hardwareType(),
                mtu, minMtu, maxMtu, qdisc, operState, linkMode,
                group, txQueueLength, master, link, linkNetnsId,
                address, broadcast, permanentAddress, alias,
                promiscuity, allmulti, numTxQueues, numRxQueues,
                gsoMaxSize, gsoMaxSegs, groMaxSize, tsoMaxSize, tsoMaxSegs,
                addrGenMode, carrier, carrierChanges, carrierUpCount, carrierDownCount,
                protoDown, stats, parentDevName, parentDevBusName,
                info, untyped.copy(v.buffer()));
    }

    /** {@code info} (null when the message had no {@code IFLA_LINKINFO}) with {@code port} as bridge port data. */
    private static LinkInfo withBridgePort(LinkInfo info, LinkData port) {
        return info == null ? new LinkInfo(null, null, BridgeCodec.KIND, port, RawAttributes.EMPTY)
                : new LinkInfo(info.kind(), info.data(), BridgeCodec.KIND, port, info.otherAttributes());
    }

    /** {@code IFLA_INET6_ADDR_GEN_MODE} inside the current attribute of {@code spec} ({@code IFLA_AF_SPEC}). */
    private static int addrGenMode(AttributeCursor spec) {
        AttributeCursor families = spec.nested();
        while (families.next()) {
            if (families.type() == AF_INET6) {
                AttributeCursor inet6 = families.nested();
                while (inet6.next()) {
                    if (inet6.type() == IFLA_INET6_ADDR_GEN_MODE) {
                        return inet6.u8();
                    }
                }
            }
        }
        return ABSENT;
    }

    /** Decodes the current attribute of {@code linkInfo} ({@code IFLA_LINKINFO}). */
    private static LinkInfo info(AttributeCursor linkInfo, LinkView v) {
        // Two passes: the data can only be decoded once its kind is known, and the kernel is
        // free to order the members.
        String kind = null;
        String slaveKind = null;
        AttributeCursor nested = linkInfo.nested();
        while (nested.next()) {
            if (nested.type() == IFLA_INFO_KIND) {
                kind = nested.string(LinkKinds.knownKinds());
            } else if (nested.type() == IFLA_INFO_SLAVE_KIND) {
                slaveKind = nested.string(LinkKinds.knownKinds());
            }
        }
        LinkData data = null;
        LinkData slaveData = null;
        boolean sawData = false;
        RawAttributesBuilder others = null;
        nested = linkInfo.nested();
        while (nested.next()) {
            int type = nested.type();
            if (type == IFLA_INFO_DATA && kind != null) {
                data = LinkKinds.decode(kind, nested);
                sawData = true;
            } else if (type == IFLA_INFO_SLAVE_DATA && slaveKind != null) {
                slaveData = LinkKinds.decodeSlave(slaveKind, nested);
            } else if (type != IFLA_INFO_KIND && type != IFLA_INFO_SLAVE_KIND) {
                others = others == null ? new RawAttributesBuilder() : others;
                others.add(nested);
            }
        }
        if (kind != null && !sawData) {
            data = LinkKinds.decodeWithoutData(kind, v.emptyAttributes());
        }
        return new LinkInfo(kind, data, slaveKind, slaveData, others == null ? RawAttributes.EMPTY : others.build());
    }

}
