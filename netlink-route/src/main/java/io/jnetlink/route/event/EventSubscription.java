package io.jnetlink.route.event;

import java.util.Arrays;
import io.jnetlink.core.netns.NetNs;
import io.jnetlink.core.NetlinkProtocol;
import io.jnetlink.core.EventHandler;
import io.jnetlink.core.NetlinkSocket;
import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.Rtnl;
import io.jnetlink.route.address.AddressFilter;
import io.jnetlink.route.neighbour.Neighbour;
import io.jnetlink.route.neighbour.NeighbourFilter;
import io.jnetlink.route.routing.RouteFilter;
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
     * Subscribes to {@code groups} in {@code rtnl}'s namespace, then dumps every object they cover
     * through {@code rtnl} (another socket), and returns the dump with the subscription: a start
     * without a gap.
     *
     * <p>The guarantee: a consumer that applies {@link EventSnapshot#dump()} and then every event
     * of {@link EventSnapshot#events()} in order reaches the kernel's state, and no change made
     * after this method joined the groups is lost. Because the groups are joined before the dump
     * starts, a change made while the dump runs is both in the dump (or not, depending on where
     * the dump had got to) and queued as an event; events may therefore repeat what the dump
     * already shows (netlink has no generation number to tell), so apply them as idempotent
     * upserts and deletions keyed by identity. An {@link RtnlEvent.Overrun} (or
     * {@link EventListener#onOverrun()}) means notifications were lost, the dump's time included:
     * resynchronise by opening a new snapshot.
     *
     * <p>What each group dumps: {@link EventGroup#LINK} every link; {@link EventGroup#NEIGHBOUR}
     * the neighbours, the proxy entries and the bridge FDB; the address, route, rule and netconf
     * groups their family's objects (routes of every table); {@link EventGroup#NEXTHOP} every
     * nexthop; {@link EventGroup#NSID} every namespace id.
     *
     * @param rtnl   the client whose namespace to watch and whose socket dumps; not null, open
     * @param groups the groups to join and dump, at least one
     * @return the dump and the open subscription; close it when done
     * @throws IllegalArgumentException when no group is given
     * @throws io.jnetlink.core.NetlinkException when the kernel refuses a dump (the subscription
     *         is closed then)
     */
    public static EventSnapshot openWithSnapshot(Rtnl rtnl, EventGroup... groups) {
        return openWithSnapshot(rtnl, NetlinkSocket.Config.defaults(), groups);
    }

    /**
     * As {@link #openWithSnapshot(Rtnl, EventGroup...)}, the subscription's socket configured by
     * {@code config} (a larger receive buffer lets more changes queue up while the dump runs).
     *
     * @param rtnl   the client whose namespace to watch and whose socket dumps; not null, open
     * @param config the subscription socket's configuration; not null
     * @param groups the groups to join and dump, at least one
     * @return the dump and the open subscription; close it when done
     * @throws IllegalArgumentException when no group is given
     * @throws io.jnetlink.core.NetlinkException when the kernel refuses a dump (the subscription
     *         is closed then)
     */
    public static EventSnapshot openWithSnapshot(Rtnl rtnl, NetlinkSocket.Config config, EventGroup... groups) {
        Objects.requireNonNull(rtnl, "rtnl");
        EventSubscription subscription = open(rtnl.netns(), config, groups);
        try {
            List<RtnlEvent> dump = new ArrayList<>();
            for (EventGroup group : subscription.groups) {
                dump(rtnl, group, dump);
            }
            return new EventSnapshot(dump, subscription);
        } catch (RuntimeException e) {
            subscription.close();
            throw e;
        }
    }

    /** Appends to {@code into} what {@code group} covers, each object as a {@link Action#NEW} event. */
    private static void dump(Rtnl rtnl, EventGroup group, List<RtnlEvent> into) {
        switch (group) {
            case LINK -> rtnl.links().list().forEach(l -> into.add(new RtnlEvent.LinkEvent(Action.NEW, l)));
            case NEIGHBOUR -> {
                List<Neighbour> entries = new ArrayList<>(rtnl.neighbours().list());
                entries.addAll(rtnl.neighbours().list(NeighbourFilter.all().withProxies()));
                entries.addAll(rtnl.fdb().list());
                entries.forEach(n -> into.add(new RtnlEvent.NeighbourEvent(Action.NEW, n)));
            }
            case IPV4_ADDRESS, IPV6_ADDRESS -> rtnl.addresses().list(AddressFilter.all().withFamily(family(group)))
                    .forEach(a -> into.add(new RtnlEvent.AddressEvent(Action.NEW, a)));
            case IPV4_ROUTE, IPV6_ROUTE -> rtnl.routes().list(RouteFilter.all().withFamily(family(group)))
                    .forEach(r -> into.add(new RtnlEvent.RouteEvent(Action.NEW, r)));
            case IPV4_RULE, IPV6_RULE -> rtnl.rules().list(family(group))
                    .forEach(r -> into.add(new RtnlEvent.RuleEvent(Action.NEW, r)));
            case IPV4_NETCONF, IPV6_NETCONF -> rtnl.netconf().list(family(group))
                    .forEach(c -> into.add(new RtnlEvent.NetconfEvent(Action.NEW, c)));
            case NEXTHOP -> rtnl.nexthops().list().forEach(n -> into.add(new RtnlEvent.NexthopEvent(Action.NEW, n)));
            case NSID -> rtnl.namespaceIds().list()
                    .forEach(id -> into.add(new RtnlEvent.NamespaceIdEvent(Action.NEW, id)));
        }
    }

    /** The address family of a per-family group. */
    private static int family(EventGroup group) {
        return switch (group) {
            case IPV4_ADDRESS, IPV4_ROUTE, IPV4_RULE, IPV4_NETCONF -> AddressFamily.AF_INET;
            case IPV6_ADDRESS, IPV6_ROUTE, IPV6_RULE, IPV6_NETCONF -> AddressFamily.AF_INET6;
            default -> throw new IllegalArgumentException(group + " is not bound to one address family");
        };
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
     * Decodes one notification, or returns null for a message type without a typed event, which
     * the subscription skips.
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
