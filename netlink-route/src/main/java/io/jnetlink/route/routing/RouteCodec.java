package io.jnetlink.route.routing;

import io.jnetlink.core.NetlinkParseException;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.HostOrder;
import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NetlinkAlign;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.RawAttribute;
import io.netty.buffer.ByteBuf;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes {@code RTM_NEWROUTE} messages into {@link Route} records and writes route requests,
 * with the names of {@code <linux/rtnetlink.h>}.
 */
public final class RouteCodec {
    /** {@code RTA_DST}. */
    public static final int RTA_DST = 1;
    /** {@code RTA_SRC}. */
    public static final int RTA_SRC = 2;
    /** {@code RTA_IIF}. */
    public static final int RTA_IIF = 3;
    /** {@code RTA_OIF}. */
    public static final int RTA_OIF = 4;
    /** {@code RTA_GATEWAY}. */
    public static final int RTA_GATEWAY = 5;
    /** {@code RTA_PRIORITY}: the metric. */
    public static final int RTA_PRIORITY = 6;
    /** {@code RTA_PREFSRC}. */
    public static final int RTA_PREFSRC = 7;
    /** {@code RTA_METRICS}: nested {@code RTAX_*}. */
    public static final int RTA_METRICS = 8;
    /** {@code RTA_MULTIPATH}: a run of {@code struct rtnexthop}. */
    public static final int RTA_MULTIPATH = 9;
    /** {@code RTA_CACHEINFO}: {@code struct rta_cacheinfo}. */
    public static final int RTA_CACHEINFO = 12;
    /** {@code RTA_TABLE}: u32 table id. */
    public static final int RTA_TABLE = 15;
    /** {@code RTA_MARK}. */
    public static final int RTA_MARK = 16;
    /** {@code RTA_VIA}: {@code struct rtvia}, a gateway of another family. */
    public static final int RTA_VIA = 18;
    /** {@code RTA_PREF}: u8 IPv6 router preference. */
    public static final int RTA_PREF = 20;
    /** {@code RTA_ENCAP_TYPE}: u16. */
    public static final int RTA_ENCAP_TYPE = 21;
    /** {@code RTA_EXPIRES}: u64 clock ticks. */
    public static final int RTA_EXPIRES = 23;

    /** {@code RTAX_LOCK}. */
    public static final int RTAX_LOCK = 1;
    /** {@code RTAX_MTU}. */
    public static final int RTAX_MTU = 2;
    /** {@code RTAX_WINDOW}. */
    public static final int RTAX_WINDOW = 3;
    /** {@code RTAX_RTT}. */
    public static final int RTAX_RTT = 4;
    /** {@code RTAX_ADVMSS}. */
    public static final int RTAX_ADVMSS = 8;
    /** {@code RTAX_HOPLIMIT}. */
    public static final int RTAX_HOPLIMIT = 10;
    /** {@code RTAX_INITCWND}. */
    public static final int RTAX_INITCWND = 11;
    /** {@code RTAX_INITRWND}. */
    public static final int RTAX_INITRWND = 14;
    /** {@code RTAX_CC_ALGO}: a string, unlike the other metrics. */
    public static final int RTAX_CC_ALGO = 16;

    /** {@code RTN_UNSPEC}. */
    public static final int RTN_UNSPEC = 0;
    /** {@code RTN_UNICAST}. */
    public static final int RTN_UNICAST = 1;
    /** {@code RTN_LOCAL}. */
    public static final int RTN_LOCAL = 2;
    /** {@code RTN_BROADCAST}. */
    public static final int RTN_BROADCAST = 3;
    /** {@code RTN_ANYCAST}. */
    public static final int RTN_ANYCAST = 4;
    /** {@code RTN_MULTICAST}. */
    public static final int RTN_MULTICAST = 5;
    /** {@code RTN_BLACKHOLE}. */
    public static final int RTN_BLACKHOLE = 6;
    /** {@code RTN_UNREACHABLE}. */
    public static final int RTN_UNREACHABLE = 7;
    /** {@code RTN_PROHIBIT}. */
    public static final int RTN_PROHIBIT = 8;
    /** {@code RTN_THROW}. */
    public static final int RTN_THROW = 9;
    /** {@code RTN_NAT}. */
    public static final int RTN_NAT = 10;

    /** {@code RTPROT_UNSPEC}. */
    public static final int RTPROT_UNSPEC = 0;
    /** {@code RTPROT_KERNEL}. */
    public static final int RTPROT_KERNEL = 2;
    /** {@code RTPROT_BOOT}: what {@code ip route add} uses unless told otherwise. */
    public static final int RTPROT_BOOT = 3;
    /** {@code RTPROT_STATIC}. */
    public static final int RTPROT_STATIC = 4;

