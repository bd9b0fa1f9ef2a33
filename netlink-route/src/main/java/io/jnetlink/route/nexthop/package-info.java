/**
 * Nexthop objects ({@code ip nexthop}): the {@link io.jnetlink.route.nexthop.Nexthop} record, its
 * attribute tables {@link io.jnetlink.route.nexthop.NexthopAttributes} ({@code NHA_*}),
 * {@link io.jnetlink.route.nexthop.ResilientGroupAttributes} ({@code NHA_RES_GROUP_*}) and
 * {@link io.jnetlink.route.nexthop.NexthopBucketAttributes} ({@code NHA_RES_BUCKET_*}), the group
 * members {@link io.jnetlink.route.nexthop.NexthopGroupMember}, requests
 * ({@link io.jnetlink.route.nexthop.NexthopRequest}), filters
 * ({@link io.jnetlink.route.nexthop.NexthopFilter}) and {@link io.jnetlink.route.nexthop.NexthopCodec}.
 * Operations are on {@link io.jnetlink.route.Rtnl#nexthops()}; a route uses a nexthop object by
 * its id ({@code RouteAttributes.NH_ID}).
 */
package io.jnetlink.route.nexthop;
