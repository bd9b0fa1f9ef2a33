package io.jnetlink.examples.ip;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.examples.ip.link.IpLinkWrite;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.link.LinkAttributes;
import java.util.List;

/**
 * {@code ip link [show [dev] DEV] [up] [master DEV] [nomaster] [type KIND]}, as text, brief or JSON;
 * {@code ip link add|set|delete ...} and {@code ip link property add|del ...} ({@link IpLinkWrite}).
 */
final class IpLink {
    private final Invocation invocation;
    private final IpOptions options;

    IpLink(Invocation invocation, IpOptions options) {
        this.invocation = invocation;
        this.options = options;
    }

    int run(Args args) {
        String verb = args.peek();
        if (Args.matches(verb, "add")) {
            args.next();
            return new IpLinkWrite(invocation, IpLinkWrite.Verb.ADD, options.family(), options.force()).run(args);
        } else if (Args.matches(verb, "set") || Args.matches(verb, "change")) {
            args.next();
            return new IpLinkWrite(invocation, IpLinkWrite.Verb.SET, options.family(), options.force()).run(args);
        } else if (Args.matches(verb, "replace")) {
            args.next();
            return new IpLinkWrite(invocation, IpLinkWrite.Verb.REPLACE, options.family(), options.force()).run(args);
        } else if (Args.matches(verb, "property")) {
            args.next();
            return IpLinkWrite.property(invocation, args);
        } else if (Args.matches(verb, "delete")) {
            args.next();
            return new IpLinkWrite(invocation, IpLinkWrite.Verb.DELETE, options.family(), options.force()).run(args);
        }
        args.skipShow("ip link");
        LinkFilter filter = LinkFilter.parse(args, "ip link");
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            List<Link> links = session.rtnl().links().list();
            filter.requireDevice(links, session.rtnl().links());
            LinkFormatter formatter = new LinkFormatter(options, links,
                    new NamespaceNames(session.rtnl(), invocation.netnsDir()));
            if (options.json()) {
                JsonWriter w = options.jsonWriter().startArray();
                for (Link link : links) {
                    if (filter.accepts(link)) {
                        json(w, formatter, link);
                    }
                }
                invocation.out().print(w.endArray() + "\n");
                return 0;
            }
            StringBuilder out = new StringBuilder();
            for (Link link : links) {
                if (filter.accepts(link)) {
                    out.append(options.brief() ? formatter.brief(link, true) + "\n" : formatter.format(link, true));
                }
            }
            invocation.out().print(out);
        }
        return 0;
    }

    private void json(JsonWriter w, LinkFormatter formatter, Link link) {
        w.startObject();
        if (options.brief()) {
            formatter.briefJson(w, link, true);
        } else {
            formatter.json(w, link, true);
            if (options.statistics() > 0 && link.stats() != null) {
                new StatsFormatter(options).json(w, link.stats(), link.getInt(LinkAttributes.CARRIER_CHANGES));
            }
            formatter.altNamesAfterStats(w, link, true);
        }
        w.endObject();
    }
}
