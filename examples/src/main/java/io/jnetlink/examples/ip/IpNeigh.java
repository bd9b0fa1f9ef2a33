package io.jnetlink.examples.ip;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.neighbour.Neighbour;
import io.jnetlink.route.neighbour.NeighbourCodec;
import java.util.List;

/** {@code ip neigh [show [dev DEV]]}: ARP and NDP entries except NOARP ones, as ip shows them. */
final class IpNeigh {
    private final Invocation invocation;
    private final IpOptions options;

    IpNeigh(Invocation invocation, IpOptions options) {
        this.invocation = invocation;
        this.options = options;
    }

    int run(Args args) {
        args.skipShow("ip neigh");
        String device = null;
        while (args.hasNext()) {
            String word = args.next();
            if (word.equals("dev")) {
                device = args.value();
            } else {
                throw new CommandFailure("Error: argument \"" + word + "\" is not supported here.", 255);
            }
        }
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            List<Link> links = session.rtnl().links().list();
            String name = device;
            int index = name == null ? 0 : links.stream().filter(l -> l.name().equals(name)).mapToInt(Link::index)
                    .findFirst().orElseThrow(() -> new CommandFailure("Cannot find device \"" + name + "\"", 1));
            NeighFormatter formatter = new NeighFormatter(options, new LinkFormatter(options, links, null), index != 0);
            // ip's default state filter: everything but NOARP (and entries with no state).
            int states = 0xff & ~NeighbourCodec.NUD_NOARP;
            StringBuilder out = new StringBuilder();
            JsonWriter w = options.jsonWriter().startArray();
            for (Neighbour n : session.rtnl().neighbours().list(options.family(), index)) {
                if ((n.state() & states) != 0 || n.hasFlag(NeighbourCodec.NTF_PROXY)
                        || n.hasFlag(NeighbourCodec.NTF_EXT_LEARNED)) {
                    if (options.json()) {
                        formatter.json(w, n);
                    } else {
                        out.append(formatter.format(n, false));
                    }
                }
            }
            invocation.out().print(options.json() ? w.endArray() + "\n" : out);
        }
        return 0;
    }
}
