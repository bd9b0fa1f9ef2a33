package io.jnetlink.route.routing;

import static io.jnetlink.route.routing.RouteAttributes.DST;
import static io.jnetlink.route.routing.RouteAttributes.TABLE;

import io.jnetlink.core.NetlinkParseException;
import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.core.message.HostOrder;
import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.AddressFamily;
import io.netty.buffer.ByteBuf;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Decodes {@code RTM_NEWROUTE} messages into {@link Route} records and writes route requests,
 * dumps and lookups; the {@code rtmsg} constants of {@code <linux/rtnetlink.h>}. The attributes
 * are {@link RouteAttributes}' rows.
 */
public final class RouteCodec {
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

    /** {@code RTM_F_NOTIFY}: notify the user of route changes. */
    public static final int RTM_F_NOTIFY = 0x100;
    /** {@code RTM_F_CLONED}: a cached (exception) route. */
    public static final int RTM_F_CLONED = 0x200;
    /** {@code RTM_F_LOOKUP_TABLE}: report the table the lookup matched in. */
    public static final int RTM_F_LOOKUP_TABLE = 0x1000;
    /** {@code RTM_F_FIB_MATCH}: a lookup answers with the table entry that matched. */
    public static final int RTM_F_FIB_MATCH = 0x2000;
    /** {@code RTM_F_OFFLOAD}: the route is offloaded to hardware. */
    public static final int RTM_F_OFFLOAD = 0x4000;
    /** {@code RTM_F_TRAP}: the route traps packets in hardware. */
    public static final int RTM_F_TRAP = 0x8000;
    /** {@code RTM_F_OFFLOAD_FAILED}: offloading the route failed. */
    public static final int RTM_F_OFFLOAD_FAILED = 0x20000000;

