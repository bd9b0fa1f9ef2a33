package io.jnetlink.route.routing;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeHolder;
import io.jnetlink.core.attr.AttributeValues;
import java.net.InetAddress;
import java.util.List;
import java.util.Objects;

/**
 * One route as the kernel reports it ({@code RTM_NEWROUTE}): the {@code rtmsg} header fields and
 * the {@link RouteAttributes}, read with {@link #get(Attribute)} ({@code route.get(RouteAttributes.DST)};
 * null when the kernel did not send it). Decoded once, immutable, equal by value; attributes this
 * library does not name are kept raw in {@code values().unknown()}.
 *
 * <p>{@code equals} compares everything, the cache information included, whose expiry counts down
 * between dumps: to find the same route again compare family, table, destination and its length,
 * tos and priority (the kernel's key).
 *
 * @param family    {@code AF_INET} or {@code AF_INET6}
 * @param dstLength {@code rtm_dst_len}; 0 without a destination is the default route
 * @param srcLength {@code rtm_src_len}
 * @param tos       {@code rtm_tos}
 * @param table     the table id: {@link RouteAttributes#TABLE} when present (ids above 255), else {@code rtm_table}
 * @param protocol  {@code rtm_protocol}: {@code RTPROT_*}, who installed the route
 * @param scope     {@code rtm_scope}: {@code RT_SCOPE_*}
 * @param type      {@code rtm_type}: {@code RTN_*}
 * @param flags     {@code rtm_flags}: {@code RTM_F_*} and {@code RTNH_F_*} bits
 * @param values    the attributes, of {@link RouteAttributes#SET}
 */
public record Route(int family, int dstLength, int srcLength, int tos, long table, int protocol, int scope, int type,
                    int flags, AttributeValues values) implements AttributeHolder {
    /**
     * Checks that the values are route attributes.
     *
     * @param family    {@code AF_INET} or {@code AF_INET6}
     * @param dstLength {@code rtm_dst_len}
     * @param srcLength {@code rtm_src_len}
     * @param tos       {@code rtm_tos}
     * @param table     the table id
     * @param protocol  {@code rtm_protocol}
     * @param scope     {@code rtm_scope}
     * @param type      {@code rtm_type}
     * @param flags     {@code rtm_flags}
     * @param values    the attributes, of {@link RouteAttributes#SET}; not null
     */
    public Route {
        Objects.requireNonNull(values, "values");
        if (values.set() != RouteAttributes.SET) {
            throw new IllegalArgumentException("a route holds RTA attributes, not " + values.set());
        }
    }

    /**
     * The value of one metric in {@link RouteAttributes#METRICS}.
     *
     * @param <T>    the value's type
     * @param metric a {@link RouteMetricAttributes} row
     * @return the value, or null when the route has no such metric
     */
    public <T> T metric(Attribute<T> metric) {
        AttributeValues metrics = values.get(RouteAttributes.METRICS);
        return metrics == null ? null : metrics.get(metric);
    }

    /** {@return the output device, {@link RouteAttributes#OIF}; 0 when none} */
    public int ifindex() {
        Integer oif = values.get(RouteAttributes.OIF);
        return oif == null ? 0 : oif;
    }

    /** {@return the input device, {@link RouteAttributes#IIF}; 0 when none} */
    public int inputIfindex() {
        Integer iif = values.get(RouteAttributes.IIF);
        return iif == null ? 0 : iif;
    }

    /** {@return the gateway: {@link RouteAttributes#GATEWAY}, else the address of {@link RouteAttributes#VIA}; null for none} */
    public InetAddress gateway() {
        InetAddress gateway = values.get(RouteAttributes.GATEWAY);
        return gateway != null ? gateway : values.get(RouteAttributes.VIA);
    }

    /** {@return the next hops of a multipath route ({@link RouteAttributes#MULTIPATH}); empty for others} */
    public List<NextHop> nextHops() {
        List<NextHop> hops = values.get(RouteAttributes.MULTIPATH);
        return hops == null ? List.of() : hops;
    }

    /** {@return true for the default route: no destination prefix} */
    public boolean isDefault() {
        return dstLength == 0;
    }

    /**
     * Whether the route leaves through {@code ifindex}: its own output device or one of its next
     * hops' (what the kernel's dump filter by device selects).
     *
     * @param ifindex an interface index
     * @return true when the route or a next hop uses it
     */
    public boolean usesIfindex(int ifindex) {
        return ifindex() == ifindex || nextHops().stream().anyMatch(h -> h.ifindex() == ifindex);
    }
}
