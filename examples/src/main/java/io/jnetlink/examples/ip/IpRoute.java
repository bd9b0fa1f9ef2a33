package io.jnetlink.examples.ip;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.routing.Route;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;

/**
 * {@code ip route [show SELECTOR]}: IPv4 main-table routes by default, as ip shows them;
 * {@code table all} shows both families, {@code -6} IPv6; the selectors are {@link RouteFilter}'s.
 */
final class IpRoute {
    // ip route get's lookup options, which this jar does not send.
    private static final Set<String> GET_OPTIONS = Set.of("from", "iif", "oif", "tos", "dsfield", "mark", "vrf", "uid",
            "ipproto", "sport", "dport", "fibmatch", "connected", "as", "notify");

    private final Invocation invocation;
    private final IpOptions options;

    IpRoute(Invocation invocation, IpOptions options) {
        this.invocation = invocation;
        this.options = options;
    }

    int run(Args args) {
        if (args.hasNext() && Args.matches(args.peek(), "get")) {
            args.next();
            return get(args);
        }
        args.skipShow("ip route");
        RouteFilter filter = RouteFilter.parse(args, options.family());
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            List<Link> links = session.rtnl().links().list();
            int oif = index(links, filter.device());
            int iif = index(links, filter.inputDevice());
            filter.resolveDevices(oif, iif);
            LinkFormatter linkNames = new LinkFormatter(options, links, null);
            RouteFormatter formatter = new RouteFormatter(options, linkNames, filter);
            StringBuilder out = new StringBuilder();
            JsonWriter w = options.jsonWriter().startArray();
            for (Route route : session.rtnl().routes().list(io.jnetlink.route.routing.RouteFilter.all()
                    .withFamily(filter.dumpFamily()).withTable(filter.table()).withIfindex(oif))) {
                // ip matches "dev D" against the route's own output device only, not its next hops.
                if (filter.accepts(route)) {
                    if (options.json()) {
                        formatter.json(w, route);
                    } else {
                        out.append(formatter.format(route));
                    }
                }
            }
            invocation.out().print(options.json() ? w.endArray() + "\n" : out);
        }
        return 0;
    }

    /**
     * {@code ip route get [to] ADDRESS}: the kernel's answer for one destination. The lookup
     * options ({@code from}, {@code iif}, {@code oif}, {@code mark}, ...) are not implemented.
     */
    private int get(Args args) {
        Prefix destination = null;
        while (args.hasNext()) {
            String word = args.next();
            if (word.equals("to")) {
                word = args.value();
            } else if (GET_OPTIONS.contains(word)) {
                throw new CommandFailure("jnl: ip route get " + word + " is not implemented (only ip route get ADDRESS)",
                        255);
            }
            destination = Prefix.parse(word, options.family());
            if (!destination.isHost()) {
                invocation.err().println("Warning: /" + destination.length()
                        + " as prefix is invalid, only /" + destination.address().length * 8 + " (or none) is supported.");
            }
        }
        if (destination == null) {
            throw new CommandFailure("need at least a destination address", 1);
        }
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            Route route = session.rtnl().routes().lookup(toInet(destination.address()));
            RouteFormatter formatter = new RouteFormatter(options,
                    new LinkFormatter(options, session.rtnl().links().list(), null), RouteFilter.NONE);
            if (options.json()) {
                JsonWriter w = options.jsonWriter().startArray();
                formatter.json(w, route);
                invocation.out().print(w.endArray() + "\n");
            } else {
                invocation.out().print(formatter.format(route));
            }
        }
        return 0;
    }

    private static InetAddress toInet(byte[] address) {
        try {
            return InetAddress.getByAddress(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("address of " + address.length + " bytes", e);
        }
    }

    /** The index of the link called {@code name}, 0 for null; an unknown name fails as ip does. */
    private static int index(List<Link> links, String name) {
        if (name == null) {
            return 0;
        }
        return links.stream().filter(l -> l.name().equals(name)).mapToInt(Link::index).findFirst()
                .orElseThrow(() -> new CommandFailure("Cannot find device \"" + name + "\"", 1));
    }
}
