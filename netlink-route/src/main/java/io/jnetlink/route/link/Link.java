package io.jnetlink.route.link;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeHolder;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.core.attr.RawAttributes;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.route.AddressFamily;
import java.util.ArrayList;
import java.util.List;

/**
 * A network interface as the kernel describes it in {@code RTM_NEWLINK}: the {@code ifinfomsg}
 * header and the {@code IFLA_*} attributes, read with {@link #get(Attribute)} /
 * {@link #getInt(Attribute)} and the {@link LinkAttributes} constants
 * ({@code link.getInt(LinkAttributes.PROMISCUITY)}); the accessors below cover what most callers
 * read. Attributes the table does not name are in {@link #unknown()}.
 *
 * <p>{@code equals} compares everything, counters ({@code stats}, carrier changes) included, so
 * two dumps of an unchanged but busy link differ; to find the same link again compare
 * {@link #ifindex()} (or {@link #name()}).
 *
 * @param family       {@code ifi_family}: {@code AF_UNSPEC}, or {@code AF_BRIDGE} in a bridge's
 *                     message about its port
 * @param ifindex      {@code ifi_index}
 * @param hardwareType {@code ifi_type}: {@code ARPHRD_*} (1 Ethernet, 772 loopback)
 * @param flags        {@code ifi_flags}, the {@code IFF_*} bits of {@link IfInfoMsg}
 * @param values       the {@link LinkAttributes#SET} values
 */
