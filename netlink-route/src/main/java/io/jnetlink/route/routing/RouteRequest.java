package io.jnetlink.route.routing;

import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.internal.Arguments;
import java.net.InetAddress;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A route to add, replace or delete: what {@code ip route add DST/LEN via GW dev DEV ...} says.
 * Immutable; each {@code with} method returns a checked copy, so bad arguments fail before any
 * request is sent. Unset header fields take the defaults {@code ip} uses (table main, protocol
 * boot, scope from the type and gateway, type unicast) when written.
 *
 * <pre>{@code
 * RouteRequest.to(InetAddress.getByName("10.9.0.0"), 16).withGateway(gw).withDevice(index).withPriority(5)
 * RouteRequest.defaultRoute(AddressFamily.AF_INET6).withGateway(gw6)
 * RouteRequest.to(dst, 24).withType(RouteCodec.RTN_BLACKHOLE).withTable(100)
 * }</pre>
 */
public final class RouteRequest {
    private static final int MAX_METRIC_TYPE = 0x7fff;

    private final int family;
    private final InetAddress dst;
    private final int dstLength;
    private final InetAddress src;
    private final int srcLength;
    private final InetAddress gateway;
    private final InetAddress prefsrc;
    private final int oif;
    private final long priority;
    private final long table;
    private final int scope;
    private final int protocol;
    private final int type;
    private final int tos;
    private final int flags;
    private final Map<Integer, Long> metrics;
    private final List<NextHop> nextHops;

    private RouteRequest(int family, InetAddress dst, int dstLength, InetAddress src, int srcLength, InetAddress gateway,
                         InetAddress prefsrc, int oif, long priority, long table, int scope, int protocol, int type,
                         int tos, int flags, Map<Integer, Long> metrics, List<NextHop> nextHops) {
        this.family = family;
        this.dst = dst;
        this.dstLength = dstLength;
        this.src = src;
        this.srcLength = srcLength;
        this.gateway = gateway;
        this.prefsrc = prefsrc;
        this.oif = oif;
        this.priority = priority;
        this.table = table;
        this.scope = scope;
        this.protocol = protocol;
        this.type = type;
        this.tos = tos;
        this.flags = flags;
        this.metrics = metrics;
        this.nextHops = nextHops;
    }

    /**
     * A route to {@code dst/prefixLength}; host bits of {@code dst} are sent as given (the kernel
     * refuses them with {@code EINVAL} for IPv4, as for {@code ip}).
     *
     * @param dst          the destination prefix's address; its family is the route's; not null
     * @param prefixLength the prefix length in bits, 0 to 32 (IPv4) or 0 to 128 (IPv6)
     * @return a request with nothing else set
     * @throws IllegalArgumentException for a prefix length outside 0..32 / 0..128
     */
    public static RouteRequest to(InetAddress dst, int prefixLength) {
        Arguments.prefixLength(dst, prefixLength);
        return new RouteRequest(AddressFamily.of(dst), dst, prefixLength, null, 0, null, null, 0, -1, -1, -1, -1, -1,
                0, 0, Map.of(), List.of());
    }

    /**
     * The default route of {@code family} ({@code ip route add default ...}).
     *
     * @param family {@code AddressFamily.AF_INET} or {@code AF_INET6}
     * @return a request for prefix length 0 with nothing else set
     */
    public static RouteRequest defaultRoute(int family) {
        AddressFamily.maxPrefixLength(family);
        return new RouteRequest(family, null, 0, null, 0, null, null, 0, -1, -1, -1, -1, -1, 0, 0, Map.of(),
                List.of());
    }

    /**
     * The request that deletes {@code route} as listed: destination, table, type, tos,
     * priority, device and gateway.
     *
     * @param route a route as {@code Routes.list} returned it; not null
     * @return a request naming that route
     */
    public static RouteRequest of(Route route) {
        RouteRequest r = route.dstLength() == 0 ? defaultRoute(route.family()) : to(route.dst(), route.dstLength());
        r = r.withTable(route.table()).withType(route.type()).withTos(route.tos());
        if (route.priority() >= 0) {
            r = r.withPriority(route.priority());
        }
        if (route.oif() > 0) {
            r = r.withDevice(route.oif());
        }
        if (route.gateway() != null) {
            r = r.withVia(route.gateway());
        }
        return r;
    }

    private RouteRequest copy(InetAddress src, int srcLength, InetAddress gateway, InetAddress prefsrc, int oif,
                              long priority, long table, int scope, int protocol, int type, int tos, int flags,
                              Map<Integer, Long> metrics, List<NextHop> nextHops) {
        return new RouteRequest(family, dst, dstLength, src, srcLength, gateway, prefsrc, oif, priority, table, scope,
                protocol, type, tos, flags, metrics, nextHops);
    }

    /**
     * Via {@code gateway}, of the route's own family ({@code via G}).
     *
     * @param gateway the next hop's address, of the route's family; not null
     * @return a copy of this request with that change; this one is unchanged
     */
    public RouteRequest withGateway(InetAddress gateway) {
        Arguments.sameFamily(family, Objects.requireNonNull(gateway, "gateway"), "gateway");
        return withVia(gateway);
    }

