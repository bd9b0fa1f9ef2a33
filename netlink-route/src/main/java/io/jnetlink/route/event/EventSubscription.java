package io.jnetlink.route.event;

import java.util.Arrays;
import io.jnetlink.core.netns.NetNs;
import io.jnetlink.core.NetlinkProtocol;
import io.jnetlink.core.EventHandler;
import io.jnetlink.core.NetlinkSocket;
import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.address.AddressCodec;
import io.jnetlink.route.event.RtnlEvent.Action;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.link.LinkView;
import io.jnetlink.route.neighbour.NeighbourCodec;
import io.jnetlink.route.netconf.NetconfCodec;
import io.jnetlink.route.nexthop.NexthopCodec;
import io.jnetlink.route.nsid.NamespaceIdCodec;
import io.jnetlink.route.rule.RuleCodec;
import io.jnetlink.route.routing.RouteCodec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A subscription to rtnetlink notifications on its own socket: pull events with
 * {@link #poll(long)}, or have them pushed to an {@link EventListener} on a dedicated thread with
 * {@link #start(EventListener)} (one or the other). Lost notifications surface as
 * {@link RtnlEvent.Overrun} / {@link EventListener#onOverrun()}, never as silence. Closing stops
 * the thread within a poll slice and releases the socket.
 */
public final class EventSubscription implements AutoCloseable {
    private static final long LISTENER_WAIT_MILLIS = 200;
    private static final long JOIN_MILLIS = TimeUnit.SECONDS.toMillis(5);

    private final NetlinkSocket socket;
    private final Set<EventGroup> groups;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Thread thread;

    private EventSubscription(NetlinkSocket socket, Set<EventGroup> groups) {
        this.socket = socket;
        this.groups = groups;
    }

    /**
     * Opens a socket of its own in {@code netns} (1 MiB receive buffer) and joins {@code groups}:
     * {@code EventSubscription.open(rtnl.netns(), EventGroup.LINK)}. Close the subscription to
     * release the socket; it is independent of any {@code Rtnl} client.
     *
     * @param netns  the namespace whose notifications to receive; not null
     * @param groups the multicast groups to join, at least one
     * @return an open subscription
     */
    public static EventSubscription open(NetNs netns, EventGroup... groups) {
        return open(netns, NetlinkSocket.Config.defaults(), groups);
    }

    /**
     * As {@link #open(NetNs, EventGroup...)}, the socket configured by {@code config}.
     *
     * @param netns  the namespace whose notifications to receive; not null
     * @param config the new socket's configuration (its receive buffer size, say); not null
     * @param groups the multicast groups to join, at least one
     * @return an open subscription
     */
    public static EventSubscription open(NetNs netns, NetlinkSocket.Config config, EventGroup... groups) {
        Objects.requireNonNull(netns, "netns");
        Objects.requireNonNull(config, "config");
        if (groups.length == 0) {
            throw new IllegalArgumentException("subscribe to at least one event group");
        }
        return over(netns.openSocket(NetlinkProtocol.ROUTE, config), Arrays.asList(groups));
    }

    /**
     * Joins {@code groups} on {@code socket}, which the subscription then owns and closes.
     *
     * @param socket an open {@code NETLINK_ROUTE} socket that nothing else uses; not null
     * @param groups the groups to join, at least one; not null
     * @return the subscription, owning {@code socket}
     * @throws IllegalArgumentException when no group is given
     */
    public static EventSubscription over(NetlinkSocket socket, Collection<EventGroup> groups) {
        Objects.requireNonNull(socket, "socket");
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("subscribe to at least one event group");
        }
        Set<EventGroup> set = EnumSet.copyOf(groups);
        try {
            for (EventGroup g : set) {
                socket.joinGroup(g.group());
            }
        } catch (RuntimeException e) {
            socket.close();
            throw e;
        }
        return new EventSubscription(socket, set);
    }

    /** {@return the groups joined; never empty} */
    public Set<EventGroup> groups() {
        return EnumSet.copyOf(groups);
    }

    /**
     * Waits up to {@code timeoutMillis} for notifications and returns those of the first batch
     * received (empty on timeout or once closed), in kernel order; an {@link RtnlEvent.Overrun}
     * stands where notifications were lost.
     *
     * @param timeoutMillis how long to wait in milliseconds; 0 or less takes only what is already queued
     * @return the events in kernel order; empty on timeout or once closed
     * @throws IllegalStateException when a listener was started (and the subscription is open)
     */
    public List<RtnlEvent> poll(long timeoutMillis) {
        if (closed.get()) {
            return List.of();
        }
        if (thread != null) {
            throw new IllegalStateException("events go to the started listener; poll is unavailable");
        }
        List<RtnlEvent> events = new ArrayList<>();
        socket.receiveEvents(new EventHandler() {
            @Override
            public boolean onMessage(MessageCursor message) {
                RtnlEvent event = decode(message);
                if (event != null) {
                    events.add(event);
                }
                return true;
            }

            @Override
            public void onOverrun() {
                events.add(new RtnlEvent.Overrun());
            }
        }, timeoutMillis);
        return events;
    }

    /**
     * Delivers every notification to {@code listener} on a dedicated platform thread until
     * {@link #close()}.
     *
     * @param listener receives every event, on the subscription's thread; not null
     * @throws IllegalStateException when already started or closed
     */
    public synchronized void start(EventListener listener) {
        Objects.requireNonNull(listener, "listener");
        if (thread != null || closed.get()) {
            throw new IllegalStateException(closed.get() ? "subscription is closed" : "listener already started");
        }
        Thread t = new Thread(() -> deliver(listener), "jnetlink-events");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    private void deliver(EventListener listener) {
        EventHandler handler = new EventHandler() {
            @Override
            public boolean onMessage(MessageCursor message) {
                RtnlEvent event = decode(message);
                if (event != null) {
                    listener.onEvent(event);
                }
                return true;
            }

            @Override
            public void onOverrun() {
                listener.onOverrun();
            }
        };
        try {
            while (!closed.get() && socket.receiveEvents(handler, LISTENER_WAIT_MILLIS) >= 0) {
                // receiveEvents returns after each batch or wait; the loop re-checks for close.
            }
        } catch (RuntimeException e) {
            if (!closed.get()) {
                listener.onError(e);
            }
        }
    }

    /**
     * Decodes one notification (or a dump reply, which has the same form), or returns null for a
     * message type without a typed event, which the subscription skips.
     */
    static RtnlEvent decode(MessageCursor m) {
        return switch (m.type()) {
            case MessageType.RTM_NEWLINK -> linkEvent(Action.NEW, m);
            case MessageType.RTM_DELLINK -> linkEvent(Action.DELETE, m);
            case MessageType.RTM_NEWADDR -> new RtnlEvent.AddressEvent(Action.NEW, AddressCodec.decode(m));
            case MessageType.RTM_DELADDR -> new RtnlEvent.AddressEvent(Action.DELETE, AddressCodec.decode(m));
            case MessageType.RTM_NEWROUTE -> new RtnlEvent.RouteEvent(Action.NEW, RouteCodec.decode(m));
            case MessageType.RTM_DELROUTE -> new RtnlEvent.RouteEvent(Action.DELETE, RouteCodec.decode(m));
            case MessageType.RTM_NEWNEIGH -> new RtnlEvent.NeighbourEvent(Action.NEW, NeighbourCodec.decode(m));
            case MessageType.RTM_DELNEIGH -> new RtnlEvent.NeighbourEvent(Action.DELETE, NeighbourCodec.decode(m));
            case MessageType.RTM_NEWRULE -> new RtnlEvent.RuleEvent(Action.NEW, RuleCodec.decode(m));
            case MessageType.RTM_DELRULE -> new RtnlEvent.RuleEvent(Action.DELETE, RuleCodec.decode(m));
            case MessageType.RTM_NEWNEXTHOP -> new RtnlEvent.NexthopEvent(Action.NEW, NexthopCodec.decode(m));
            case MessageType.RTM_DELNEXTHOP -> new RtnlEvent.NexthopEvent(Action.DELETE, NexthopCodec.decode(m));
            case MessageType.RTM_NEWNSID -> new RtnlEvent.NamespaceIdEvent(Action.NEW, NamespaceIdCodec.decode(m));
            case MessageType.RTM_DELNSID -> new RtnlEvent.NamespaceIdEvent(Action.DELETE, NamespaceIdCodec.decode(m));
            case MessageType.RTM_NEWNETCONF -> new RtnlEvent.NetconfEvent(Action.NEW, NetconfCodec.decode(m));
            case MessageType.RTM_DELNETCONF -> new RtnlEvent.NetconfEvent(Action.DELETE, NetconfCodec.decode(m));
            default -> null;
        };
    }

    /** A bridge port notification for {@code AF_BRIDGE}, otherwise one about the link itself. */
    private static RtnlEvent linkEvent(Action action, MessageCursor m) {
        LinkView view = new LinkView().wrap(m);
        Link link = Link.from(view);
        return view.family() == AddressFamily.AF_BRIDGE ? new RtnlEvent.BridgePortEvent(action, link)
                : new RtnlEvent.LinkEvent(action, link);
    }

    /** {@return true once {@link #close()} was called} */
    public boolean isClosed() {
        return closed.get();
    }

    /** Stops the listener thread (waiting for it unless called from it) and closes the socket. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        socket.close();
        Thread t = thread;
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(JOIN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
