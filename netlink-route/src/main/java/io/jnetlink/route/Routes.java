package io.jnetlink.route;

import io.jnetlink.core.Errno;
import io.jnetlink.core.MessageHandler;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.route.routing.Route;
import io.jnetlink.route.routing.RouteCodec;
import io.jnetlink.route.routing.RouteFilter;
import io.jnetlink.route.routing.RouteLookup;
import io.jnetlink.route.routing.RouteRequest;
import io.jnetlink.route.routing.RouteView;
import io.jnetlink.route.routing.RouteVisitor;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Routes of one namespace: what {@code ip route} shows and changes. Obtained from
 * {@link Rtnl#routes()}; safe to use from any thread.
 */
public final class Routes {

    private final Rtnl rtnl;

    Routes(Rtnl rtnl) {
        this.rtnl = rtnl;
    }

    /**
     * Every route: both families, every table ({@code ip route show table all} for IPv4 and IPv6).
     *
     * @return the routes in the order the kernel dumps them; empty when there are none
     */
    public List<Route> list() {
        return list(RouteFilter.all());
    }

    /**
     * The routes {@code filter} selects ({@code ip route show} is
     * {@code RouteFilter.all().withFamily(AF_INET).withTable(RouteCodec.RT_TABLE_MAIN)}). The kernel
     * filters where it can (strict checking); the same filter is applied here either way.
     *
     * @param filter which routes; not null
     * @return the routes in the order the kernel dumps them; empty when none match, also when the
     *         table does not exist
     */
    public List<Route> list(RouteFilter filter) {
        List<Route> routes = new ArrayList<>();
        forEach(filter, new RouteVisitor() {
            @Override
            public void visit(RouteView route) {
                routes.add(route.toRoute());
            }

            @Override
            public void onRestart() {
                routes.clear();
            }
        });
        return routes;
    }

    /**
     * Streams the routes {@code filter} selects to {@code visitor} as views over the receive buffer:
     * no record and no per-route allocation; each view is valid only during its call. A dump the
     * kernel flagged interrupted and the client runs again calls {@link RouteVisitor#onRestart()}
     * first.
     *
     * @param filter  which routes; not null
     * @param visitor called once per route, on the calling thread; not null
     */
    public void forEach(RouteFilter filter, RouteVisitor visitor) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(visitor, "visitor");
        RouteView view = new RouteView();
        try {
            rtnl.dump(w -> RouteCodec.writeDump(w, filter), new MessageHandler() {
                @Override
                public boolean onMessage(MessageCursor message) {
                    if (message.type() == MessageType.RTM_NEWROUTE && filter.test(view.wrap(message))) {
                        visitor.visit(view);
                    }
                    return true;
                }

                @Override
                public void onRestart() {
                    visitor.onRestart();
                }
            });
        } catch (NetlinkException e) {
            // A table that does not exist yet has no routes (the kernel says ENOENT to a dump of one family).
            if (!e.is(Errno.ENOENT) || filter.table() == RouteCodec.RT_TABLE_UNSPEC) {
                throw e;
            }
        }
    }

    /**
     * The route the kernel picks for a packet to {@code destination} ({@code ip route get ADDRESS}).
     *
     * @param destination the address to route; not null
     * @return the route as the kernel resolved it
     * @throws NetlinkException with {@code ENETUNREACH} when no route matches, {@code EINVAL} for a
     *                          blackhole, ...
     */
    public Route lookup(InetAddress destination) {
        return lookup(RouteLookup.to(destination));
    }

    /**
     * The route the kernel picks for the packet {@code lookup} describes ({@code ip route get
     * ADDRESS from S iif D mark M ...}).
     *
     * @param lookup the packet's destination and properties; not null
     * @return the route as the kernel resolved it (with {@code fibmatch}: the table entry that matched)
     * @throws NetlinkException with {@code ENETUNREACH} when no route matches, ...
     */
    public Route lookup(RouteLookup lookup) {
        Objects.requireNonNull(lookup, "lookup");
        Route[] found = new Route[1];
        rtnl.execute(w -> RouteCodec.writeLookup(w, lookup), message -> {
            if (message.type() == MessageType.RTM_NEWROUTE) {
                found[0] = RouteCodec.decode(message);
            }
            return true;
        });
        if (found[0] == null) {
            throw new IllegalStateException("the kernel acknowledged RTM_GETROUTE without a route");
        }
        return found[0];
    }

    /**
     * Adds a route ({@code ip route add}).
     *
     * @param request the route to add; not null
     * @throws NetlinkException with {@code EEXIST} when it exists, {@code ENODEV} for a missing device
     */
    public void add(RouteRequest request) {
        send(MessageType.RTM_NEWROUTE, NlMsgHdr.NLM_F_CREATE | NlMsgHdr.NLM_F_EXCL, request);
    }

    /**
     * Adds the route or replaces the one with the same key ({@code ip route replace}).
     *
     * @param request the route to add or put in place; not null
     */
    public void replace(RouteRequest request) {
        send(MessageType.RTM_NEWROUTE, NlMsgHdr.NLM_F_CREATE | NlMsgHdr.NLM_F_REPLACE, request);
    }

    /**
     * Changes the existing route with the same key ({@code ip route change}).
     *
     * @param request the route's new form; not null
     * @throws NetlinkException with {@code ENOENT} (IPv6) or {@code ESRCH} (IPv4) when there is none
     */
    public void change(RouteRequest request) {
        send(MessageType.RTM_NEWROUTE, NlMsgHdr.NLM_F_REPLACE, request);
    }

    /**
     * Adds a route beside existing ones with the same key ({@code ip route append}).
     *
     * @param request the route to add; not null
     */
    public void append(RouteRequest request) {
        send(MessageType.RTM_NEWROUTE, NlMsgHdr.NLM_F_CREATE | NlMsgHdr.NLM_F_APPEND, request);
    }

    /**
     * Adds a route in front of existing ones with the same key ({@code ip route prepend}:
     * {@code NLM_F_CREATE} alone; an IPv6 route with a gateway joins the existing route's next hops).
     *
     * @param request the route to add; not null
     */
    public void prepend(RouteRequest request) {
        send(MessageType.RTM_NEWROUTE, NlMsgHdr.NLM_F_CREATE, request);
    }

    /**
     * Deletes a route ({@code ip route del}); header fields left unset match any value.
     *
     * @param request the fields a route must match; not null
     * @throws NetlinkException with {@code ESRCH} when no route matches
     */
    public void delete(RouteRequest request) {
        send(MessageType.RTM_DELROUTE, 0, request);
    }

    /**
     * Deletes {@code route} as listed ({@link RouteRequest#from(Route)}).
     *
     * @param route a route as {@link #list(RouteFilter)} returned it; not null
     * @throws NetlinkException with {@code ESRCH} when it is gone
     */
    public void delete(Route route) {
        delete(RouteRequest.from(route));
    }

    /**
     * Deletes every route {@code filter} selects ({@code ip route flush}); routes the kernel removed
     * meanwhile (with another one, or by someone else) are skipped.
     *
     * @param filter which routes; not null, narrower than {@code RouteFilter.all()} (as {@code ip route
     *               flush} needs a selector)
     * @return how many routes this call deleted, 0 or more
     * @throws IllegalArgumentException for {@code RouteFilter.all()}, which would empty every table
     */
    public int flush(RouteFilter filter) {
        if (filter.selectsAll()) {
            throw new IllegalArgumentException("flush needs a narrower filter than all(): a family, table, protocol, type or interface");
        }
        return Deletions.deleteEach(list(filter), this::delete, Errno.ESRCH, Errno.ENOENT);
    }

    private void send(int type, int flags, RouteRequest request) {
        Objects.requireNonNull(request, "request");
        rtnl.execute(w -> RouteCodec.write(w, type, flags, request), message -> true);
    }
}