    /**
     * Via {@code gateway} of either family: an IPv4 route through an IPv6 next hop is sent as
     * {@code RTA_VIA} ({@code via inet6 G}).
     *
     * @param gateway the next hop's address, IPv4 or IPv6; not null
     * @return a copy of this request with that change; this one is unchanged
     */
    public RouteRequest withVia(InetAddress gateway) {
        Objects.requireNonNull(gateway, "gateway");
        if (!nextHops.isEmpty()) {
            throw new IllegalArgumentException("a multipath route carries its gateways in its next hops");
        }
        return copy(src, srcLength, gateway, prefsrc, oif, priority, table, scope, protocol, type, tos, flags, metrics,
                nextHops);
    }

    /**
     * Out of interface {@code index} ({@code dev D}).
     *
     * @param index the output interface's index, greater than 0
     * @return a copy of this request with that change; this one is unchanged
     */
    public RouteRequest withDevice(int index) {
        Arguments.ifindex(index);
        return copy(src, srcLength, gateway, prefsrc, index, priority, table, scope, protocol, type, tos, flags, metrics,
                nextHops);
    }

    /**
     * Preferred source address for traffic the host sends along the route ({@code src S}).
     *
     * @param prefsrc a local address of the route's family; not null
     * @return a copy of this request with that change; this one is unchanged
     */
    public RouteRequest withPrefsrc(InetAddress prefsrc) {
        Arguments.sameFamily(family, Objects.requireNonNull(prefsrc, "prefsrc"), "prefsrc");
        return copy(src, srcLength, gateway, prefsrc, oif, priority, table, scope, protocol, type, tos, flags, metrics,
                nextHops);
    }

    /**
     * Source prefix the route applies to ({@code from S/LEN}, IPv6 source routing).
     *
     * @param src          the source prefix's address, of the route's family; not null
     * @param prefixLength the source prefix length in bits, 0 to 32 or 0 to 128
     * @return a copy of this request with that change; this one is unchanged
     */
    public RouteRequest withSource(InetAddress src, int prefixLength) {
        Arguments.sameFamily(family, Objects.requireNonNull(src, "src"), "source");
        Arguments.prefixLength(src, prefixLength);
        return copy(src, prefixLength, gateway, prefsrc, oif, priority, table, scope, protocol, type, tos, flags,
                metrics, nextHops);
    }

    /**
     * Route priority, {@code RTA_PRIORITY} (iproute2's {@code metric M}, also spelled
     * {@code priority M}); see {@link #priority()}. Not one of the {@code RTA_METRICS}
     * values, which {@link #withMetric(int, long)} sets.
     *
     * @param priority the priority, lower preferred, 0 to 2^32-1
     * @return a copy of this request with that change; this one is unchanged
     */
    public RouteRequest withPriority(long priority) {
        Arguments.u32(priority, "priority");
        return copy(src, srcLength, gateway, prefsrc, oif, priority, table, scope, protocol, type, tos, flags, metrics,
                nextHops);
    }

    /**
     * Routing table id 1..2^32-1 ({@code table T}); ids above 255 travel in {@code RTA_TABLE}.
     *
     * @param table the table id, 1 to 2^32-1 (254 is main, 255 local)
     * @return a copy of this request with that change; this one is unchanged
     */
    public RouteRequest withTable(long table) {
        Arguments.inRange(table, RouteCodec.RT_TABLE_UNSPEC + 1, RouteCodec.RT_TABLE_MAX, "table id");
        return copy(src, srcLength, gateway, prefsrc, oif, priority, table, scope, protocol, type, tos, flags, metrics,
                nextHops);
    }

    /**
     * Scope {@code RT_SCOPE_*} ({@code scope S}).
     *
     * @param scope an {@code RT_SCOPE_*} value, 0 (universe) to 255
     * @return a copy of this request with that change; this one is unchanged
     */
    public RouteRequest withScope(int scope) {
        Arguments.u8(scope, "scope");
        return copy(src, srcLength, gateway, prefsrc, oif, priority, table, scope, protocol, type, tos, flags, metrics,
                nextHops);
    }

    /**
     * Originator {@code RTPROT_*} ({@code proto P}).
     *
     * @param protocol an {@code RTPROT_*} value naming who installed the route, 0 to 255
     * @return a copy of this request with that change; this one is unchanged
     */
    public RouteRequest withProtocol(int protocol) {
        Arguments.u8(protocol, "protocol");
        return copy(src, srcLength, gateway, prefsrc, oif, priority, table, scope, protocol, type, tos, flags, metrics,
                nextHops);
    }

    /**
     * Route type {@code RTN_*}: unicast, local, blackhole, unreachable, prohibit, throw, ...
     *
     * @param type an {@code RTN_*} value, 0 to 255
     * @return a copy of this request with that change; this one is unchanged
     */
    public RouteRequest withType(int type) {
        Arguments.u8(type, "type");
        return copy(src, srcLength, gateway, prefsrc, oif, priority, table, scope, protocol, type, tos, flags, metrics,
                nextHops);
    }

