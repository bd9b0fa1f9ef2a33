package io.jnetlink.route;

import io.jnetlink.route.internal.Arguments;
import io.jnetlink.core.Errno;
import io.jnetlink.core.MessageHandler;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.route.routing.Route;
import io.jnetlink.route.routing.RouteCodec;
import io.jnetlink.route.routing.RouteRequest;
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
     * Routes of {@code family} ({@code AF_UNSPEC} for both) in the main table ({@code ip route show}).
     *
     * @param family {@code AddressFamily.AF_INET}, {@code AF_INET6} or {@code AF_UNSPEC} for both
     * @return the routes in the order the kernel dumps them; empty when there are none, also when
     *         the main table does not exist yet (a fresh namespace has none for IPv4)
     */
    public List<Route> list(int family) {
        return list(family, RouteCodec.RT_TABLE_MAIN, 0);
    }

    /**
     * Routes of {@code family} in every table ({@code ip route show table all}).
     *
     * @param family {@code AddressFamily.AF_INET}, {@code AF_INET6} or {@code AF_UNSPEC} for both
     * @return the routes in the order the kernel dumps them; empty when there are none
     */
    public List<Route> listAllTables(int family) {
        return list(family, RouteCodec.RT_TABLE_UNSPEC, 0);
    }

    /**
     * Routes of {@code family} in {@code table} ({@code RT_TABLE_UNSPEC} for all) through
     * interface {@code oif} (0 for any). The kernel filters when the client uses strict
     * checking (the default); the same filter is applied here either way.
     *
     * @param family {@code AddressFamily.AF_INET}, {@code AF_INET6} or {@code AF_UNSPEC} for both
     * @param table  the routing table id (254 is main), or {@code RT_TABLE_UNSPEC} (0) for all
     * @param oif    the output interface's index, or 0 for any
     * @return the routes in the order the kernel dumps them; empty when none match, also when
     *         {@code table} does not exist (see {@link #forEach})
     */
    public List<Route> list(int family, long table, int oif) {
        List<Route> result = new ArrayList<>();
        forEach(family, table, oif, DumpHandlers.collecting(RouteCodec::decode, route -> matches(route, table, oif),
                result));
        return result;
    }

    private static boolean matches(Route route, long table, int oif) {
        if (table != RouteCodec.RT_TABLE_UNSPEC && route.table() != table) {
            return false;
        }
        return oif <= 0 || route.oif() == oif || route.nextHops().stream().anyMatch(h -> h.ifindex() == oif);
    }

    /**
     * Streams the {@code RTM_NEWROUTE} messages of a dump to {@code visitor} without building
     * records (the cursor is valid only inside the call). Filters apply only with strict checking.
     * A dump the kernel flagged interrupted and the client runs again calls
     * {@link MessageHandler#onRestart()} on {@code visitor} first.
     *
     * <p>A table that does not exist has no routes: when the kernel refuses a dump filtered by
     * {@code table} with {@code ENOENT} ("FIB table does not exist", as it does for IPv4's main
     * table in a namespace where no address or route has created it yet), {@code visitor} hears
     * nothing and the call returns normally, as {@code ip route show} prints nothing. Every other
     * refusal is thrown.
     *
     * @param family  {@code AddressFamily.AF_INET}, {@code AF_INET6} or {@code AF_UNSPEC} for both
     * @param table   the routing table id, or 0 for all
     * @param oif     the output interface's index, or 0 for any
     * @param visitor called once per message on the calling thread; not null
     */
    public void forEach(int family, long table, int oif, MessageHandler visitor) {
        if (family != AddressFamily.AF_UNSPEC && !AddressFamily.isIp(family)) {
            throw new IllegalArgumentException("route family must be AF_UNSPEC, AF_INET or AF_INET6: " + family);
        }
        Arguments.inRange(table, RouteCodec.RT_TABLE_UNSPEC, RouteCodec.RT_TABLE_MAX, "table id");
        Arguments.ifindexFilter(oif);
        Objects.requireNonNull(visitor, "visitor");
        try {
            rtnl.dump(w -> RouteCodec.writeDump(w, family, table, oif), DumpHandlers.only(MessageType.RTM_NEWROUTE, visitor));
        } catch (NetlinkException e) {
            if (!isMissingTable(e, table)) {
                throw e;
            }
        }
    }

    /**
     * True when {@code e} is the kernel's refusal of a dump filtered by {@code table} because
     * that table does not exist: {@code ENOENT} on a dump with a table filter (which the kernel
     * heeds only under strict checking). {@code ENOENT} on a dump of every table is not that.
     */
    static boolean isMissingTable(NetlinkException e, long table) {
        return e.is(Errno.ENOENT) && table != RouteCodec.RT_TABLE_UNSPEC;
    }

    /**
     * The route the kernel picks for {@code destination} ({@code ip route get}): one
     * {@code RTM_GETROUTE} with {@code RTA_DST}, answered with the resolved route.
     *
     * @param destination the address to route; not null
     * @return the route as the kernel resolved it for {@code destination}
     * @throws NetlinkException with {@code ENETUNREACH} when no route matches
     */
    public Route get(InetAddress destination) {
        Objects.requireNonNull(destination, "destination");
        Route[] found = new Route[1];
        rtnl.execute(w -> RouteCodec.writeGet(w, destination), message -> {
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
     * Adds a route beside existing ones with the same key ({@code ip route append}).
     *
     * @param request the route to add; not null
     */
    public void append(RouteRequest request) {
        send(MessageType.RTM_NEWROUTE, NlMsgHdr.NLM_F_CREATE | NlMsgHdr.NLM_F_APPEND, request);
    }

    /**
     * Deletes a route ({@code ip route del}); fields left unset match any value.
     *
     * @param request the fields a route must match; not null
     * @throws NetlinkException with {@code ESRCH} when no route matches
     */
    public void delete(RouteRequest request) {
        send(MessageType.RTM_DELROUTE, 0, request);
    }

    /**
     * Deletes {@code route} as listed.
     *
     * @param route a route as {@link #list(int)} returned it; not null
     */
    public void delete(Route route) {
        delete(RouteRequest.of(route));
    }

    private void send(int type, int flags, RouteRequest request) {
        Objects.requireNonNull(request, "request");
        rtnl.execute(w -> RouteCodec.write(w, type, flags, request), message -> true);
    }
}
