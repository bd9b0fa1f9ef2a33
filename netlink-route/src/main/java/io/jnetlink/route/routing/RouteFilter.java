package io.jnetlink.route.routing;

import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.internal.Arguments;

/**
 * Which routes {@code Routes.list(filter)}, {@code forEach} and {@code flush} select:
 * {@code RouteFilter.all().withFamily(AF_INET6).withTable(254)}. With strict checking (the
 * default) the kernel filters by table, device, protocol and type itself; the library applies the
 * same filter to what comes back either way, so the result does not depend on the kernel. A filter
 * never changes what a route holds, only which routes come back.
 *
 * @param family   {@code AF_INET}, {@code AF_INET6}, or {@code AF_UNSPEC} for both
 * @param table    the table id, or {@code RouteCodec.RT_TABLE_UNSPEC} (0) for every table
 * @param protocol the {@code RTPROT_*} protocol, or -1 for any
 * @param type     the {@code RTN_*} type, or -1 for any
 * @param ifindex  a device the route or one of its next hops leaves through, or 0 for any
 */
public record RouteFilter(int family, long table, int protocol, int type, int ifindex) {
    private static final RouteFilter ALL = new RouteFilter(AddressFamily.AF_UNSPEC, RouteCodec.RT_TABLE_UNSPEC, -1, -1, 0);

    /**
     * Checks the fields.
     *
     * @param family   {@code AF_INET}, {@code AF_INET6}, or {@code AF_UNSPEC} for both
     * @param table    the table id, 0 to 2^32-1 (0 for every table)
     * @param protocol the {@code RTPROT_*} protocol 0 to 255, or -1 for any
     * @param type     the {@code RTN_*} type 0 to 255, or -1 for any
     * @param ifindex  an interface index, or 0 for any
     * @throws IllegalArgumentException when a field is out of range
     */
    public RouteFilter {
        if (family != AddressFamily.AF_UNSPEC && !AddressFamily.isIp(family)) {
            throw new IllegalArgumentException("route family must be AF_UNSPEC, AF_INET or AF_INET6: " + family);
        }
        Arguments.inRange(table, RouteCodec.RT_TABLE_UNSPEC, RouteCodec.RT_TABLE_MAX, "table id");
        Arguments.inRange(protocol, -1, 0xff, "protocol");
        Arguments.inRange(type, -1, 0xff, "type");
        Arguments.ifindexFilter(ifindex);
    }

    /** {@return the filter that selects every route: both families, every table} */
    public static RouteFilter all() {
        return ALL;
    }

    /** {@return true when this filter selects every route} */
    public boolean selectsAll() {
        return equals(ALL);
    }

    /**
     * Only routes of {@code family}.
     *
     * @param family {@code AF_INET}, {@code AF_INET6}, or {@code AF_UNSPEC} for both
     * @return the narrowed filter
     */
    public RouteFilter withFamily(int family) {
        return new RouteFilter(family, table, protocol, type, ifindex);
    }

    /**
     * Only routes of table {@code table} ({@code RouteCodec.RT_TABLE_MAIN} is {@code ip route}'s default).
     *
     * @param table the table id 1 to 2^32-1, or 0 for every table
     * @return the narrowed filter
     */
    public RouteFilter withTable(long table) {
        return new RouteFilter(family, table, protocol, type, ifindex);
    }

    /**
     * Only routes installed by {@code protocol} ({@code RTPROT_*}).
     *
     * @param protocol the protocol 0 to 255, or -1 for any
     * @return the narrowed filter
     */
    public RouteFilter withProtocol(int protocol) {
        return new RouteFilter(family, table, protocol, type, ifindex);
    }

    /**
     * Only routes of {@code type} ({@code RTN_*}).
     *
     * @param type the type 0 to 255, or -1 for any
     * @return the narrowed filter
     */
    public RouteFilter withType(int type) {
        return new RouteFilter(family, table, protocol, type, ifindex);
    }

    /**
     * Only routes leaving through device {@code ifindex}, directly or by one of their next hops.
     *
     * @param ifindex an interface index, or 0 for any
     * @return the narrowed filter
     */
    public RouteFilter withIfindex(int ifindex) {
        return new RouteFilter(family, table, protocol, type, ifindex);
    }

    /**
     * Whether {@code route} passes the filter.
     *
     * @param route a route; not null
     * @return true when every field the filter sets matches
     */
    public boolean test(Route route) {
        return matches(route.family(), route.table(), route.protocol(), route.type())
                && (ifindex == 0 || route.usesIfindex(ifindex));
    }

    /**
     * Whether the route {@code view} shows passes the filter, read in place.
     *
     * @param view a route view; not null
     * @return true when every field the filter sets matches
     */
    public boolean test(RouteView view) {
        return matches(view.family(), view.table(), view.protocol(), view.type())
                && (ifindex == 0 || view.usesIfindex(ifindex));
    }

    private boolean matches(int family, long table, int protocol, int type) {
        return (this.family == AddressFamily.AF_UNSPEC || this.family == family)
                && (this.table == RouteCodec.RT_TABLE_UNSPEC || this.table == table)
                && (this.protocol < 0 || this.protocol == protocol)
                && (this.type < 0 || this.type == type);
    }
}
