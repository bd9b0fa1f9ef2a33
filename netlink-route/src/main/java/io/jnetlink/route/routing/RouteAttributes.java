package io.jnetlink.route.routing;

import static io.jnetlink.core.attr.Access.READ_ONLY;
import static io.jnetlink.core.attr.Access.READ_WRITE;
import static io.jnetlink.core.attr.Display.as;
import static io.jnetlink.core.attr.Format.CUSTOM;
import static io.jnetlink.core.attr.Format.NUMBER;
import static io.jnetlink.core.attr.Unit.NONE;
import static io.jnetlink.core.attr.Unit.SECONDS;
import static io.jnetlink.core.attr.ValueType.ADDRESS;
import static io.jnetlink.core.attr.ValueType.BINARY;
import static io.jnetlink.core.attr.ValueType.BOOL;
import static io.jnetlink.core.attr.ValueType.NESTED_RAW;
import static io.jnetlink.core.attr.ValueType.U16;
import static io.jnetlink.core.attr.ValueType.U16_BE;
import static io.jnetlink.core.attr.ValueType.U32;
import static io.jnetlink.core.attr.ValueType.U32_BE;
import static io.jnetlink.core.attr.ValueType.U32_LONG;
import static io.jnetlink.core.attr.ValueType.U8;
import static io.jnetlink.core.attr.ValueType.UINT;