    /**
     * The order {@code ip route add} writes attributes in when its words come in the usual order
     * ({@code [TYPE] PREFIX [from S] [via G] [encap ..] [as to ..] [metric M] [table T] [nhid N]
     * [src P] [realms R] [pref P] [expires E] [ttl-propagate ..] dev D [metrics] [nexthop ..]}): the
     * device, the metrics and the next hops last, as ip adds them after reading every word. The
     * lookup attributes follow, as {@code ip route get} adds them. Every writable row is here once.
     */
    static final List<Attribute<?>> REQUEST_ORDER = List.of(DST, RouteAttributes.SRC, RouteAttributes.GATEWAY,
            RouteAttributes.VIA, RouteAttributes.ENCAP, RouteAttributes.ENCAP_TYPE, RouteAttributes.NEWDST,
            RouteAttributes.PRIORITY, TABLE, RouteAttributes.NH_ID, RouteAttributes.PREFSRC, RouteAttributes.FLOW,
            RouteAttributes.PREF, RouteAttributes.EXPIRES, RouteAttributes.TTL_PROPAGATE, RouteAttributes.UID,
            RouteAttributes.SPORT, RouteAttributes.DPORT, RouteAttributes.IP_PROTO, RouteAttributes.FLOWLABEL,
            RouteAttributes.IIF, RouteAttributes.OIF, RouteAttributes.MARK, RouteAttributes.METRICS,
            RouteAttributes.MULTIPATH);

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
        AttributeValues values = RouteAttributes.SET.decode(message.attributes(RtMsg.SIZE));
        Long table = values.get(TABLE);
        return new Route(buf.getUnsignedByte(header + RtMsg.FAMILY), buf.getUnsignedByte(header + RtMsg.DST_LEN),
                buf.getUnsignedByte(header + RtMsg.SRC_LEN), buf.getUnsignedByte(header + RtMsg.TOS),
                table != null ? table : buf.getUnsignedByte(header + RtMsg.TABLE),
                buf.getUnsignedByte(header + RtMsg.PROTOCOL), buf.getUnsignedByte(header + RtMsg.SCOPE),
                buf.getUnsignedByte(header + RtMsg.TYPE), HostOrder.s32(buf, header + RtMsg.FLAGS), values);
    }

    /**
     * Writes an {@code RTM_GETROUTE} dump request for what {@code filter} selects. Under strict
     * checking the kernel keeps only routes of its table ({@code RTA_TABLE}), device
     * ({@code RTA_OIF}), protocol and type ({@code rtm_protocol}, {@code rtm_type}); a protocol or
     * type of 0 cannot be asked for this way and is left to the caller.
     *
     * @param writer the writer to append the message to; not null
     * @param filter the routes wanted; not null
     */
    public static void writeDump(MessageWriter writer, RouteFilter filter) {
        writer.begin(MessageType.RTM_GETROUTE, 0).u8(filter.family()).zeros(4)
                .u8(Math.max(filter.protocol(), 0)).u8(0).u8(Math.max(filter.type(), 0)).u32(0);
        if (filter.table() != RT_TABLE_UNSPEC) {
            writer.attrU32(TABLE.type(), (int) filter.table());
        }
        if (filter.ifindex() > 0) {
            writer.attrU32(RouteAttributes.OIF.type(), filter.ifindex());
        }
    }

    /**
     * Writes the {@code RTM_GETROUTE} request asking which route the kernel would use for
     * {@code lookup} ({@code ip route get}), as ip writes it: the full-length destination, and for
     * IPv4 {@code RTM_F_LOOKUP_TABLE} (IPv6 refuses the flag under strict checking).
     *
     * @param writer the writer to append the message to; not null
     * @param lookup what to look up; not null
     */
    public static void writeLookup(MessageWriter writer, RouteLookup lookup) {
        int family = lookup.family();
        int flags = lookup.flags() | (family == AddressFamily.AF_INET ? RTM_F_LOOKUP_TABLE : 0);
        writer.begin(MessageType.RTM_GETROUTE, 0)
                .u8(family).u8(AddressFamily.maxPrefixLength(family)).u8(lookup.srcLength()).u8(lookup.tos())
                .zeros(4).u32(flags);
        writeInOrder(writer, lookup.values());
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
        long table = request.table() >= 0 ? request.table() : routeType == RTN_LOCAL || routeType == RTN_BROADCAST
                || routeType == RTN_NAT || routeType == RTN_ANYCAST ? RT_TABLE_LOCAL : RT_TABLE_MAIN;
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
        AttributeValues values = request.values().with(TABLE, bigTable ? table : null);
        if (values.get(DST) == null) {
            // ip sends the all-zero address for "default" whenever the family is explicit (-4/-6).
            values = values.with(DST, anyAddress(request.family()));
        }
        writeInOrder(writer, values);
    }

    /** The present writable values in {@link #REQUEST_ORDER}; the metrics with their lock last, as ip writes them. */
    private static void writeInOrder(MessageWriter writer, AttributeValues values) {
        for (Attribute<?> row : REQUEST_ORDER) {
            if (row == RouteAttributes.METRICS) {
                writeMetrics(writer, values.get(RouteAttributes.METRICS));
            } else {
                writeRow(writer, row, values);
            }
        }
    }

    private static <T> void writeRow(MessageWriter writer, Attribute<T> row, AttributeValues values) {
        T value = values.get(row);
        if (value != null) {
            row.valueType().encode(writer, row.type(), value);
        }
    }

    private static void writeMetrics(MessageWriter writer, AttributeValues metrics) {
        if (metrics == null) {
            return;
        }
        int token = writer.beginNested(RouteAttributes.METRICS.type());
        metrics.with(RouteMetricAttributes.LOCK, null).encode(writer);
        writeRow(writer, RouteMetricAttributes.LOCK, metrics);
        writer.endNested(token);
    }

    private static InetAddress anyAddress(int family) {
        try {
            return InetAddress.getByAddress(new byte[AddressFamily.maxPrefixLength(family) / Byte.SIZE]);
        } catch (UnknownHostException e) {
            throw new AssertionError("4 or 16 bytes are always an address", e);
        }
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
        boolean viaGateway = request.get(RouteAttributes.GATEWAY) != null || request.get(RouteAttributes.VIA) != null
                || request.get(RouteAttributes.MULTIPATH) != null || request.get(RouteAttributes.NH_ID) != null;
        if (!delete && (routeType == RTN_UNICAST || routeType == RTN_UNSPEC) && !viaGateway) {
            return RT_SCOPE_LINK;
        }
        // A delete matches any scope with NOWHERE; an add is global.
        return delete ? RT_SCOPE_NOWHERE : RT_SCOPE_UNIVERSE;
    }
}
