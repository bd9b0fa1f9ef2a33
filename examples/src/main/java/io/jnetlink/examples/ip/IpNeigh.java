package io.jnetlink.examples.ip;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.neighbour.Neighbour;
import io.jnetlink.route.neighbour.NeighbourAttributes;
import io.jnetlink.route.neighbour.NeighbourCodec;
import io.jnetlink.route.neighbour.NeighbourFilter;
import java.util.List;

/**
 * {@code ip neigh [show [dev DEV] [master DEV] [nomaster] [proxy] [nud STATE]... [[to] PREFIX]]}, as
 * text, brief ({@code -br}) or JSON; {@code -s} adds the entry's ages and probes; {@code proxy} lists
 * the proxy entries instead.
 */
final class IpNeigh {
    // NUD_* names ip accepts after "nud"; "none" is ip's 0x100 for entries without a state.
    private static final String[] NUD_NAMES = {
        "incomplete", "reachable", "stale", "delay", "probe", "failed", "noarp", "permanent", "none",
    };
    private static final int NUD_NONE_FILTER = 0x100;

    private final Invocation invocation;
    private final IpOptions options;

    IpNeigh(Invocation invocation, IpOptions options) {
        this.invocation = invocation;
        this.options = options;
    }

    int run(Args args) {
        args.skipShow("ip neigh");
        String device = null;
        String master = null;
        boolean noMaster = false;
        boolean proxies = false;
        int states = 0;
        Prefix to = null;
        while (args.hasNext()) {
            String word = args.next();
            if (word.equals("dev")) {
                device = args.value();
            } else if (word.equals("master")) {
                master = args.value();
            } else if (word.equals("nomaster")) {
                noMaster = true;
            } else if (word.equals("proxy")) {
                proxies = true;
            } else if (word.equals("nud")) {
                states |= state(args.value());
            } else {
                to = Prefix.parse(word.equals("to") ? args.value() : word, options.family());
            }
        }
        // ip's default: everything but NOARP (and entries with no state).
        int shown = states != 0 ? states : 0xff & ~NeighbourCodec.NUD_NOARP;
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            List<Link> links = session.rtnl().links().list();
            String name = device;
            int index = name == null ? 0 : links.stream().filter(l -> l.name().equals(name)).mapToInt(Link::ifindex)
                    .findFirst().orElseThrow(() -> new CommandFailure("Cannot find device \"" + name + "\"", 1));
            String masterName = master;
            int masterIndex = master == null ? 0 : links.stream().filter(l -> l.name().equals(masterName))
                    .mapToInt(Link::ifindex).findFirst().orElseThrow(() -> new CommandFailure(
                            "Error: argument \"" + masterName + "\" is wrong: Device does not exist\n", 255));
            NeighbourFilter filter = NeighbourFilter.all().withFamily(options.family()).withIfindex(index);
            NeighFormatter formatter = new NeighFormatter(options, new LinkFormatter(options, links, null), index != 0);
            StringBuilder out = new StringBuilder();
            JsonWriter w = options.jsonWriter().startArray();
            for (Neighbour n : session.rtnl().neighbours().list(proxies ? filter.withProxies() : filter)) {
                int entryMaster = links.stream().filter(l -> l.ifindex() == n.ifindex()).mapToInt(Link::masterIfindex)
                        .findFirst().orElse(0);
                boolean stateShown = (n.state() & shown) != 0 || n.hasFlag(NeighbourCodec.NTF_PROXY)
                        || n.hasFlag(NeighbourCodec.NTF_EXT_LEARNED) || n.state() == 0 && (shown & NUD_NONE_FILTER) != 0;
                if (!stateShown || masterIndex != 0 && entryMaster != masterIndex || noMaster && entryMaster != 0
                        || to != null && (n.get(NeighbourAttributes.DST) == null || !to.fitsFamily(n.family())
                        || !to.sharesBits(n.get(NeighbourAttributes.DST), Math.max(to.length(), 0)))) {
                    continue;
                }
                if (options.json()) {
                    if (options.brief()) {
                        formatter.briefJson(w, n);
                    } else {
                        formatter.json(w, n);
                    }
                } else {
                    out.append(options.brief() ? formatter.brief(n) : formatter.format(n, false));
                }
            }
            invocation.out().print(options.json() ? w.endArray() + "\n" : out);
        }
        return 0;
    }

    /** The NUD bits of a state name ({@code all} for every state). */
    private static int state(String name) {
        if (name.equals("all")) {
            return ~0;
        }
        for (int i = 0; i < NUD_NAMES.length; i++) {
            if (NUD_NAMES[i].equals(name)) {
                return 1 << i;
            }
        }
        throw new CommandFailure("Error: argument \"" + name + "\" is wrong: nud state is bad", 255);
    }
}
