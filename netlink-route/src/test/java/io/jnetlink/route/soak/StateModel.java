package io.jnetlink.route.soak;

import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.address.Address;
import io.jnetlink.route.event.RtnlEvent;
import io.jnetlink.route.event.RtnlEvent.Action;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.routing.Route;
import io.jnetlink.route.routing.RouteAttributes;
import io.jnetlink.route.routing.RouteCodec;
import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One namespace's links, IPv4 addresses and IPv4 routes as a subscriber learns them: a dump
 * replaces everything, events then change it one object at a time. Thread-safe.
 *
 * <p>IPv4 removes some routes without telling anyone ({@code fib_sync_down_dev},
 * {@code fib_sync_down_addr} and {@code fib_flush} send no {@code RTM_DELROUTE}), so the model
 * applies those kernel rules itself (net/ipv4/fib_frontend.c): a link seen down loses its routes
 * except host-scope ones (local routes, whose next hop has scope nowhere); a deleted link, or one
 * whose last IPv4 address was deleted, loses all of them; an address that is gone from every
 * link takes the main-table routes with it as preferred source. Everything else must arrive as
 * an event.
 */
final class StateModel {
    private static final int HISTORY = 2000;

    private final Map<Integer, Link> links = new HashMap<>();
    private final Map<String, Address> addresses = new HashMap<>();
    private final Map<String, Route> routes = new HashMap<>();
    private final Deque<String> history = new ArrayDeque<>();

    /** Replaces the model with a fresh dump. */
    synchronized void reset(List<Link> dumpedLinks, List<Address> dumpedAddresses, List<Route> dumpedRoutes) {
        remember("reset from dumps");
        links.clear();
        addresses.clear();
        routes.clear();
        dumpedLinks.forEach(l -> links.put(l.ifindex(), l));
        dumpedAddresses.forEach(this::putAddress);
        dumpedRoutes.forEach(this::putRoute);
    }

    /** Applies one notification. */
    synchronized void apply(RtnlEvent event) {
        remember(describe(event));
        if (event instanceof RtnlEvent.LinkEvent e) {
            Link link = e.link();
            if (e.action() == Action.DELETE) {
                links.remove(link.ifindex());
                routes.values().removeIf(r -> r.ifindex() == link.ifindex());
            } else {
                links.put(link.ifindex(), link);
                if (!link.isUp()) {
                    routes.values().removeIf(r -> r.ifindex() == link.ifindex() && r.scope() != RouteCodec.RT_SCOPE_HOST);
                }
            }
        } else if (event instanceof RtnlEvent.AddressEvent e && e.address().family() == AddressFamily.AF_INET) {
            if (e.action() == Action.DELETE) {
                addressDeleted(e.address());
            } else {
                putAddress(e.address());
            }
        } else if (event instanceof RtnlEvent.RouteEvent e && e.route().family() == AddressFamily.AF_INET) {
            if (e.action() == Action.DELETE) {
                routes.remove(NamespaceState.routeKey(e.route()));
            } else {
                putRoute(e.route());
            }
        }
    }

    private void addressDeleted(Address addr) {
        addresses.remove(NamespaceState.addressKey(addr));
        InetAddress local = addr.localAddress();
        if (addresses.values().stream().noneMatch(a -> a.localAddress().equals(local))) {
            routes.values().removeIf(r -> r.table() == RouteCodec.RT_TABLE_MAIN && local.equals(r.get(RouteAttributes.PREFSRC)));
        }
        if (addresses.values().stream().noneMatch(a -> a.ifindex() == addr.ifindex())) {
            routes.values().removeIf(r -> r.ifindex() == addr.ifindex());
        }
    }

    private void putAddress(Address addr) {
        addresses.put(NamespaceState.addressKey(addr), addr);
    }

    private void putRoute(Route route) {
        routes.put(NamespaceState.routeKey(route), route);
    }

    private void remember(String what) {
        if (history.size() == HISTORY) {
            history.removeFirst();
        }
        history.addLast(what);
    }

    private static String describe(RtnlEvent event) {
        if (event instanceof RtnlEvent.LinkEvent e) {
            return e.action() + " link " + NamespaceState.linkKey(e.link());
        } else if (event instanceof RtnlEvent.AddressEvent e) {
            return e.action() + " address " + NamespaceState.addressKey(e.address());
        } else if (event instanceof RtnlEvent.RouteEvent e) {
            return e.action() + " route " + NamespaceState.routeKey(e.route());
        }
        return event.toString();
    }

    /** The last events and resyncs applied, oldest first, for a failure report. */
    synchronized List<String> history() {
        return List.copyOf(history);
    }

    /** The model in comparable form. */
    synchronized NamespaceState state() {
        return new NamespaceState(links.values().stream().map(NamespaceState::linkKey).collect(Collectors.toSet()),
                addresses.keySet(), routes.keySet());
    }
}
