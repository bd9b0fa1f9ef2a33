package io.jnetlink.examples.ip;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.nexthop.Nexthop;
import io.jnetlink.route.routing.Route;
import io.jnetlink.route.routing.RouteAttributes;
import io.jnetlink.route.routing.RouteCodec;
import io.jnetlink.route.routing.RouteLookup;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * {@code ip route [show SELECTOR]}: IPv4 main-table routes by default, as ip shows them;
 * {@code table all} shows both families, {@code -6} IPv6; the selectors are {@link RouteSelector}'s.
 * {@code ip route get ADDRESS [from S] [iif D] [oif D] [tos T] [mark M] [uid U] [ipproto P]
 * [sport N] [dport N] [fibmatch]}: the kernel's answer for one packet.
 */
final class IpRoute {
    private final Invocation invocation;
    private final IpOptions options;

    IpRoute(Invocation invocation, IpOptions options) {
        this.invocation = invocation;
        this.options = options;
    }

    int run(Args args) {
        String verb = args.peek();
        if (verb != null) {
            IpRouteWrite.Verb write = Args.matches(verb, "add") ? IpRouteWrite.Verb.ADD
                    : Args.matches(verb, "change") || verb.equals("chg") ? IpRouteWrite.Verb.CHANGE
                    : Args.matches(verb, "replace") ? IpRouteWrite.Verb.REPLACE
                    : Args.matches(verb, "prepend") ? IpRouteWrite.Verb.PREPEND
                    : Args.matches(verb, "append") ? IpRouteWrite.Verb.APPEND
                    : Args.matches(verb, "delete") ? IpRouteWrite.Verb.DELETE : null;
            if (write != null) {
                args.next();
                return new IpRouteWrite(invocation, options).modify(write, args);
            }
            if (Args.matches(verb, "get")) {
                args.next();
                return get(args);
            }
            if (Args.matches(verb, "flush")) {
                args.next();
                if (!args.hasNext()) {
                    throw new CommandFailure("\"ip route flush\" requires arguments.", 1);
                }
                return flush(args);
            }
            if (Args.matches(verb, "help")) {
                throw IpRouteWrite.usage();
            }
        }
        args.skipShow("ip route");
        RouteSelector selector = RouteSelector.parse(args, options.family());
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            List<Link> links = session.rtnl().links().list();
            int oif = resolve(selector, links);
            RouteFormatter formatter = new RouteFormatter(options, new LinkFormatter(options, links, null), selector,
                    nexthops(session));
            StringBuilder out = new StringBuilder();
            JsonWriter w = options.jsonWriter().startArray();
            for (Route route : session.rtnl().routes().list(selector.dump(oif))) {
                // ip matches "dev D" against the route's own output device only, not its next hops.
                if (selector.accepts(route)) {
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

    /** The selector's devices as indexes; the output device's, which the kernel's dump filter takes. */
    private static int resolve(RouteSelector selector, List<Link> links) {
        int oif = index(links, selector.device());
        int iif = index(links, selector.inputDevice());
        selector.resolveDevices(oif, iif);
        return oif;
    }

    /**
     * {@code ip route flush SELECTOR}: round after round, dump, delete every route the selector
     * keeps (but the IPv6 table's own unreachable default of metric 2^32-1, which ip leaves), until a
     * round finds none; {@code -s} reports the rounds, {@code -s -s} also lists the routes.
     */
    private int flush(Args args) {
        RouteSelector selector = RouteSelector.parse(args, options.family());
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            List<Link> links = session.rtnl().links().list();
            int oif = resolve(selector, links);
            RouteFormatter formatter = new RouteFormatter(options, new LinkFormatter(options, links, null), selector,
                    nexthops(session));
            for (int round = 0; ; round++) {
                List<Route> doomed = session.rtnl().routes().list(selector.dump(oif)).stream()
                        .filter(selector::accepts).filter(route -> !isIpv6Sentinel(route)).toList();
                if (doomed.isEmpty()) {
                    if (options.statistics() > 0) {
                        invocation.out().print(round == 0 ? "Nothing to flush.\n"
                                : "*** Flush is complete after " + round + " round" + (round > 1 ? "s" : "") + " ***\n");
                    }
                    return 0;
                }
                StringBuilder listed = new StringBuilder();
                for (Route route : doomed) {
                    if (options.statistics() > 1) {
                        listed.append(formatter.format(route));
                    }
                    try {
                        session.rtnl().routes().delete(route);
                    } catch (NetlinkException e) {
                        if (!e.is(Errno.ESRCH, Errno.ENOENT)) {
                            throw e;
                        }
                    }
                }
                invocation.out().print(listed);
                if (options.statistics() > 0) {
                    invocation.out().print("\n*** Round " + (round + 1) + ", deleting " + doomed.size() + " entries ***\n");
                }
            }
        }
    }

    /** The IPv6 table's unreachable default of metric 2^32-1, which ip's flush leaves alone. */
    private static boolean isIpv6Sentinel(Route route) {
        Long metric = route.get(RouteAttributes.PRIORITY);
        return route.family() == AddressFamily.AF_INET6 && route.dstLength() == 0
                && route.type() == RouteCodec.RTN_UNREACHABLE && metric != null && metric == 0xffffffffL;
    }

    /** {@code ip route get}: reads the words as ip does, in its order of checks, then asks the kernel once. */
    private int get(Args args) {
        int family = options.family();
        Prefix destination = null;
        Prefix source = null;
        String inputDevice = null;
        String outputDevice = null;
        int tos = 0;
        long mark = 0;
        boolean fibMatch = false;
        Long uid = null;
        Integer ipProto = null;
        Integer sport = null;
        Integer dport = null;
        while (args.hasNext()) {
            String word = args.next();
            if (word.equals("tos") || Args.matches(word, "dsfield")) {
                tos = RouteSelector.dsfield(args.value(), "TOS value is invalid\n");
            } else if (Args.matches(word, "from")) {
                source = Prefix.parse(args.value(), family);
                family = source.family();
            } else if (Args.matches(word, "iif")) {
                inputDevice = args.value();
            } else if (Args.matches(word, "mark")) {
                mark = RouteSelector.parseNumber(args.value(), 0xffffffffL, "invalid mark value");
            } else if (Args.matches(word, "oif") || word.equals("dev")) {
                outputDevice = args.value();
            } else if (Args.matches(word, "notify") || Args.matches(word, "connected") || Args.matches(word, "vrf")) {
                throw notImplemented(word);
            } else if (Args.matches(word, "uid")) {
                uid = RouteSelector.parseNumber(args.value(), 0xffffffffL, "invalid UID\n");
            } else if (Args.matches(word, "fibmatch")) {
                fibMatch = true;
            } else if (word.equals("as")) {
                throw notImplemented(word);
            } else if (Args.matches(word, "sport")) {
                sport = (int) RouteSelector.parseNumber(args.value(), 0xffff, "invalid sport\n");
            } else if (Args.matches(word, "dport")) {
                dport = (int) RouteSelector.parseNumber(args.value(), 0xffff, "invalid dport\n");
            } else if (Args.matches(word, "ipproto")) {
                ipProto = IpProtocols.number(args.value());
            } else {
                destination = Prefix.parse(word.equals("to") ? args.value() : word, family);
                family = destination.family();
                if (!destination.isHost()) {
                    invocation.err().println("Warning: /" + destination.length() + " as prefix is invalid, only /"
                            + destination.address().length * 8 + " (or none) is supported.");
                }
            }
        }
        if (destination == null) {
            throw new CommandFailure("need at least a destination address", 1);
        }
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            List<Link> links = session.rtnl().links().list();
            RouteLookup lookup = RouteLookup.to(toInet(destination.address())).withTos(tos).withFibMatch(fibMatch)
                    .with(RouteAttributes.UID, uid).with(RouteAttributes.SPORT, sport)
                    .with(RouteAttributes.DPORT, dport).with(RouteAttributes.IP_PROTO, ipProto);
            if (source != null) {
                lookup = new RouteLookup(lookup.family(), Math.max(source.length(), 0), lookup.tos(), lookup.flags(),
                        lookup.values().with(RouteAttributes.SRC, toInet(source.address())));
            }
            if (inputDevice != null) {
                lookup = lookup.withInputIfindex(index(links, inputDevice));
            }
            if (outputDevice != null) {
                lookup = lookup.withIfindex(index(links, outputDevice));
            }
            if (mark != 0) {
                lookup = lookup.with(RouteAttributes.MARK, mark);
            }
            Route route = session.rtnl().routes().lookup(lookup);
            RouteFormatter formatter = new RouteFormatter(options, new LinkFormatter(options, links, null),
                    RouteSelector.NONE, nexthops(session));
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

    /** The nexthop objects routes use, each read once by id ({@code -d} shows them); null for a gone one. */
    private static LongFunction<Nexthop> nexthops(NamespaceSession session) {
        Map<Long, Nexthop> read = new HashMap<>();
        return id -> read.computeIfAbsent(id, key -> session.rtnl().nexthops().find(key).orElse(null));
    }

    private static CommandFailure notImplemented(String option) {
        return new CommandFailure("jnl: ip route get " + option + " is not implemented", 255);
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
        return links.stream().filter(l -> l.name().equals(name)).mapToInt(Link::ifindex).findFirst()
                .orElseThrow(() -> new CommandFailure("Cannot find device \"" + name + "\"", 1));
    }
}
