package io.jnetlink.examples.ip;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.routing.Route;
import io.jnetlink.route.routing.RouteCodec;
import java.util.List;

/**
 * {@code ip route [show [table T|all] [dev DEV]]}: IPv4 main-table routes by default, as ip
 * shows them; {@code table all} shows both families, {@code -6} IPv6.
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
        long table = RouteCodec.RT_TABLE_MAIN;
        String device = null;
        while (args.hasNext()) {
            String word = args.next();
            if (Args.matches(word, "table")) {
                String value = args.value();
                table = value.equals("all") ? RouteCodec.RT_TABLE_UNSPEC : NameTable.TABLES.number(value);
                if (table < 0 || table > RouteCodec.RT_TABLE_MAX) {
                    throw new CommandFailure("Error: argument \"" + value + "\" is wrong: table id value is invalid\n", 255);
                }
            } else if (word.equals("dev") || word.equals("oif")) {
                device = args.value();
            } else {
                throw new CommandFailure("Error: argument \"" + word + "\" is not supported here.", 255);
            }
        }
        // ip shows IPv4 unless told otherwise, except for "table all".
        int family = options.family() != 0 ? options.family()
                : table == RouteCodec.RT_TABLE_UNSPEC ? 0 : AddressFamily.AF_INET;
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            List<Link> links = session.rtnl().links().list();
            int oif = 0;
            if (device != null) {
                String name = device;
                oif = links.stream().filter(l -> l.name().equals(name)).mapToInt(Link::index).findFirst()
                        .orElseThrow(() -> new CommandFailure("Cannot find device \"" + name + "\"", 1));
            }
            LinkFormatter linkNames = new LinkFormatter(options, links, null);
            RouteFormatter formatter = new RouteFormatter(options, linkNames, table != RouteCodec.RT_TABLE_UNSPEC,
                    device != null);
            StringBuilder out = new StringBuilder();
            for (Route route : session.rtnl().routes().list(family, table, oif)) {
                // ip matches "dev D" against the route's own output device only, not its next hops.
                if (oif == 0 || route.oif() == oif) {
                    out.append(formatter.format(route));
                }
            }
            invocation.out().print(out);
        }
        return 0;
    }
}