    /** {@code RT_SCOPE_UNIVERSE}. */
    public static final int RT_SCOPE_UNIVERSE = 0;
    /** {@code RT_SCOPE_SITE}. */
    public static final int RT_SCOPE_SITE = 200;
    /** {@code RT_SCOPE_LINK}. */
    public static final int RT_SCOPE_LINK = 253;
    /** {@code RT_SCOPE_HOST}. */
    public static final int RT_SCOPE_HOST = 254;
    /** {@code RT_SCOPE_NOWHERE}. */
    public static final int RT_SCOPE_NOWHERE = 255;

    /** {@code RT_TABLE_UNSPEC}: in a dump request, every table. */
    public static final long RT_TABLE_UNSPEC = 0;
    /** {@code RT_TABLE_DEFAULT}. */
    public static final long RT_TABLE_DEFAULT = 253;
    /** {@code RT_TABLE_MAIN}. */
    public static final long RT_TABLE_MAIN = 254;
    /** {@code RT_TABLE_LOCAL}. */
    public static final long RT_TABLE_LOCAL = 255;
    /** {@code RT_TABLE_MAX}: the largest table id. */
    public static final long RT_TABLE_MAX = 0xffffffffL;

    /** {@code RTM_F_CLONED}: a cached (exception) route. */
    public static final int RTM_F_CLONED = 0x200;
    /** {@code RTM_F_LOOKUP_TABLE}: report the table the lookup matched in. */
    public static final int RTM_F_LOOKUP_TABLE = 0x1000;

    private static final int RTNEXTHOP_SIZE = 8;
    private static final int RTNH_LEN = 0;
    private static final int RTNH_FLAGS = 2;
    private static final int RTNH_HOPS = 3;
    private static final int RTNH_IFINDEX = 4;
    private static final int RTVIA_FAMILY_SIZE = 2;
    private static final int RTA_CACHEINFO_EXPIRES = 8;
    private static final int RTA_CACHEINFO_MIN_SIZE = 12;

    private RouteCodec() {
    }

    /**
     * Decodes the route message at {@code message}.
     *
     * @param message positioned on a message of that type; not null
     * @return the decoded record, independent of the buffer
     * @throws NetlinkParseException when the message is malformed
     */
    public static Route decode(MessageCursor message) {
        ByteBuf buf = message.buffer();
        int header = message.familyHeader(RtMsg.SIZE);
        int family = buf.getUnsignedByte(header + RtMsg.FAMILY);
        long table = buf.getUnsignedByte(header + RtMsg.TABLE);
        InetAddress dst = null;
        InetAddress src = null;
        InetAddress gateway = null;
        InetAddress prefsrc = null;
        int oif = 0;
        int iif = 0;
        long priority = -1;
        Map<Integer, Long> metrics = Map.of();
        String congestionControl = null;
        List<NextHop> nextHops = List.of();
        int preference = -1;
        long expires = 0;
        long mark = -1;
        int encapType = -1;
        List<RawAttribute> unknown = new ArrayList<>(0);
        AttributeCursor a = message.attributes(RtMsg.SIZE);
        while (a.next()) {
            switch (a.type()) {
                case RTA_DST -> dst = a.inetAddress();
                case RTA_SRC -> src = a.inetAddress();
                case RTA_IIF -> iif = a.s32();
                case RTA_OIF -> oif = a.s32();
                case RTA_GATEWAY -> gateway = a.inetAddress();
                case RTA_PRIORITY -> priority = a.u32();
                case RTA_PREFSRC -> prefsrc = a.inetAddress();
                case RTA_TABLE -> table = a.u32();
                case RTA_MARK -> mark = a.u32();
                case RTA_PREF -> preference = a.u8();
                case RTA_ENCAP_TYPE -> encapType = a.u16();
                case RTA_EXPIRES -> expires = a.u64();
                case RTA_CACHEINFO -> {
                    if (expires == 0) {
                        expires = cacheExpires(a);
                    }
                }
                case RTA_VIA -> {
                    InetAddress via = via(a);
                    if (via == null) {
                        unknown.add(RawAttribute.of(a));
                    } else {
                        gateway = via;
                    }
                }
                case RTA_METRICS -> {
                    Map<Integer, Long> m = new HashMap<>();
                    AttributeCursor n = a.nested();
                    while (n.next()) {
                        if (n.type() == RTAX_CC_ALGO) {
                            congestionControl = n.string();
                        } else {
                            m.put(n.type(), n.u32());
                        }
                    }
                    metrics = m;
                }
                case RTA_MULTIPATH -> nextHops = nextHops(a);
                default -> unknown.add(RawAttribute.of(a));
            }
        }
        return new Route(family, buf.getUnsignedByte(header + RtMsg.DST_LEN),
                buf.getUnsignedByte(header + RtMsg.SRC_LEN), buf.getUnsignedByte(header + RtMsg.TOS), table,
                buf.getUnsignedByte(header + RtMsg.PROTOCOL), buf.getUnsignedByte(header + RtMsg.SCOPE),
                buf.getUnsignedByte(header + RtMsg.TYPE), HostOrder.s32(buf, header + RtMsg.FLAGS), dst, src,
                gateway, prefsrc, oif, iif, priority, metrics, congestionControl, nextHops, preference, expires, mark,
                encapType, unknown);
    }

