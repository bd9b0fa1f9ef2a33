/**
 * Routes ({@code ip route}): the {@link io.jnetlink.route.routing.Route} record decoded from
 * {@code RTM_NEWROUTE}, multipath {@link io.jnetlink.route.routing.NextHop}s, the
 * {@link io.jnetlink.route.routing.RouteRequest} that adds, replaces or deletes one, and
 * {@link io.jnetlink.route.routing.RouteCodec} with the {@code RTA_*}, {@code RTAX_*},
 * {@code RTN_*}, {@code RTPROT_*} and {@code RT_SCOPE_*} names of {@code <linux/rtnetlink.h>}.
 * Operations are on {@link io.jnetlink.route.Rtnl#routes()}.
 *
 * <p>Typed: dst, src, iif, oif, gateway and via (IP families), priority, prefsrc, metrics,
 * multipath, cacheinfo expiry, table, mark, pref, encap type, expires. Kept raw: flow, encap
 * payload, uid, nexthop id, ports and every other attribute, and {@code RTA_VIA} of MPLS.
 */
package io.jnetlink.route.routing;
