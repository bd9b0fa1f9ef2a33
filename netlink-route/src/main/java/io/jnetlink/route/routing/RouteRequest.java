package io.jnetlink.route.routing;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.internal.Arguments;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A route to add, replace, change, append or delete: what
 * {@code ip route add DST/LEN via GW dev DEV ...} says. Held as the {@code rtmsg} header fields and
 * the {@link RouteAttributes} to send; immutable, each {@code with} method returns a checked copy,
 * so bad arguments fail with {@link IllegalArgumentException} before any request is sent. Header
 * fields left unset take the defaults {@code ip} uses when written (table main, or local for local
 * and NAT routes; protocol boot; scope from the type and gateway; type unicast), and a delete
 * matches any value of them.
 *
 * <pre>{@code
 * RouteRequest.to(InetAddress.getByName("10.9.0.0"), 16).withGateway(gw).withIfindex(ifindex).withPriority(5)
 * RouteRequest.defaultRoute(AddressFamily.AF_INET6).withGateway(gw6)
 * RouteRequest.to(dst, 24).withType(RouteCodec.RTN_BLACKHOLE).withTable(100)
 * RouteRequest.to(dst, 24).withIfindex(ifindex).withMetric(RouteMetricAttributes.MTU, 1400)
 * }</pre>
 */
public final class RouteRequest {
    /** A header field left to ip's default. */
    private static final int UNSET = -1;
    /** What only lookups carry, or only the kernel reports meaningfully: left out of {@link #from(Route)}. */
    private static final Set<Attribute<?>> NOT_RECREATED = Set.of(RouteAttributes.IIF, RouteAttributes.MARK,
            RouteAttributes.UID, RouteAttributes.IP_PROTO, RouteAttributes.SPORT, RouteAttributes.DPORT,
            RouteAttributes.FLOWLABEL, RouteAttributes.EXPIRES);
    /** What a route using a nexthop object ({@code nhid}) reports expanded but may not send beside it. */
    private static final Set<Attribute<?>> NEXTHOP_SPEC = Set.of(RouteAttributes.OIF, RouteAttributes.GATEWAY,
            RouteAttributes.VIA, RouteAttributes.MULTIPATH, RouteAttributes.ENCAP, RouteAttributes.ENCAP_TYPE);

    /** Indexed by the {@link RtMsg} offsets; the table lives in {@link #values} ({@link RouteAttributes#TABLE}). */
    private final int[] header;
    private final AttributeValues values;

    private RouteRequest(int[] header, AttributeValues values) {
        this.header = header;
        this.values = values;
    }

    private static RouteRequest of(int family, int dstLength) {
        int[] header = new int[RtMsg.FLAGS + 1];
        Arrays.fill(header, UNSET);
        header[RtMsg.FAMILY] = family;
        header[RtMsg.DST_LEN] = dstLength;
        header[RtMsg.SRC_LEN] = 0;
        header[RtMsg.TOS] = 0;
        header[RtMsg.FLAGS] = 0;
        return new RouteRequest(header, RouteAttributes.SET.empty());
    }

    /**
     * A route to {@code destination/prefixLength}; host bits of {@code destination} are sent as
     * given (the kernel refuses them with {@code EINVAL} for IPv4, as for {@code ip}).
     *
     * @param destination  the destination prefix's address; its family is the route's; not null
     * @param prefixLength the prefix length in bits, 0 to 32 (IPv4) or 0 to 128 (IPv6)
     * @return a request with nothing else set
     * @throws IllegalArgumentException for a prefix length outside 0..32 / 0..128
     */
    public static RouteRequest to(InetAddress destination, int prefixLength) {
        Arguments.prefixLength(Objects.requireNonNull(destination, "destination"), prefixLength);
        return of(AddressFamily.of(destination), prefixLength).with(RouteAttributes.DST, destination);
    }

    /**
     * The default route of {@code family} ({@code ip route add default ...}); sent, as ip sends it,
     * with the all-zero destination.
     *
     * @param family {@code AddressFamily.AF_INET} or {@code AF_INET6}
     * @return a request for prefix length 0 with nothing else set
     * @throws IllegalArgumentException for another family
     */
    public static RouteRequest defaultRoute(int family) {
        AddressFamily.maxPrefixLength(family);
        return of(family, 0);
    }