    private static long cacheExpires(AttributeCursor a) {
        if (a.valueLength() < RTA_CACHEINFO_MIN_SIZE) {
            throw new NetlinkParseException(a.offset(), "RTA_CACHEINFO has " + a.valueLength() + " bytes, "
                    + RTA_CACHEINFO_MIN_SIZE + " needed");
        }
        return HostOrder.s32(a.buffer(), a.valueOffset() + RTA_CACHEINFO_EXPIRES);
    }

    /** The IP address of an {@code RTA_VIA}, or null for other families (MPLS labels stay raw). */
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

    private static List<NextHop> nextHops(AttributeCursor a) {
        ByteBuf buf = a.buffer();
        int at = a.valueOffset();
        int end = at + a.valueLength();
        List<NextHop> hops = new ArrayList<>(2);
        AttributeCursor inner = new AttributeCursor();
        while (end - at >= RTNEXTHOP_SIZE) {
            int len = HostOrder.u16(buf, at + RTNH_LEN);
            if (len < RTNEXTHOP_SIZE || len > end - at) {
                throw new NetlinkParseException(at, "rtnexthop length " + len + " outside " + RTNEXTHOP_SIZE + ".."
                        + (end - at));
            }
            InetAddress gateway = null;
            inner.wrap(buf, at + RTNEXTHOP_SIZE, len - RTNEXTHOP_SIZE);
            while (inner.next()) {
                if (inner.type() == RTA_GATEWAY) {
                    gateway = inner.inetAddress();
                } else if (inner.type() == RTA_VIA) {
                    gateway = via(inner);
                }
            }
            hops.add(new NextHop(buf.getUnsignedByte(at + RTNH_FLAGS), buf.getUnsignedByte(at + RTNH_HOPS),
                    HostOrder.s32(buf, at + RTNH_IFINDEX), gateway));
            at += NetlinkAlign.align(len);
        }
        return hops;
    }

    /**
     * Writes an {@code RTM_GETROUTE} dump request for {@code family} ({@code AF_UNSPEC} for
     * all). With strict checking the kernel keeps only routes of {@code table} (when not
     * {@link #RT_TABLE_UNSPEC}) through {@code oif} (when positive).
     *
     * @param writer the writer to append the message to; not null
     * @param family an {@code AF_*} number
     * @param table  the table id, or {@link #RT_TABLE_UNSPEC} for all
     * @param oif    the output interface's index, or 0 for any
     */
    public static void writeDump(MessageWriter writer, int family, long table, int oif) {
        writer.begin(MessageType.RTM_GETROUTE, 0).u8(family).zeros(7).u32(0);
        if (table != RT_TABLE_UNSPEC) {
            writer.attrU32(RTA_TABLE, (int) table);
        }
        if (oif > 0) {
            writer.attrU32(RTA_OIF, oif);
        }
    }

    /**
     * Writes the {@code RTM_GETROUTE} request for the route the kernel would use towards
     * {@code destination} ({@code ip route get}).
     *
     * @param writer      the writer to append the message to; not null
     * @param destination the address to route; not null
     */
    public static void writeGet(MessageWriter writer, InetAddress destination) {
        int family = AddressFamily.of(destination);
        // As ip does: IPv4 reports the matching table; IPv6 refuses the flag under strict checking.
        int flags = family == AddressFamily.AF_INET ? RTM_F_LOOKUP_TABLE : 0;
        writer.begin(MessageType.RTM_GETROUTE, 0)
                .u8(family).u8(AddressFamily.maxPrefixLength(family)).zeros(6).u32(flags)
                .attrAddress(RTA_DST, destination);
    }

