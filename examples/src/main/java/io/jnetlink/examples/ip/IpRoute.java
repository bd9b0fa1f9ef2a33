package io.jnetlink.examples.ip;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.routing.Route;
import java.util.List;

/**
 * {@code ip route [show SELECTOR]}: IPv4 main-table routes by default, as ip shows them;
 * {@code table all} shows both families, {@code -6} IPv6; the selectors are {@link RouteFilter}'s.
 */
final class IpRoute {
    private final Invocation invocation;
    private final IpOptions options;

    IpRoute(Invocation invocation, IpOptions options) {
        this.invocation = invocation;
        this.options = options;
    }

    int run(Args args) {
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
            for (Route route : session.rtnl().routes().list(filter.dumpFamily(), filter.table(), oif)) {
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

    /** The index of the link called {@code name}, 0 for null; an unknown name fails as ip does. */
    private static int index(List<Link> links, String name) {
        if (name == null) {
            return 0;
        }
        return links.stream().filter(l -> l.name().equals(name)).mapToInt(Link::index).findFirst()
                .orElseThrow(() -> new CommandFailure("Cannot find device \"" + name + "\"", 1));
    }
}