    /**
     * The request that recreates or deletes {@code route} as the kernel reported it: its header
     * fields (of the flags only {@code onlink}, which a request may carry) and every attribute a
     * request may set, except what only lookups carry (input device, mark, uid, ports, protocol,
     * flow label) and the expiry; for a route using a nexthop object, its id without the device,
     * gateway and next hops the kernel expands it into.
     *
     * @param route a route as {@code Routes.list} returned it; not null
     * @return a request naming that route
     */
    public static RouteRequest from(Route route) {
        int[] header = {route.family(), route.dstLength(), route.srcLength(), route.tos(), UNSET, route.protocol(),
            route.scope(), route.type(), route.flags() & NextHop.RTNH_F_ONLINK};
        boolean nexthopObject = route.get(RouteAttributes.NH_ID) != null;
        AttributeValues[] values = {RouteAttributes.SET.empty().with(RouteAttributes.TABLE, route.table())};
        route.values().forEach((row, value) -> {
            if (row.access().writable() && !NOT_RECREATED.contains(row) && !(nexthopObject && NEXTHOP_SPEC.contains(row))) {
                values[0] = copy(values[0], row, value);
            }
        });
        List<NextHop> hops = values[0].get(RouteAttributes.MULTIPATH);
        if (hops != null) {
            values[0] = values[0].with(RouteAttributes.MULTIPATH,
                    hops.stream().map(h -> h.withFlags(h.flags() & NextHop.RTNH_F_ONLINK)).toList());
        }
        return new RouteRequest(header, values[0]);
    }

    private static <T> AttributeValues copy(AttributeValues into, Attribute<T> row, Object value) {
        return into.with(row, row.valueType().javaType().cast(value));
    }

    private RouteRequest header(int field, int value) {
        int[] copy = header.clone();
        copy[field] = value;
        return new RouteRequest(copy, values);
    }

    /**
     * A copy with one attribute set: any writable {@link RouteAttributes} row. Addresses other
     * than {@link RouteAttributes#VIA} must be of the route's family; next hops are checked as by
     * {@link #withNextHops(List)}.
     *
     * @param <T>       the value's type
     * @param attribute a writable {@link RouteAttributes} row
     * @param value     the value; null removes it
     * @return a copy of this request with that change; this one is unchanged
     * @throws IllegalArgumentException for a read-only row, or an address of the other family
     */
    @SuppressWarnings("unchecked")
    public <T> RouteRequest with(Attribute<T> attribute, T value) {
        if (attribute == RouteAttributes.MULTIPATH && value != null) {
            return withNextHops((List<NextHop>) value);
        }
        if (value instanceof InetAddress address && attribute != RouteAttributes.VIA) {
            Arguments.sameFamily(family(), address, attribute.name());
        }
        return new RouteRequest(header, values.with(attribute, value));
    }

    /**
     * Via {@code gateway}, of the route's own family ({@code via G}).
     *
     * @param gateway the next hop's address, of the route's family; not null
     * @return a copy of this request with that change; this one is unchanged
     */
    public RouteRequest withGateway(InetAddress gateway) {
        return withVia(Arguments.sameFamily(family(), Objects.requireNonNull(gateway, "gateway"), "gateway"));
    }

    /**
     * Via {@code gateway} of either family: an IPv4 route through an IPv6 next hop is sent as
     * {@link RouteAttributes#VIA} ({@code via inet6 G}), one of its own family as
     * {@link RouteAttributes#GATEWAY}.
     *
     * @param gateway the next hop's address, IPv4 or IPv6; not null
     * @return a copy of this request with that change; this one is unchanged
     */
    public RouteRequest withVia(InetAddress gateway) {
        if (values.has(RouteAttributes.MULTIPATH)) {
            throw new IllegalArgumentException("a multipath route carries its gateways in its next hops");
        }
        return new RouteRequest(header, gatewayFor(family(), values, Objects.requireNonNull(gateway, "gateway")));
    }

    /** {@code values} with {@code gateway} as GATEWAY when of {@code family}, else as VIA (the other cleared). */
    static AttributeValues gatewayFor(int family, AttributeValues values, InetAddress gateway) {
        boolean own = gateway != null && AddressFamily.of(gateway) == family;
        return values.with(RouteAttributes.GATEWAY, own ? gateway : null).with(RouteAttributes.VIA, own ? null : gateway);
    }

