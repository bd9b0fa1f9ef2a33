package io.jnetlink.examples.ip;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.route.address.Addr;
import io.jnetlink.route.link.Link;
import java.util.List;

/**
 * {@code ip address [show [dev] DEV] [up] [master DEV] [type KIND]}: each link, then its
 * addresses; with {@code -o} only the address lines; with {@code -4}/{@code -6} only links
 * holding an address of that family, without their {@code link/} line.
 */
final class IpAddress {
    private final Invocation invocation;
    private final IpOptions options;

    IpAddress(Invocation invocation, IpOptions options) {
        this.invocation = invocation;
        this.options = options;
    }

    int run(Args args) {
        args.skipShow("ip address");
        LinkFilter filter = LinkFilter.parse(args, "ip address");
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            List<Link> links = session.rtnl().links().list();
            filter.requireDevice(links);
            List<Addr> addrs = session.rtnl().addresses().list(options.family());
            LinkFormatter linkFormatter = new LinkFormatter(options, links,
                    new NamespaceNames(session.rtnl(), invocation.netnsDir()));
            if (filter.device() != null) {
                linkFormatter.singleLinkMode();
            }
            AddrFormatter addrFormatter = new AddrFormatter(options, options.oneline());
            StringBuilder out = new StringBuilder();
            for (Link link : links) {
                if (!filter.accepts(link, links) || !hasAddressToShow(link, addrs)) {
                    continue;
                }
                if (options.brief()) {
                    out.append(linkFormatter.brief(link, false));
                    for (Addr addr : addrs) {
                        if (addr.index() == link.index()) {
                            out.append(addrFormatter.brief(addr));
                        }
                    }
                    out.append('\n');
                    continue;
                }
                if (!options.oneline()) {
                    out.append(linkFormatter.format(link, false));
                }
                for (Addr addr : addrs) {
                    if (addr.index() == link.index()) {
                        out.append(addrFormatter.format(addr, link.name()));
                    }
                }
                if (options.statistics() > 0 && !options.oneline() && link.stats() != null) {
                    out.append(new StatsFormatter(options).format(link.stats(), link.carrierChanges())).append('\n');
                }
            }
            invocation.out().print(out);
        }
        return 0;
    }

    /** ip keeps a link with no address at all unless a family was asked for, and one with a matching address. */
    private boolean hasAddressToShow(Link link, List<Addr> addrs) {
        return options.family() == 0 || addrs.stream().anyMatch(a -> a.index() == link.index());
    }
}