import io.jnetlink.core.NetlinkParseException;
import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeSet;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.core.attr.Display;
import io.jnetlink.core.attr.RawAttributes;
import io.jnetlink.core.attr.ValueType;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.HostOrder;
import io.jnetlink.route.AddressFamily;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * {@code RTA_*} (linux/rtnetlink.h): the attributes of a route after its {@code rtmsg} header, and of
 * each {@link NextHop}. One row per attribute, in the order {@code ip route} prints them; the rows ip
 * does not print come last. Complete against the kernel's {@code rt-route.yaml}
 * ({@code route-attrs}, 1 to 31; {@code RTA_PAD}, 24, carries nothing and is skipped). Read with
 * {@link Route#get(Attribute)}, set with {@link RouteRequest#with(Attribute, Object)}.
 *
 * <p>The rows a request may carry are those of {@code RTM_NEWROUTE}/{@code RTM_DELROUTE} and of the
 * {@code RTM_GETROUTE} lookup ({@link RouteLookup}); what only the kernel reports is read-only.
 */
public final class RouteAttributes {
    /** The {@code RTA_*} set. */
    public static final AttributeSet SET = new AttributeSet("RTA");

    /** {@code struct rtvia}: a gateway's family ({@code u16}), then its address; IPv4 and IPv6 read as an address. */
    private static final ValueType<InetAddress> VIA_TYPE = ValueType.of(InetAddress.class, RouteAttributes::via,
            (w, t, gateway) -> {
                // The nest back-patching sizes the struct like any attribute.
                int token = w.beginNested(t);
                w.u16(AddressFamily.of(gateway));
                for (byte b : gateway.getAddress()) {
                    w.u8(b);
                }
                w.endNested(token).pad();
            });
    private static final int RTVIA_FAMILY_SIZE = 2;

    /** Destination prefix ({@code rtm_dst_len} bits of it); absent for the default route. */
    public static final Attribute<InetAddress> DST = SET.add(1, "RTA_DST", ADDRESS, READ_WRITE, NONE, new Display("", "dst", CUSTOM));
    /** Source prefix ({@code rtm_src_len} bits; {@code from S/LEN}, IPv6 source routing; a lookup's source). */
    public static final Attribute<InetAddress> SRC = SET.add(2, "RTA_SRC", ADDRESS, READ_WRITE, NONE, as("from", CUSTOM));
    /** Id of the nexthop object the route uses ({@code nhid}, {@code ip nexthop}). */
    public static final Attribute<Long> NH_ID = SET.add(30, "RTA_NH_ID", U32_LONG, READ_WRITE, NONE, as("nhid", NUMBER));
    /** MPLS labels pushed on the way out ({@code as to}); the kernel keeps it for MPLS routes only. */
    public static final Attribute<byte[]> NEWDST = SET.add(19, "RTA_NEWDST", BINARY, READ_WRITE, NONE, new Display("as to", "to", CUSTOM));
    /** Lightweight tunnel type ({@code LWTUNNEL_ENCAP_*}) of {@link #ENCAP}; ip prints its name after {@code encap}. */
    public static final Attribute<Integer> ENCAP_TYPE = SET.add(21, "RTA_ENCAP_TYPE", U16, READ_WRITE, NONE, as("encap", CUSTOM));
    /** Lightweight tunnel options, a nest whose set depends on {@link #ENCAP_TYPE} (kept raw). */
    public static final Attribute<RawAttributes> ENCAP = SET.add(22, "RTA_ENCAP", NESTED_RAW, READ_WRITE, NONE, Display.NONE);
    /** Gateway of the route's own family ({@code via G}). */
    public static final Attribute<InetAddress> GATEWAY = SET.add(5, "RTA_GATEWAY", ADDRESS, READ_WRITE, NONE, new Display("via", "gateway", CUSTOM));
    /** Gateway of another family ({@code via inet6 G} on an IPv4 route): {@code struct rtvia}. */
    public static final Attribute<InetAddress> VIA = SET.add(18, "RTA_VIA", VIA_TYPE, READ_WRITE, NONE, as("via", CUSTOM));
    /** Output device ({@code dev D}): the route's {@link Route#ifindex()}. */
    public static final Attribute<Integer> OIF = SET.add(4, "RTA_OIF", U32, READ_WRITE, NONE, as("dev", CUSTOM));
    /** Table id, for ids above 255 that {@code rtm_table} cannot hold; {@link Route#table()} reads either. */
    public static final Attribute<Long> TABLE = SET.add(15, "RTA_TABLE", U32_LONG, READ_WRITE, NONE, as("table", CUSTOM));
    /** Preferred source address for traffic the host sends along the route ({@code src S}). */
    public static final Attribute<InetAddress> PREFSRC = SET.add(7, "RTA_PREFSRC", ADDRESS, READ_WRITE, NONE, new Display("src", "prefsrc", CUSTOM));
    /** Route priority, lower preferred ({@code metric M}); not one of the {@link #METRICS}. */
    public static final Attribute<Long> PRIORITY = SET.add(6, "RTA_PRIORITY", U32_LONG, READ_WRITE, NONE, as("metric", NUMBER));
    /** Firewall mark a lookup is made for ({@code mark M}); ip writes it in hex from 16 on. */
    public static final Attribute<Long> MARK = SET.add(16, "RTA_MARK", U32_LONG, READ_WRITE, NONE, as("mark", CUSTOM));
    /** Routing realms: destination realm in the low 16 bits, source realm in the high 16 ({@code realms S/D}). */
    public static final Attribute<Integer> FLOW = SET.add(11, "RTA_FLOW", U32, READ_WRITE, NONE, new Display("realms", "flow", CUSTOM));
    /** User id a lookup is made for ({@code uid U}); the kernel reports it in lookup answers. */
    public static final Attribute<Long> UID = SET.add(25, "RTA_UID", U32_LONG, READ_WRITE, NONE, as("uid", NUMBER));
    /** Use and lifetime: {@code struct rta_cacheinfo} (ip prints {@code expires}, {@code error}, {@code ipid}, ...). */
    public static final Attribute<RouteCacheInfo> CACHEINFO = SET.add(12, "RTA_CACHEINFO", RouteCacheInfo.TYPE, READ_ONLY, NONE, as("expires", CUSTOM));
    /** The {@link RouteMetricAttributes} ({@code mtu 1400 advmss 1360 ...}); JSON: an array of one object. */
    public static final Attribute<AttributeValues> METRICS = SET.add(8, "RTA_METRICS", ValueType.nested(RouteMetricAttributes.SET), READ_WRITE, NONE, new Display("", "metrics", CUSTOM));
    /** Input device: of a lookup ({@code iif D}), or of a multicast route; the route's {@link Route#inputIfindex()}. */
    public static final Attribute<Integer> IIF = SET.add(3, "RTA_IIF", U32, READ_WRITE, NONE, as("iif", CUSTOM));
    /** IPv6 router preference ({@code pref low|medium|high}: 3, 0, 1). */
    public static final Attribute<Integer> PREF = SET.add(20, "RTA_PREF", U8, READ_WRITE, NONE, as("pref", CUSTOM));
    /** MPLS: whether the TTL is copied into the IP header when the label is popped ({@code ttl-propagate}). */
    public static final Attribute<Boolean> TTL_PROPAGATE = SET.add(26, "RTA_TTL_PROPAGATE", BOOL, READ_WRITE, NONE, as("ttl-propogate", CUSTOM));
    /** The {@link NextHop}s of a multipath route ({@code nexthop via G dev D weight W ...}). */
    public static final Attribute<List<NextHop>> MULTIPATH = SET.add(9, "RTA_MULTIPATH", NextHop.LIST, READ_WRITE, NONE, new Display("nexthop", "nexthops", CUSTOM));

    /** No longer used by the kernel. */
    public static final Attribute<byte[]> PROTOINFO = SET.add(10, "RTA_PROTOINFO", BINARY, READ_ONLY, NONE, Display.NONE);
    /** No longer used by the kernel. */
    public static final Attribute<byte[]> SESSION = SET.add(13, "RTA_SESSION", BINARY, READ_ONLY, NONE, Display.NONE);
    /** No longer used by the kernel. */
    public static final Attribute<byte[]> MP_ALGO = SET.add(14, "RTA_MP_ALGO", BINARY, READ_ONLY, NONE, Display.NONE);
    /** Packet counters of a multicast route: {@code struct rta_mfc_stats} (ip prints them in {@code ip mroute}). */
    public static final Attribute<byte[]> MFC_STATS = SET.add(17, "RTA_MFC_STATS", BINARY, READ_ONLY, NONE, Display.NONE);
    /**
     * Lifetime: in a request, seconds until an IPv6 route expires ({@code expires S}, a {@code u32});
     * in multicast routes the kernel reports clock ticks ({@code u64}). IPv6 routes report their
     * expiry in {@link #CACHEINFO}.
     */
    public static final Attribute<Long> EXPIRES = SET.add(23, "RTA_EXPIRES", UINT, READ_WRITE, SECONDS, Display.NONE);
    /** IP protocol a lookup is made for ({@code ipproto}). */
    public static final Attribute<Integer> IP_PROTO = SET.add(27, "RTA_IP_PROTO", U8, READ_WRITE, NONE, Display.NONE);
    /** Source port a lookup is made for ({@code sport}), in network order on the wire. */
    public static final Attribute<Integer> SPORT = SET.add(28, "RTA_SPORT", U16_BE, READ_WRITE, NONE, Display.NONE);
    /** Destination port a lookup is made for ({@code dport}), in network order on the wire. */
    public static final Attribute<Integer> DPORT = SET.add(29, "RTA_DPORT", U16_BE, READ_WRITE, NONE, Display.NONE);
    /** IPv6 flow label a lookup is made for ({@code flowlabel}), in network order on the wire. */
    public static final Attribute<Long> FLOWLABEL = SET.add(31, "RTA_FLOWLABEL", U32_BE, READ_WRITE, NONE, Display.NONE);

    /** {@code RTA_PAD}: aligns 64-bit values, carries nothing. */
    public static final int PAD = 24;

    static {
        SET.ignore(PAD);
    }

    private RouteAttributes() {
    }

    /** The IP address of an {@code RTA_VIA}; null for other families (an MPLS or link-layer via stays raw). */
    private static InetAddress via(AttributeCursor a) {
        if (a.valueLength() < RTVIA_FAMILY_SIZE) {
            throw new NetlinkParseException(a.offset(), "RTA_VIA shorter than its family field");
        }
        int family = HostOrder.u16(a.buffer(), a.valueOffset());
        int length = a.valueLength() - RTVIA_FAMILY_SIZE;
        if (!(family == AddressFamily.AF_INET && length == 4) && !(family == AddressFamily.AF_INET6 && length == 16)) {
            return null;
        }
        byte[] bytes = new byte[length];
        a.buffer().getBytes(a.valueOffset() + RTVIA_FAMILY_SIZE, bytes);
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new AssertionError("4 or 16 bytes are always an address", e);
        }
    }
}
