/**
 * Namespace ids ({@code ip netns set}, {@code ip netns list-id}): the
 * {@link io.jnetlink.route.nsid.NamespaceId} record, its attribute table
 * {@link io.jnetlink.route.nsid.NamespaceIdAttributes} ({@code NETNSA_*}) and
 * {@link io.jnetlink.route.nsid.NamespaceIdCodec}. Operations are on
 * {@link io.jnetlink.route.Rtnl#namespaceIds()}.
 */
package io.jnetlink.route.nsid;
