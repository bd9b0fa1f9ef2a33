/**
 * Routes ({@code ip route}): the {@link io.jnetlink.route.routing.Route} record decoded from
 * {@code RTM_NEWROUTE} (the {@code rtmsg} header and its attributes), the attribute tables
 * {@link io.jnetlink.route.routing.RouteAttributes} ({@code RTA_*}) and
 * {@link io.jnetlink.route.routing.RouteMetricAttributes} ({@code RTAX_*}), multipath
 * {@link io.jnetlink.route.routing.NextHop}s, the {@link io.jnetlink.route.routing.RouteRequest}
 * that adds, replaces, changes, appends or deletes one, the
 * {@link io.jnetlink.route.routing.RouteFilter} that selects routes, the
 * {@link io.jnetlink.route.routing.RouteLookup} of {@code ip route get}, the allocation-free
 * {@link io.jnetlink.route.routing.RouteView}, and
 * {@link io.jnetlink.route.routing.RouteCodec} with the {@code RTN_*}, {@code RTPROT_*},
 * {@code RT_SCOPE_*}, {@code RT_TABLE_*} and {@code RTM_F_*} names of {@code <linux/rtnetlink.h>}.
 * Operations are on {@link io.jnetlink.route.Rtnl#routes()}.
 *
 * <p>Every attribute of the kernel's {@code rt-route.yaml} has a row; structures are typed
 * ({@link io.jnetlink.route.routing.RouteCacheInfo}, next hops, {@code RTA_VIA} of the IP families,
 * the nested metrics). Kept raw: the lightweight tunnel options of {@code RTA_ENCAP}, an
 * {@code RTA_VIA} of another family, and attributes newer than this library.
 */
package io.jnetlink.route.routing;
