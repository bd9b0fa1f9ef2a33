/**
 * Per-device IP configuration ({@code ip netconf show}): the
 * {@link io.jnetlink.route.netconf.Netconf} record, its attribute table
 * {@link io.jnetlink.route.netconf.NetconfAttributes} ({@code NETCONFA_*}) and
 * {@link io.jnetlink.route.netconf.NetconfCodec}. Reading is on
 * {@link io.jnetlink.route.Rtnl#netconf()}; changes arrive as
 * {@link io.jnetlink.route.event.RtnlEvent.NetconfEvent}s.
 */
package io.jnetlink.route.netconf;
