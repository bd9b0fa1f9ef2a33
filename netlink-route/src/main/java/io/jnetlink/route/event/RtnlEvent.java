package io.jnetlink.route.event;

import io.jnetlink.route.address.Address;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.neighbour.Neighbour;
import io.jnetlink.route.netconf.Netconf;
import io.jnetlink.route.nexthop.Nexthop;
import io.jnetlink.route.nsid.NamespaceId;
import io.jnetlink.route.routing.Route;
import io.jnetlink.route.rule.Rule;

/**
 * A typed rtnetlink notification: something was created or changed ({@link Action#NEW}) or
 * deleted ({@link Action#DELETE}), or notifications were lost ({@link Overrun}).
 */
public sealed interface RtnlEvent {
    /** Whether the object was created/changed or deleted. */
    enum Action {
        /** {@code RTM_NEW*}: created, or changed in place. */
        NEW,
        /** {@code RTM_DEL*}: deleted. */
        DELETE
    }

    /** A link notification ({@code RTM_NEWLINK} / {@code RTM_DELLINK}): a link created, changed or deleted. */
    record LinkEvent(Action action, Link link) implements RtnlEvent {
    }

    /**
     * A bridge's notification about one of its ports ({@code RTM_NEWLINK} / {@code RTM_DELLINK}
     * with {@code ifi_family AF_BRIDGE}, sent to the link group too): {@link Action#DELETE} means
     * the link left its bridge, not that the link is gone. For {@link Action#NEW} the port's
     * {@code IFLA_PROTINFO} (its {@code IFLA_BRPORT_*}) is decoded into
     * {@code port.info().slaveData()}, a {@link io.jnetlink.route.link.BridgePortData} with the
     * values a link dump gives for the port.
     */
    record BridgePortEvent(Action action, Link port) implements RtnlEvent {
    }

    /** An address notification ({@code RTM_NEWADDR} / {@code RTM_DELADDR}). */
    record AddressEvent(Action action, Address address) implements RtnlEvent {
    }

    /** A route notification ({@code RTM_NEWROUTE} / {@code RTM_DELROUTE}). */
    record RouteEvent(Action action, Route route) implements RtnlEvent {
    }

    /** A neighbour or FDB notification ({@code RTM_NEWNEIGH} / {@code RTM_DELNEIGH}). */
    record NeighbourEvent(Action action, Neighbour neighbour) implements RtnlEvent {
    }

    /** A policy routing rule notification ({@code RTM_NEWRULE} / {@code RTM_DELRULE}). */
    record RuleEvent(Action action, Rule rule) implements RtnlEvent {
    }

    /** A nexthop object notification ({@code RTM_NEWNEXTHOP} / {@code RTM_DELNEXTHOP}). */
    record NexthopEvent(Action action, Nexthop nexthop) implements RtnlEvent {
    }

    /**
     * A namespace id notification ({@code RTM_NEWNSID} / {@code RTM_DELNSID}): an id given to
     * another namespace, or gone with it.
     */
    record NamespaceIdEvent(Action action, NamespaceId namespaceId) implements RtnlEvent {
    }

    /**
     * A per-device IP configuration notification ({@code RTM_NEWNETCONF} /
     * {@code RTM_DELNETCONF}). A change carries the device's ifindex and only the value that
     * changed; {@link Action#DELETE} comes with the device's removal.
     */
    record NetconfEvent(Action action, Netconf netconf) implements RtnlEvent {
    }

    /**
     * The kernel dropped notifications because the receive buffer was full ({@code ENOBUFS}):
     * the subscriber's view is stale. Dump afresh to resynchronise; the subscription goes on.
     */
    record Overrun() implements RtnlEvent {
    }
}