    /**
     * Out of device {@code ifindex} ({@code dev D}).
     *
     * @param ifindex the output device's index, greater than 0
     * @return a copy of this request with that change; this one is unchanged
     */
    public RouteRequest withIfindex(int ifindex) {
        return with(RouteAttributes.OIF, Arguments.ifindex(ifindex));
    }

    /**
     * Preferred source address for traffic the host sends along the route ({@code src S}).
     *
     * @param prefsrc a local address of the route's family; not null
     * @return a copy of this request with that change; this one is unchanged
     */
    public RouteRequest withPrefsrc(InetAddress prefsrc) {
        return with(RouteAttributes.PREFSRC, Objects.requireNonNull(prefsrc, "prefsrc"));
    }

    /**
     * Source prefix the route applies to ({@code from S/LEN}, IPv6 source routing).
     *
     * @param source       the source prefix's address, of the route's family; not null
     * @param prefixLength the source prefix length in bits, 0 to 32 or 0 to 128
     * @return a copy of this request with that change; this one is unchanged
     */
    public RouteRequest withSource(InetAddress source, int prefixLength) {
        Arguments.prefixLength(Objects.requireNonNull(source, "source"), prefixLength);
        return header(RtMsg.SRC_LEN, prefixLength).with(RouteAttributes.SRC, source);
    }

    /**
     * Route priority, {@link RouteAttributes#PRIORITY} (ip's {@code metric M}, also spelled
     * {@code priority M}); not one of the {@link RouteAttributes#METRICS}, which
     * {@link #withMetric(Attribute, Object)} sets.
     *
     * @param priority the priority, lower preferred, 0 to 2^32-1
     * @return a copy of this request with that change; this one is unchanged
     */
    public RouteRequest withPriority(long priority) {
        return with(RouteAttributes.PRIORITY, Arguments.u32(priority, "priority"));
    }

    /**
     * Routing table id 1..2^32-1 ({@code table T}); ids above 255 travel in {@link RouteAttributes#TABLE}.
     *
     * @param table the table id, 1 to 2^32-1 (254 is main, 255 local)
     * @return a copy of this request with that change; this one is unchanged
     */
    public RouteRequest withTable(long table) {
        return with(RouteAttributes.TABLE, Arguments.inRange(table, 1, RouteCodec.RT_TABLE_MAX, "table id"));
    }

    /**
     * Scope {@code RT_SCOPE_*} ({@code scope S}).
     *
     * @param scope an {@code RT_SCOPE_*} value, 0 (universe) to 255
     * @return a copy of this request with that change; this one is unchanged
     */
    public RouteRequest withScope(int scope) {
        return header(RtMsg.SCOPE, Arguments.u8(scope, "scope"));
    }

    /**
     * Originator {@code RTPROT_*} ({@code proto P}).
     *
     * @param protocol an {@code RTPROT_*} value naming who installed the route, 0 to 255
     * @return a copy of this request with that change; this one is unchanged
     */
    public RouteRequest withProtocol(int protocol) {
        return header(RtMsg.PROTOCOL, Arguments.u8(protocol, "protocol"));
    }

    /**
     * Route type {@code RTN_*}: unicast, local, blackhole, unreachable, prohibit, throw, ...
     *
     * @param type an {@code RTN_*} value, 0 to 255
     * @return a copy of this request with that change; this one is unchanged
     */
    public RouteRequest withType(int type) {
        return header(RtMsg.TYPE, Arguments.u8(type, "type"));
    }

    /**
     * Type of service ({@code tos T}).
     *
     * @param tos the type-of-service byte to match, 0 to 255
     * @return a copy of this request with that change; this one is unchanged
     */
    public RouteRequest withTos(int tos) {
        return header(RtMsg.TOS, Arguments.u8(tos, "tos"));
    }

    /**
     * {@code rtm_flags}, such as {@link NextHop#RTNH_F_ONLINK} ({@code onlink}).
     *
     * @param flags the {@code rtm_flags} bits to send
     * @return a copy of this request with that change; this one is unchanged
     */
    public RouteRequest withFlags(int flags) {
        return header(RtMsg.FLAGS, flags);
    }

