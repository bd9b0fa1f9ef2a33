package io.jnetlink.examples.ip;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.route.address.Address;
import io.jnetlink.route.address.AddressFilter;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.link.LinkAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ip address [show [dev] DEV] [up] [master DEV] [nomaster] [type KIND]} with the
 * {@link AddrFilter} selectors: each link, then its addresses; with {@code -o} only the address
 * lines; with {@code -4}/{@code -6} (or {@code to PREFIX}) only links holding an address of that
 * family, without their {@code link/} line; with {@code -br} one line per link.
 * {@code add}, {@code change}, {@code replace}, {@code delete} and {@code flush} go to {@link IpAddrWrite}.
 */
final class IpAddress {
    private final Invocation invocation;
    private final IpOptions given;

    IpAddress(Invocation invocation, IpOptions options) {
        this.invocation = invocation;
        this.given = options;
    }

    int run(Args args) {
        String verb = args.peek();
        IpAddrWrite write = new IpAddrWrite(invocation, given);
        if (Args.matches(verb, "add")) {
            args.next();
            return write.modify(IpAddrWrite.Verb.ADD, args);
        } else if (Args.matches(verb, "change") || "chg".equals(verb)) {
            args.next();
            return write.modify(IpAddrWrite.Verb.CHANGE, args);
        } else if (Args.matches(verb, "replace")) {
            args.next();
            return write.modify(IpAddrWrite.Verb.REPLACE, args);
        } else if (Args.matches(verb, "delete")) {
            args.next();
            return write.modify(IpAddrWrite.Verb.DELETE, args);
        } else if (Args.matches(verb, "flush")) {
            args.next();
            return write.flush(args);
        }
        args.skipShow("ip address");
        AddrFilter addrFilter = new AddrFilter(given.family());
        LinkFilter filter = LinkFilter.parse(args, "ip address", addrFilter);
        IpOptions options = given;
        if (given.family() == 0 && addrFilter.impliedFamily() != 0) {
            options = given.withFamily(addrFilter.impliedFamily());
        }
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            List<Link> links = session.rtnl().links().list();
            filter.requireDevice(links, session.rtnl().links());
            List<Address> addrs = session.rtnl().addresses().list(AddressFilter.all().withFamily(options.family()));
            LinkFormatter linkFormatter = new LinkFormatter(options, links,
                    new NamespaceNames(session.rtnl(), invocation.netnsDir()));
            if (filter.device() != null || options != given) {
                linkFormatter.fullLinkMessages();
            }
            AddrFormatter addrFormatter = new AddrFormatter(options, options.oneline());
            JsonWriter w = options.jsonWriter().startArray();
            StringBuilder out = new StringBuilder();
            for (Link link : links) {
                if (!filter.accepts(link)) {
                    continue;
                }
                List<Address> own = new ArrayList<>();
                List<Address> jsonEmpty = new ArrayList<>();
                boolean hasAny = false;
                for (Address addr : addrs) {
                    if (addr.ifindex() == link.ifindex()) {
                        hasAny = true;
                        if (addrFilter.accepts(addr, link.name())) {
                            own.add(addr);
                        } else if (addrFilter.passesPrefixAndLabel(addr, link.name())) {
                            jsonEmpty.add(addr);
                        }
                    }
                }
                // ip keeps a link without any address unless a family was asked for; one whose addresses all fail the selectors goes.
                if (own.isEmpty() && (hasAny || options.family() != 0)) {
                    continue;
                }
                if (options.json()) {
                    json(w, options, link, addrs, own, jsonEmpty, linkFormatter, addrFormatter, addrFilter.hidesLinks());
                    continue;
                }
                if (options.brief()) {
                    out.append(linkFormatter.brief(link, false));
                    own.forEach(addr -> out.append(addrFormatter.brief(addr)));
                    out.append('\n');
                    continue;
                }
                if (!options.oneline() && !addrFilter.hidesLinks()) {
                    out.append(linkFormatter.format(link, false));
                }
                own.forEach(addr -> out.append(addrFormatter.format(addr, link.name())));
                if (options.statistics() > 0 && !options.oneline() && !addrFilter.hidesLinks() && link.stats() != null) {
                    out.append(new StatsFormatter(options).format(link.stats(), link.getInt(LinkAttributes.CARRIER_CHANGES))).append('\n');
                }
            }
            invocation.out().print(options.json() ? w.endArray() + "\n" : out);
        }
        return 0;
    }

    /**
     * One link of {@code ip -j address}: the link's members (none with -o or label), then
     * {@code addr_info} with the {@code own} addresses in dump order and {@code {}} for each of
     * {@code empty}, then the stats.
     */
    private static void json(JsonWriter w, IpOptions options, Link link, List<Address> all, List<Address> own,
                             List<Address> empty, LinkFormatter linkFormatter, AddrFormatter addrFormatter,
                             boolean hidesLinks) {
        w.startObject();
        if (options.brief()) {
            linkFormatter.briefJson(w, link, false);
        } else if (!options.oneline() && !hidesLinks) {
            linkFormatter.json(w, link, false);
        }
        w.name("addr_info").startArray();
        for (Address addr : all) {
            if (empty.contains(addr)) {
                w.startObject().endObject();
            } else if (!own.contains(addr)) {
                continue;
            } else if (options.brief()) {
                addrFormatter.briefJson(w, addr);
            } else {
                addrFormatter.json(w, addr, link.name());
            }
        }
        w.endArray();
        if (options.statistics() > 0 && !options.brief() && !options.oneline() && !hidesLinks && link.stats() != null) {
            new StatsFormatter(options).json(w, link.stats(), link.getInt(LinkAttributes.CARRIER_CHANGES));
        }
        w.endObject();
    }
}
