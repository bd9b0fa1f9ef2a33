/**
 * Namespace ids ({@code ip netns set}, {@code ip netns list-id}): the
 * {@link io.jnetlink.route.nsid.NsId} record and {@link io.jnetlink.route.nsid.NsIdCodec} with the
 * {@code NETNSA_*} names of {@code <linux/net_namespace.h>}. Operations are on
 * {@link io.jnetlink.route.Rtnl#namespaceIds()}.
 */
package io.jnetlink.route.nsid;
