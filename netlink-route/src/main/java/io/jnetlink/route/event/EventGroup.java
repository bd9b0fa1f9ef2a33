package io.jnetlink.route.event;

/**
 * The rtnetlink multicast groups an {@link EventSubscription} can join, with their numbers from
 * {@code enum rtnetlink_groups} in {@code <linux/rtnetlink.h>}.
 */
public enum EventGroup {
    /** {@code RTNLGRP_LINK}: links created, changed, deleted. */
    LINK(1),
    /** {@code RTNLGRP_NEIGH}: ARP/NDP and bridge FDB entries. */
    NEIGHBOUR(3),
    /** {@code RTNLGRP_IPV4_IFADDR}: IPv4 addresses. */
    IPV4_ADDRESS(5),
    /** {@code RTNLGRP_IPV4_ROUTE}: IPv4 routes. */
    IPV4_ROUTE(7),
    /** {@code RTNLGRP_IPV4_RULE}: IPv4 policy routing rules. */
    IPV4_RULE(8),
    /** {@code RTNLGRP_IPV6_IFADDR}: IPv6 addresses. */
    IPV6_ADDRESS(9),
    /** {@code RTNLGRP_IPV6_ROUTE}: IPv6 routes. */
    IPV6_ROUTE(11),
    /** {@code RTNLGRP_IPV6_RULE}: IPv6 policy routing rules. */
    IPV6_RULE(19),
    /** {@code RTNLGRP_IPV4_NETCONF}: IPv4 per-device configuration (forwarding, rp_filter, ...). */
    IPV4_NETCONF(24),
    /** {@code RTNLGRP_IPV6_NETCONF}: IPv6 per-device configuration (forwarding, proxy_ndp, ...). */
    IPV6_NETCONF(25),
    /** {@code RTNLGRP_NSID}: ids this namespace gives other namespaces. */
    NSID(28),
    /** {@code RTNLGRP_NEXTHOP}: nexthop objects. */
    NEXTHOP(32);

    private final int group;

    EventGroup(int group) {
        this.group = group;
    }

    /** {@return the {@code RTNLGRP_*} number passed to {@code NETLINK_ADD_MEMBERSHIP}} */
    public int group() {
        return group;
    }
}
