package io.jnetlink.route;

import io.jnetlink.core.NetlinkProtocol;
import io.jnetlink.core.NetlinkSocket;
import io.jnetlink.route.event.EventGroup;
import io.jnetlink.route.event.EventSubscription;
import java.util.Arrays;
import java.util.Objects;

/**
 * Opens event subscriptions in the namespace of an {@link Rtnl}: each on its own socket, so
 * notifications never mix with request replies. Used through {@link Rtnl#events}.
 */
final class Events {
    private final Rtnl rtnl;

    Events(Rtnl rtnl) {
        this.rtnl = rtnl;
    }

    /** A subscription to {@code groups} on a socket configured by {@code config}. */
    EventSubscription subscribe(NetlinkSocket.Config config, EventGroup... groups) {
        Objects.requireNonNull(config, "config");
        if (groups.length == 0) {
            throw new IllegalArgumentException("subscribe to at least one event group");
        }
        NetlinkSocket socket = rtnl.netns().openSocket(NetlinkProtocol.ROUTE, config);
        return EventSubscription.over(socket, Arrays.asList(groups));
    }
}
