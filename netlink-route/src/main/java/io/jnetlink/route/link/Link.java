package io.jnetlink.route.link;

import static io.jnetlink.route.link.LinkAttributes.*;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.NetlinkAlign;
import io.jnetlink.core.message.NlAttr;

/**
 * A network interface as the kernel describes it in {@code RTM_NEWLINK}: the {@code ifinfomsg}
 * and the typed top-level attributes. Integer fields hold {@link #ABSENT} when the kernel did
 * not send the attribute (u32 values are kept as their 32 bits); object fields are null then.
 * Attributes no field types are kept in {@link #otherAttributes()}.
 *
 * @param index            {@code ifi_index}
 * @param name             {@code IFLA_IFNAME}
 * @param flags            {@code ifi_flags}, the {@code IFF_*} bits of {@link IfInfoMsg}
 * @param hardwareType     {@code ifi_type}: {@code ARPHRD_*} (1 Ethernet, 772 loopback)
 * @param mtu              {@code IFLA_MTU}
 * @param minMtu           {@code IFLA_MIN_MTU}
 * @param maxMtu           {@code IFLA_MAX_MTU}
 * @param qdisc            {@code IFLA_QDISC}
 * @param operState        {@code IFLA_OPERSTATE}, null when absent
 * @param linkMode         {@code IFLA_LINKMODE}: 0 default, 1 dormant
 * @param group            {@code IFLA_GROUP}
 * @param txQueueLength    {@code IFLA_TXQLEN}
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
 * @param gsoMaxSize       {@code IFLA_GSO_MAX_SIZE}
 * @param gsoMaxSegs       {@code IFLA_GSO_MAX_SEGS}
 * @param groMaxSize       {@code IFLA_GRO_MAX_SIZE}
 * @param tsoMaxSize       {@code IFLA_TSO_MAX_SIZE}
 * @param tsoMaxSegs       {@code IFLA_TSO_MAX_SEGS}
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
 * @param info             {@code IFLA_LINKINFO}, null when absent
 * @param otherAttributes  the top-level attributes no field types ({@code IFLA_AF_SPEC},
 *                         {@code IFLA_STATS}, {@code IFLA_MAP}, {@code IFLA_XDP}, ...)
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

    private static final boolean[] TYPED = typed(IFLA_ADDRESS, IFLA_BROADCAST, IFLA_IFNAME, IFLA_MTU, IFLA_LINK,
            IFLA_QDISC, IFLA_MASTER, IFLA_TXQLEN, IFLA_OPERSTATE, IFLA_LINKMODE, IFLA_LINKINFO, IFLA_IFALIAS,
            IFLA_STATS64, IFLA_GROUP, IFLA_PROMISCUITY, IFLA_NUM_TX_QUEUES, IFLA_NUM_RX_QUEUES, IFLA_CARRIER,
            IFLA_CARRIER_CHANGES, IFLA_LINK_NETNSID, IFLA_PROTO_DOWN, IFLA_GSO_MAX_SEGS, IFLA_GSO_MAX_SIZE,
            IFLA_PAD, IFLA_CARRIER_UP_COUNT, IFLA_CARRIER_DOWN_COUNT, IFLA_MIN_MTU, IFLA_MAX_MTU,
            IFLA_PERM_ADDRESS, IFLA_PARENT_DEV_NAME, IFLA_PARENT_DEV_BUS_NAME, IFLA_GRO_MAX_SIZE,
            IFLA_TSO_MAX_SIZE, IFLA_TSO_MAX_SEGS, IFLA_ALLMULTI);

    private static boolean[] typed(int... types) {
        boolean[] t = new boolean[LinkView.INDEXED_TYPES];
        for (int type : types) {
            t[type] = true;
        }
        return t;
    }

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
     * Builds the record from a view; the view may be reused afterwards.
     *
     * @param v a view wrapped on a link message; not null
     * @return the record, independent of the buffer
     */
    public static Link from(LinkView v) {
        return new Link(v.index(), v.name(), v.flags(), v.hardwareType(),
                v.mtu(), v.u32(IFLA_MIN_MTU, ABSENT), v.u32(IFLA_MAX_MTU, ABSENT), v.string(IFLA_QDISC),
                v.has(IFLA_OPERSTATE) ? v.operState() : null, v.u8(IFLA_LINKMODE, ABSENT),
                v.u32(IFLA_GROUP, ABSENT), v.txQueueLength(), v.master(), v.link(),
                v.u32(IFLA_LINK_NETNSID, ABSENT),
                mac(v, IFLA_ADDRESS), mac(v, IFLA_BROADCAST), mac(v, IFLA_PERM_ADDRESS), v.string(IFLA_IFALIAS),
                v.u32(IFLA_PROMISCUITY, ABSENT), v.u32(IFLA_ALLMULTI, ABSENT),
                v.u32(IFLA_NUM_TX_QUEUES, ABSENT), v.u32(IFLA_NUM_RX_QUEUES, ABSENT),
                v.u32(IFLA_GSO_MAX_SIZE, ABSENT), v.u32(IFLA_GSO_MAX_SEGS, ABSENT),
                v.u32(IFLA_GRO_MAX_SIZE, ABSENT), v.u32(IFLA_TSO_MAX_SIZE, ABSENT),
                v.u32(IFLA_TSO_MAX_SEGS, ABSENT),
                addrGenMode(v), v.u8(IFLA_CARRIER, ABSENT), v.u32(IFLA_CARRIER_CHANGES, ABSENT),
                v.u32(IFLA_CARRIER_UP_COUNT, ABSENT), v.u32(IFLA_CARRIER_DOWN_COUNT, ABSENT),
                v.u8(IFLA_PROTO_DOWN, ABSENT),
                v.has(IFLA_STATS64) ? LinkStats.decode(v.attribute(IFLA_STATS64)) : null,
                v.string(IFLA_PARENT_DEV_NAME), v.string(IFLA_PARENT_DEV_BUS_NAME),
                info(v), others(v));
    }

    private static MacAddress mac(LinkView v, int type) {
        AttributeCursor a = v.attribute(type);
        return a == null ? null : a.mac();
    }

    private static int addrGenMode(LinkView v) {
        AttributeCursor spec = v.attribute(IFLA_AF_SPEC);
        if (spec == null) {
            return ABSENT;
        }
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

    private static LinkInfo info(LinkView v) {
        AttributeCursor linkInfo = v.attribute(IFLA_LINKINFO);
        if (linkInfo == null) {
            return null;
        }
        // Two passes: the data can only be decoded once its kind is known, and the kernel is
        // free to order the members.
        String kind = null;
        String slaveKind = null;
        AttributeCursor nested = linkInfo.nested();
        while (nested.next()) {
            if (nested.type() == IFLA_INFO_KIND) {
                kind = nested.string();
            } else if (nested.type() == IFLA_INFO_SLAVE_KIND) {
                slaveKind = nested.string();
            }
        }
        LinkData data = null;
        LinkData slaveData = null;
        boolean sawData = false;
        RawBuilder others = new RawBuilder();
        nested = v.attribute(IFLA_LINKINFO).nested();
        while (nested.next()) {
            switch (nested.type()) {
                case IFLA_INFO_KIND, IFLA_INFO_SLAVE_KIND -> { } // read above
                case IFLA_INFO_DATA -> {
                    if (kind != null) {
                        data = LinkKinds.decode(kind, nested);
                        sawData = true;
                    } else {
                        others.add(nested);
                    }
                }
                case IFLA_INFO_SLAVE_DATA -> {
                    if (slaveKind != null) {
                        slaveData = LinkKinds.decodeSlave(slaveKind, nested);
                    } else {
                        others.add(nested);
                    }
                }
                default -> others.add(nested);
            }
        }
        if (kind != null && !sawData) {
            data = LinkKinds.decode(kind, null);
        }
        return new LinkInfo(kind, data, slaveKind, slaveData, others.build());
    }

    private static RawAttributes others(LinkView v) {
        int total = 0;
        AttributeCursor a = v.attributes();
        while (a.next()) {
            if (!isTyped(a.type())) {
                total += NetlinkAlign.align(NlAttr.SIZE + a.valueLength());
            }
        }
        if (total == 0) {
            return RawAttributes.EMPTY;
        }
        byte[] bytes = new byte[total];
        int at = 0;
        a = v.attributes();
        while (a.next()) {
            if (!isTyped(a.type())) {
                int len = NlAttr.SIZE + a.valueLength();
                a.buffer().getBytes(a.offset(), bytes, at, len);
                at += NetlinkAlign.align(len);
            }
        }
        return RawAttributes.wrap(bytes);
    }

    private static boolean isTyped(int type) {
        return type < TYPED.length && TYPED[type];
    }
}