    /**
     * Type of service ({@code tos T}).
     *
     * @param tos the type-of-service byte to match, 0 to 255
     * @return a copy of this request with that change; this one is unchanged
     */
    public RouteRequest withTos(int tos) {
        Arguments.u8(tos, "tos");
        return copy(src, srcLength, gateway, prefsrc, oif, priority, table, scope, protocol, type, tos, flags, metrics,
                nextHops);
    }

    /**
     * {@code rtm_flags}, such as {@link NextHop#RTNH_F_ONLINK} ({@code onlink}).
     *
     * @param flags the {@code rtm_flags} bits to send
     * @return a copy of this request with that change; this one is unchanged
     */
    public RouteRequest withFlags(int flags) {
        return copy(src, srcLength, gateway, prefsrc, oif, priority, table, scope, protocol, type, tos, flags, metrics,
                nextHops);
    }

    /**
     * Sets metric {@code rtax} ({@code RouteCodec.RTAX_MTU}, ...) in {@code RTA_METRICS} ({@code mtu 1400});
     * read back with {@code Route.metric(int)}. The route's priority is {@link #withPriority(long)}.
     *
     * @param rtax  a numeric {@code RTAX_*} metric (not {@code RTAX_CC_ALGO})
     * @param value its value, 0 to 2^32-1, in the metric's unit (bytes for MTU and advmss)
     * @return a copy of this request with that change; this one is unchanged
     */
    public RouteRequest withMetric(int rtax, long value) {
        if (rtax <= 0 || rtax > MAX_METRIC_TYPE || rtax == RouteCodec.RTAX_CC_ALGO) {
            throw new IllegalArgumentException("not a numeric RTAX_* metric: " + rtax);
        }
        Arguments.u32(value, "metric value");
        Map<Integer, Long> m = new TreeMap<>(metrics);
        m.put(rtax, value);
        return copy(src, srcLength, gateway, prefsrc, oif, priority, table, scope, protocol, type, tos, flags,
                Collections.unmodifiableMap(m), nextHops);
    }

    /**
     * A multipath route over {@code hops} ({@code nexthop via G1 dev D1 weight W1 nexthop ...}).
     *
     * @param hops the next hops, at least one; not null, and no gateway set on this request
     * @return a copy of this request with that change; this one is unchanged
     */
    public RouteRequest withNextHops(List<NextHop> hops) {
        if (hops.isEmpty()) {
            throw new IllegalArgumentException("a multipath route needs at least one next hop");
        }
        if (gateway != null) {
            throw new IllegalArgumentException("a multipath route carries its gateways in its next hops");
        }
        return copy(src, srcLength, gateway, prefsrc, oif, priority, table, scope, protocol, type, tos, flags, metrics,
                List.copyOf(hops));
    }

    /** {@return {@code AF_INET} or {@code AF_INET6}} */
    public int family() {
        return family;
    }

    /** {@return the destination prefix's address, or null for the default route} */
    public InetAddress dst() {
        return dst;
    }

    /** {@return the destination prefix length in bits} */
    public int dstLength() {
        return dstLength;
    }

    /** {@return the source prefix's address, or null for none} */
    public InetAddress src() {
        return src;
    }

    /** {@return the source prefix length in bits, 0 when none} */
    public int srcLength() {
        return srcLength;
    }

    /** {@return the gateway, or null for none} */
    public InetAddress gateway() {
        return gateway;
    }

    /** {@return the preferred source address, or null for none} */
    public InetAddress prefsrc() {
        return prefsrc;
    }

    /** {@return the output interface's index, or 0 for none} */
    public int oif() {
        return oif;
    }

    /** {@return the priority ({@code metric}), or -1 for the kernel's default} */
    public long priority() {
        return priority;
    }

    /** {@return the table id, or -1 for the default (main, or local for local routes)} */
    public long table() {
        return table;
    }

    /** {@return the {@code RT_SCOPE_*} scope, or -1 for the default} */
    public int scope() {
        return scope;
    }

    /** {@return the {@code RTPROT_*} protocol, or -1 for the default} */
    public int protocol() {
        return protocol;
    }

    /** {@return the {@code RTN_*} type, or -1 for the default} */
    public int type() {
        return type;
    }

    /** {@return the type-of-service byte, 0 when not set} */
    public int tos() {
        return tos;
    }

    /** {@return the {@code rtm_flags} bits, 0 when none} */
    public int flags() {
        return flags;
    }

    /** {@return the {@code RTA_METRICS} values by {@code RTAX_*} in ascending order; empty when none, never null} */
    public Map<Integer, Long> metrics() {
        return metrics;
    }

    /** {@return the next hops of a multipath route; empty otherwise, never null} */
    public List<NextHop> nextHops() {
        return nextHops;
    }

    @Override
    public String toString() {
        return (dst == null ? "default" : dst.getHostAddress() + "/" + dstLength)
                + (gateway == null ? "" : " via " + gateway.getHostAddress()) + (oif > 0 ? " dev #" + oif : "");
    }
}