public record Link(int family, int ifindex, int hardwareType, int flags, AttributeValues values)
        implements AttributeHolder {

    /** What {@link #getInt(Attribute)} returns for an attribute the kernel did not send. */
    public static final int ABSENT = -1;

    /**
     * Checks that the values are link attributes.
     *
     * @param family       {@code ifi_family}
     * @param ifindex      {@code ifi_index}
     * @param hardwareType {@code ifi_type}
     * @param flags        {@code ifi_flags}
     * @param values       the {@link LinkAttributes#SET} values
     */
    public Link {
        if (values.set() != LinkAttributes.SET) {
            throw new IllegalArgumentException(values.set() + " values are not link attributes");
        }
    }

    /**
     * The value of an attribute of 32 bits or fewer, unboxed (u32 values as their 32 bits).
     *
     * @param attribute a {@link LinkAttributes} constant of an integer attribute
     * @return the value, or {@link #ABSENT} when the kernel did not send it
     */
    public int getInt(Attribute<Integer> attribute) {
        return values.getInt(attribute, ABSENT);
    }

    /** {@return {@code IFLA_IFNAME}, the interface name} */
    public String name() {
        return values.get(LinkAttributes.IFNAME);
    }

    /** {@return {@code IFLA_MTU} in bytes, or {@link #ABSENT}} */
    public int mtu() {
        return getInt(LinkAttributes.MTU);
    }

    /** {@return {@code IFLA_TXQLEN} in packets, or {@link #ABSENT}} */
    public int txQueueLength() {
        return getInt(LinkAttributes.TXQLEN);
    }

    /** {@return {@code IFLA_MASTER}: the master's interface index, 0 when none} */
    public int masterIfindex() {
        return values.getInt(LinkAttributes.MASTER, 0);
    }

    /** {@return {@code IFLA_LINK}: the lower device's (parent's, veth peer's) interface index, 0 when none} */
    public int linkIfindex() {
        return values.getInt(LinkAttributes.LINK, 0);
    }

    /** {@return {@code IFLA_LINK_NETNSID}: the id of the namespace of {@link #linkIfindex()}, or {@link #ABSENT}} */
    public int linkNetnsId() {
        return getInt(LinkAttributes.LINK_NETNSID);
    }

    /** {@return {@code IFLA_ADDRESS}, the link-layer address, or null} */
    public MacAddress address() {
        return values.get(LinkAttributes.ADDRESS);
    }

    /** {@return {@code IFLA_IFALIAS}, or null} */
    public String alias() {
        return values.get(LinkAttributes.IFALIAS);
    }

    /** {@return {@code IFLA_OPERSTATE}, or null when absent} */
    public OperState operState() {
        int state = getInt(LinkAttributes.OPERSTATE);
        return state == ABSENT ? null : OperState.of(state);
    }

    /** {@return {@code IFLA_STATS64}, or null when absent (dumps that skip statistics)} */
    public LinkStats stats() {
        return values.get(LinkAttributes.STATS64);
    }

    /**
     * {@code IFLA_LINKINFO}: the kind and its options; for a bridge's {@code AF_BRIDGE} message about
     * its port, the port options from {@code IFLA_PROTINFO} as {@code slaveKind "bridge"}, so a port
     * reads the same from a dump and from an event.
     *
     * @return the info, or null for links without one
     */
    public LinkInfo info() {
        LinkInfo info = values.get(LinkAttributes.LINKINFO);
        RawAttributes protinfo = family == AddressFamily.AF_BRIDGE ? values.get(LinkAttributes.PROTINFO) : null;
        if (protinfo == null) {
            return info;
        }
        BridgePortData port = new BridgePortData(BridgePortAttributes.SET.decode(protinfo.cursor()));
        return info == null ? new LinkInfo(null, null, BridgeCodec.KIND, port, RawAttributes.EMPTY)
                : new LinkInfo(info.kind(), info.data(), BridgeCodec.KIND, port, info.unknown());
    }

    /** {@return the {@code IFLA_INFO_KIND} ({@code "bridge"}, {@code "veth"}), or null for links without one} */
    public String kind() {
        LinkInfo info = values.get(LinkAttributes.LINKINFO);
        return info == null ? null : info.kind();
    }

    /**
     * The link's alternative names ({@code IFLA_ALT_IFNAME}s in {@code IFLA_PROP_LIST}), in the
     * kernel's order; {@link io.jnetlink.route.Links#find(String)} finds the link by any of them.
     *
     * @return the names; empty when it has none
     */
    public List<String> altNames() {
        RawAttributes list = values.get(LinkAttributes.PROP_LIST);
        if (list == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        AttributeCursor a = list.cursor();
        while (a.next()) {
            if (a.type() == LinkAttributes.ALT_IFNAME.type()) {
                names.add(a.string());
            }
        }
        return List.copyOf(names);
    }

    /** {@return true when {@code IFF_UP} is set: the link is administratively up} */
    public boolean isUp() {
        return (flags & IfInfoMsg.IFF_UP) != 0;
    }

    /** {@return true when {@code IFF_LOWER_UP} is set: the driver reports the physical layer up} */
    public boolean isLowerUp() {
        return (flags & IfInfoMsg.IFF_LOWER_UP) != 0;
    }

    /**
     * {@code IFLA_AF_SPEC / AF_INET6 / IFLA_INET6_ADDR_GEN_MODE}, read from {@link LinkAttributes#AF_SPEC}
     * when asked.
     *
     * @return 0 eui64, 1 none, 2 stable_secret, 3 random; {@link #ABSENT} without IPv6
     */
    public int addrGenMode() {
        RawAttributes spec = values.get(LinkAttributes.AF_SPEC);
        if (spec == null) {
            return ABSENT;
        }
        AttributeCursor families = spec.cursor();
        while (families.next()) {
            if (families.type() == AddressFamily.AF_INET6) {
                AttributeCursor inet6 = families.nested();
                while (inet6.next()) {
                    if (inet6.type() == LinkAttributes.IFLA_INET6_ADDR_GEN_MODE) {
                        return inet6.u8();
                    }
                }
            }
        }
        return ABSENT;
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
     * Builds the record from a view (which may be reused afterwards): one pass over the attributes,
     * driven by {@link LinkAttributes#SET}.
     *
     * @param v a view wrapped on a link message; not null
     * @return the record, independent of the buffer
     */
    public static Link from(LinkView v) {
        AttributeValues values = LinkAttributes.SET.decode(v.attributes(), v.unknownAttributes());
        return new Link(v.family(), v.ifindex(), v.hardwareType(), v.flags(), values);
    }
}