    /**
     * Writes {@code request} as an {@code RTM_NEWROUTE} or {@code RTM_DELROUTE} message, with
     * header defaults and attribute order as {@code ip route add/del} chooses them.
     *
     * @param writer  the writer to append the message to; not null
     * @param type    {@code RTM_NEWROUTE} or {@code RTM_DELROUTE}
     * @param flags   {@code NLM_F_*} beyond {@code NLM_F_REQUEST}
     * @param request what to write; not null
     */
    public static void write(MessageWriter writer, int type, int flags, RouteRequest request) {
        boolean delete = type == MessageType.RTM_DELROUTE;
        int routeType = request.type() >= 0 ? request.type() : delete ? RTN_UNSPEC : RTN_UNICAST;
        long table = request.table() >= 0 ? request.table()
                : routeType == RTN_LOCAL || routeType == RTN_NAT ? RT_TABLE_LOCAL : RT_TABLE_MAIN;
        int protocol = request.protocol() >= 0 ? request.protocol() : delete ? RTPROT_UNSPEC : RTPROT_BOOT;
        int scope = request.scope() >= 0 ? request.scope() : defaultScope(delete, routeType, request);
        boolean bigTable = table > RT_TABLE_LOCAL;
        writer.begin(type, flags)
                .u8(request.family())
                .u8(request.dstLength())
                .u8(request.srcLength())
                .u8(request.tos())
                .u8(bigTable ? (int) RT_TABLE_UNSPEC : (int) table)
                .u8(protocol)
                .u8(scope)
                .u8(routeType)
                .u32(request.flags());
        // ip sends the all-zero address for "default" whenever the family is explicit (-4/-6).
        writer.attrAddress(RTA_DST, request.dst() != null ? request.dst() : anyAddress(request.family()));
        if (request.src() != null) {
            writer.attrAddress(RTA_SRC, request.src());
        }
        if (request.prefsrc() != null) {
            writer.attrAddress(RTA_PREFSRC, request.prefsrc());
        }
        if (request.gateway() != null) {
            writeGateway(writer, request.family(), request.gateway());
        }
        if (request.priority() >= 0) {
            writer.attrU32(RTA_PRIORITY, (int) request.priority());
        }
        if (bigTable) {
            writer.attrU32(RTA_TABLE, (int) table);
        }
        if (request.oif() > 0) {
            writer.attrU32(RTA_OIF, request.oif());
        }
        if (!request.metrics().isEmpty()) {
            int token = writer.beginNested(RTA_METRICS);
            request.metrics().forEach((rtax, value) -> writer.attrU32(rtax, (int) (long) value));
            writer.endNested(token);
        }
        if (!request.nextHops().isEmpty()) {
            writeMultipath(writer, request.family(), request.nextHops());
        }
    }

    private static InetAddress anyAddress(int family) {
        try {
            return InetAddress.getByAddress(new byte[AddressFamily.maxPrefixLength(family) / Byte.SIZE]);
        } catch (UnknownHostException e) {
            throw new AssertionError("4 or 16 bytes are always an address", e);
        }
    }

    /** A gateway of the route's own family is an {@code RTA_GATEWAY}; another family needs {@code RTA_VIA}. */
    private static void writeGateway(MessageWriter writer, int family, InetAddress gateway) {
        int gatewayFamily = AddressFamily.of(gateway);
        if (gatewayFamily == family) {
            writer.attrAddress(RTA_GATEWAY, gateway);
            return;
        }
        // struct rtvia { __kernel_sa_family_t family; __u8 addr[]; }, sized by the nest back-patching.
        int token = writer.beginNested(RTA_VIA);
        writer.u16(gatewayFamily);
        for (byte b : gateway.getAddress()) {
            writer.u8(b);
        }
        writer.endNested(token).pad();
    }

    private static void writeMultipath(MessageWriter writer, int family, List<NextHop> hops) {
        int multipath = writer.beginNested(RTA_MULTIPATH);
        for (NextHop hop : hops) {
            // struct rtnexthop is a length-prefixed record like an attribute header whose
            // second half-word holds flags and hops: the nest back-patching fits it exactly.
            int flagsAndHops = HostOrder.LITTLE_ENDIAN ? hop.hops() << 8 | hop.flags() : hop.flags() << 8 | hop.hops();
            int token = writer.beginNested(flagsAndHops);
            writer.u32(hop.ifindex());
            if (hop.gateway() != null) {
                writeGateway(writer, family, hop.gateway());
            }
            writer.endNested(token);
        }
        writer.endNested(multipath);
    }

    /** The scope {@code ip route} picks when none is given (the kernel ignores it for IPv6). */
    private static int defaultScope(boolean delete, int routeType, RouteRequest request) {
        if (request.family() == AddressFamily.AF_INET6) {
            return RT_SCOPE_UNIVERSE;
        }
        if (routeType == RTN_LOCAL || routeType == RTN_NAT) {
            return RT_SCOPE_HOST;
        }
        if (routeType == RTN_BROADCAST || routeType == RTN_MULTICAST || routeType == RTN_ANYCAST) {
            return RT_SCOPE_LINK;
        }
        if (!delete && (routeType == RTN_UNICAST || routeType == RTN_UNSPEC)
                && request.gateway() == null && request.nextHops().isEmpty()) {
            return RT_SCOPE_LINK;
        }
        // A delete matches any scope with NOWHERE; an add is global.
        return delete ? RT_SCOPE_NOWHERE : RT_SCOPE_UNIVERSE;
    }
}
