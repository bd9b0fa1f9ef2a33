package io.jnetlink.route;

import io.jnetlink.core.NetlinkProtocol;
import io.jnetlink.core.NetlinkSocket;
import io.jnetlink.core.netns.NetNs;
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
        NetNs netns = rtnl.netns();
        // A client opened with Rtnl.open() works in the namespace of the thread that opened it;
        // the subscription socket is created on the calling thread, which is assumed to be there too.
        NetlinkSocket socket = netns == null ? NetlinkSocket.open(NetlinkProtocol.ROUTE, config)
                : netns.openSocket(NetlinkProtocol.ROUTE, config);
        return EventSubscription.over(socket, Arrays.asList(groups));
    }
}