    /**
     * A copy with one metric set in {@link RouteAttributes#METRICS} ({@code mtu 1400}); read back
     * with {@link Route#metric(Attribute)}. The route's priority is {@link #withPriority(long)}.
     *
     * @param <T>    the value's type
     * @param metric a {@link RouteMetricAttributes} row
     * @param value  its value, in the metric's unit; null removes it
     * @return a copy of this request with that change; this one is unchanged
     * @throws IllegalArgumentException for a row of another set
     */
    public <T> RouteRequest withMetric(Attribute<T> metric, T value) {
        AttributeValues metrics = values.get(RouteAttributes.METRICS);
        return with(RouteAttributes.METRICS, (metrics == null ? RouteMetricAttributes.SET.empty() : metrics)
                .with(metric, value));
    }

    /**
     * A multipath route over {@code hops} ({@code nexthop via G1 dev D1 weight W1 nexthop ...}); a
     * hop's gateway of the other family is sent as {@link RouteAttributes#VIA}.
     *
     * @param hops the next hops, at least one; not null, and no gateway set on this request
     * @return a copy of this request with that change; this one is unchanged
     */
    public RouteRequest withNextHops(List<NextHop> hops) {
        if (hops.isEmpty()) {
            throw new IllegalArgumentException("a multipath route needs at least one next hop");
        }
        if (values.has(RouteAttributes.GATEWAY) || values.has(RouteAttributes.VIA)) {
            throw new IllegalArgumentException("a multipath route carries its gateways in its next hops");
        }
        return new RouteRequest(header, values.with(RouteAttributes.MULTIPATH,
                hops.stream().map(h -> h.forFamily(family())).toList()));
    }

    /**
     * The value of one attribute this request sets.
     *
     * @param <T>       the value's type
     * @param attribute a {@link RouteAttributes} row
     * @return the value, or null when not set
     */
    public <T> T get(Attribute<T> attribute) {
        return values.get(attribute);
    }

    /** {@return the attributes this request sets, of {@link RouteAttributes#SET}} */
    public AttributeValues values() {
        return values;
    }

    /** {@return {@code AF_INET} or {@code AF_INET6}} */
    public int family() {
        return header[RtMsg.FAMILY];
    }

    /** {@return the destination prefix length in bits} */
    public int dstLength() {
        return header[RtMsg.DST_LEN];
    }

    /** {@return the source prefix length in bits, 0 when none} */
    public int srcLength() {
        return header[RtMsg.SRC_LEN];
    }

    /** {@return the type-of-service byte, 0 when not set} */
    public int tos() {
        return header[RtMsg.TOS];
    }

    /** {@return the table id, or -1 for the default (main, or local for local routes)} */
    public long table() {
        Long table = values.get(RouteAttributes.TABLE);
        return table == null ? UNSET : table;
    }

    /** {@return the {@code RTPROT_*} protocol, or -1 for the default} */
    public int protocol() {
        return header[RtMsg.PROTOCOL];
    }

    /** {@return the {@code RT_SCOPE_*} scope, or -1 for the default} */
    public int scope() {
        return header[RtMsg.SCOPE];
    }

    /** {@return the {@code RTN_*} type, or -1 for the default} */
    public int type() {
        return header[RtMsg.TYPE];
    }

    /** {@return the {@code rtm_flags} bits, 0 when none} */
    public int flags() {
        return header[RtMsg.FLAGS];
    }

    /** Equal when the header fields and the attributes are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof RouteRequest r && Arrays.equals(r.header, header) && r.values.equals(values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(header) * 31 + values.hashCode();
    }

    /** {@return the destination, gateway and device, as ip would name them} */
    @Override
    public String toString() {
        InetAddress dst = values.get(RouteAttributes.DST);
        InetAddress gateway = values.get(RouteAttributes.GATEWAY) != null ? values.get(RouteAttributes.GATEWAY)
                : values.get(RouteAttributes.VIA);
        Integer oif = values.get(RouteAttributes.OIF);
        return (dst == null ? "default" : dst.getHostAddress() + "/" + dstLength())
                + (gateway == null ? "" : " via " + gateway.getHostAddress()) + (oif == null ? "" : " dev #" + oif);
    }
}
