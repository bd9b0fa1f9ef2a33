package io.jnetlink.examples.ip;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.examples.ip.link.LinkWords;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.Routes;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.link.VrfAttributes;
import io.jnetlink.route.link.VrfData;
import io.jnetlink.route.routing.NextHop;
import io.jnetlink.route.routing.RouteAttributes;
import io.jnetlink.route.routing.RouteMetricAttributes;
import io.jnetlink.route.routing.RouteRequest;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * {@code ip route add|change|replace|prepend|append|delete ...}: the command line read as ip 6.1
 * reads it (its order of checks, messages and exit statuses) into a {@link RouteRequest}.
 */
final class IpRouteWrite {
    /** The verb: which request is sent. */
    enum Verb { ADD, CHANGE, REPLACE, PREPEND, APPEND, DELETE }

    private static final int ICMPV6_ROUTER_PREF_LOW = 3;
    private static final int ICMPV6_ROUTER_PREF_MEDIUM = 0;
    private static final int ICMPV6_ROUTER_PREF_HIGH = 1;
    private static final int MAX_WEIGHT = 256;

    private final Invocation invocation;
    private final IpOptions options;

    IpRouteWrite(Invocation invocation, IpOptions options) {
        this.invocation = invocation;
        this.options = options;
    }

    /** ip's usage failure for {@code ip route help}: {@link IpUsage#ROUTE}, on standard error, status 255. */
    static CommandFailure usage() {
        return IpUsage.fail(IpUsage.ROUTE);
    }

    /** One next hop as written after {@code nexthop}. */
    private static final class Hop {
        InetAddress gateway;
        int ifindex;
        int weight = 1;
        int flags;
        Integer realms;
    }

    int modify(Verb verb, Args args) {
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            return modify(verb, args, session.rtnl().routes(), session.rtnl().links().list());
        }
    }

    private int modify(Verb verb, Args args, Routes routes, List<Link> links) {
        boolean delete = verb == Verb.DELETE;
        int[] family = {options.family()};
        Prefix dst = null;
        String dev = null;
        InetAddress gateway = null;
        Integer type = null;
        Integer scope = null;
        Long table = null;
        Integer protocol = null;
        int tos = 0;
        int flags = 0;
        Prefix from = null;
        List<UnaryOperator<RouteRequest>> attributes = new ArrayList<>();
        Map<Attribute<Integer>, Integer> metrics = new LinkedHashMap<>();
        String congestion = null;
        int locks = 0;
        boolean raw = false;
        List<Hop> hops = new ArrayList<>();
        while (args.hasNext()) {
            String word = args.next();
            if (word.equals("src")) {
                InetAddress src = address(args.value(), family);
                attributes.add(r -> r.withPrefsrc(src));
            } else if (word.equals("as")) {
                String value = args.value();
                InetAddress to = address(value.equals("to") ? args.value() : value, family);
                attributes.add(r -> r.with(RouteAttributes.NEWDST, to.getAddress()));
            } else if (word.equals("via")) {
                if (gateway != null) {
                    throw invalid("via", "use nexthop syntax to specify multiple via\n");
                }
                gateway = via(args, family);
            } else if (word.equals("from")) {
                from = Prefix.parse(args.value(), family[0]);
                family[0] = from.family() != 0 ? from.family() : family[0];
            } else if (word.equals("tos") || Args.matches(word, "dsfield")) {
                String value = args.value();
                tos = RouteSelector.dsfield(value, "\"tos\" value is invalid\n");
            } else if (word.equals("expires")) {
                long expires = u32(args.value(), "\"expires\" value is invalid\n");
                attributes.add(r -> r.with(RouteAttributes.EXPIRES, expires));
            } else if (Args.matches(word, "metric") || Args.matches(word, "priority") || word.equals("preference")) {
                long metric = u32(args.value(), "\"metric\" value is invalid\n");
                attributes.add(r -> r.withPriority(metric));
            } else if (word.equals("scope")) {
                String value = args.value();
                scope = Scopes.number(value);
                if (scope < 0) {
                    throw invalid(value, "invalid \"scope\" value\n");
                }
            } else if (metric(word) != null) {
                Attribute<Integer> metric = metric(word);
                String value = args.value();
                if (value.equals("lock") && metric != RouteMetricAttributes.QUICKACK
                        && metric != RouteMetricAttributes.FASTOPEN_NO_COOKIE) {
                    locks |= 1 << metric.type();
                    value = args.value();
                }
                if (metric == RouteMetricAttributes.RTT || metric == RouteMetricAttributes.RTTVAR
                        || metric == RouteMetricAttributes.RTO_MIN) {
                    long[] time = rtt(value, metric);
                    raw = time[1] == 1;
                    long scaled = metric == RouteMetricAttributes.RTO_MIN || raw ? time[0]
                            : time[0] * (metric == RouteMetricAttributes.RTT ? 8 : 4);
                    if (metric == RouteMetricAttributes.RTO_MIN) {
                        locks |= 1 << metric.type();
                    }
                    metrics.put(metric, (int) scaled);
                } else {
                    metrics.put(metric, metricValue(metric, word, value));
                }
            } else if (Args.matches(word, "features")) {
                String value = args.value();
                if (!value.equals("ecn")) {
                    throw invalid(value, "\"features\" value not valid\n");
                }
                metrics.put(RouteMetricAttributes.FEATURES, RouteMetricAttributes.FEATURE_ECN);
            } else if (Args.matches(word, "congctl")) {
                String value = args.value();
                if (value.equals("lock")) {
                    locks |= 1 << RouteMetricAttributes.CC_ALGO.type();
                    value = args.value();
                }
                congestion = value;
            } else if (Args.matches(word, "realms")) {
                int realms = realms(args.value());
                attributes.add(r -> r.with(RouteAttributes.FLOW, realms));
            } else if (word.equals("onlink")) {
                flags |= NextHop.RTNH_F_ONLINK;
            } else if (word.equals("nexthop")) {
                hops = nexthops(args, family, links);
                break;
            } else if (word.equals("nhid")) {
                long id = u32(args.value(), "\"id\" value is invalid\n");
                attributes.add(r -> r.with(RouteAttributes.NH_ID, id));
            } else if (Args.matches(word, "protocol")) {
                String value = args.value();
                protocol = NeighWords.protocol(value);
                if (protocol < 0) {
                    throw invalid(value, "\"protocol\" value is invalid\n");
                }
            } else if (Args.matches(word, "table")) {
                String value = args.value();
                table = NameTable.TABLES.parse(value, 0xffffffffL);
                if (table < 0) {
                    throw invalid(value, "\"table\" value is invalid\n");
                }
            } else if (Args.matches(word, "vrf")) {
                String value = args.value();
                table = vrfTable(links, value);
            } else if (word.equals("dev") || word.equals("oif")) {
                dev = args.value();
            } else if (Args.matches(word, "pref")) {
                String value = args.value();
                int pref = switch (value) {
                    case "low" -> ICMPV6_ROUTER_PREF_LOW;
                    case "medium" -> ICMPV6_ROUTER_PREF_MEDIUM;
                    case "high" -> ICMPV6_ROUTER_PREF_HIGH;
                    default -> (int) LinkWords.parseC(value, 0xff);
                };
                if (pref < 0) {
                    throw invalid(value, "\"pref\" value is invalid\n");
                }
                attributes.add(r -> r.with(RouteAttributes.PREF, pref));
            } else if (word.equals("encap")) {
                throw new CommandFailure("jnl: \"encap\" (lightweight tunnel encapsulation) is not supported yet", 255);
            } else if (word.equals("ttl-propagate")) {
                String value = args.value();
                boolean on;
                if (Args.matches(value, "enabled")) {
                    on = true;
                } else if (Args.matches(value, "disabled")) {
                    on = false;
                } else {
                    throw invalid(value, "\"ttl-propagate\" value is invalid\n");
                }
                attributes.add(r -> r.with(RouteAttributes.TTL_PROPAGATE, on));
            } else {
                String value = word.equals("to") ? args.value() : word;
                int named = value.isEmpty() || Character.isDigit(value.charAt(0)) ? -1 : RouteFormatter.typeNumber(value);
                if (named >= 0) {
                    type = named;
                    value = args.value();
                }
                if (Args.matches(value, "help")) {
                    throw usage();
                }
                if (dst != null) {
                    throw new CommandFailure("Error: either \"to\" is duplicate, or \"" + value + "\" is a garbage.", 255);
                }
                dst = Prefix.parse(value, family[0]);
                if (family[0] == 0) {
                    family[0] = dst.family();
                }
            }
        }
        if (dst == null) {
            throw usage();
        }
        int ifindex = dev == null ? 0 : ifindex(links, dev);
        int routeFamily = family[0] == 0 ? AddressFamily.AF_INET : family[0];
        RouteRequest request = dst.length() == 0 ? RouteRequest.defaultRoute(routeFamily)
                : RouteRequest.to(dst.inetAddress(), dst.length());
        for (UnaryOperator<RouteRequest> attribute : attributes) {
            request = attribute.apply(request);
        }
        if (gateway != null) {
            request = AddressFamily.of(gateway) == routeFamily ? request.withGateway(gateway) : request.withVia(gateway);
        }
        if (from != null) {
            request = from.length() == 0 ? request : request.withSource(from.inetAddress(), from.length());
        }
        if (ifindex != 0) {
            request = request.withIfindex(ifindex);
        }
        for (Map.Entry<Attribute<Integer>, Integer> metric : metrics.entrySet()) {
            request = request.withMetric(metric.getKey(), metric.getValue());
        }
        if (congestion != null) {
            request = request.withMetric(RouteMetricAttributes.CC_ALGO, congestion);
        }
        if (locks != 0 && (!metrics.isEmpty() || congestion != null)) {
            request = request.withMetric(RouteMetricAttributes.LOCK, locks);
        }
        if (!hops.isEmpty()) {
            List<NextHop> nextHops = new ArrayList<>();
            for (Hop hop : hops) {
                AttributeValues values = RouteAttributes.SET.empty();
                if (hop.gateway != null) {
                    values = values.with(AddressFamily.of(hop.gateway) == routeFamily ? RouteAttributes.GATEWAY
                            : RouteAttributes.VIA, hop.gateway);
                }
                nextHops.add(new NextHop(hop.flags, hop.weight - 1, hop.ifindex,
                        values.with(RouteAttributes.FLOW, hop.realms)));
            }
            request = request.withNextHops(nextHops);
        }
        request = request.withTos(tos).withFlags(flags);
        if (table != null) {
            request = request.withTable(table);
        }
        if (protocol != null) {
            request = request.withProtocol(protocol);
        }
        if (type != null) {
            request = request.withType(type);
        }
        if (scope != null) {
            // Unset, the scope is ip's default: from the type, and global with a gateway, link without.
            request = request.withScope(scope);
        }
        switch (verb) {
            case ADD -> routes.add(request);
            case CHANGE -> routes.change(request);
            case REPLACE -> routes.replace(request);
            case PREPEND -> routes.prepend(request);
            case APPEND -> routes.append(request);
            default -> routes.delete(request);
        }
        return 0;
    }

    /** {@code nexthop NEXTHOP [nexthop NEXTHOP]...}: the rest of the line, as ip's parse_nexthops reads it. */
    private List<Hop> nexthops(Args args, int[] family, List<Link> links) {
        List<Hop> hops = new ArrayList<>();
        String word = "nexthop";
        while (word != null) {
            if (!word.equals("nexthop")) {
                throw new CommandFailure("Error: \"nexthop\" or end of line is expected instead of \"" + word + "\"", 255);
            }
            if (!args.hasNext()) {
                throw new CommandFailure("Error: unexpected end of line after \"nexthop\"", 255);
            }
            Hop hop = new Hop();
            word = args.next();
            while (word != null) {
                if (word.equals("via")) {
                    hop.gateway = via(args, family);
                } else if (word.equals("dev")) {
                    hop.ifindex = ifindex(links, args.value());
                } else if (word.equals("weight")) {
                    String value = args.value();
                    long weight = LinkWords.parseC(value, 0xffffffffL);
                    if (weight <= 0 || weight > MAX_WEIGHT) {
                        throw invalid(value, "\"weight\" is invalid\n");
                    }
                    hop.weight = (int) weight;
                } else if (word.equals("onlink")) {
                    hop.flags |= NextHop.RTNH_F_ONLINK;
                } else if (Args.matches(word, "realms")) {
                    hop.realms = realms(args.value());
                } else if (word.equals("encap") || word.equals("as")) {
                    throw new CommandFailure("jnl: \"" + word + "\" in a next hop is not supported yet", 255);
                } else {
                    break;
                }
                word = args.next();
            }
            hops.add(hop);
        }
        return hops;
    }

    /** {@code via [inet|inet6] ADDRESS}: the family word is optional; the route takes the address's family if it has none. */
    private static InetAddress via(Args args, int[] family) {
        String value = args.value();
        int given = switch (value) {
            case "inet" -> AddressFamily.AF_INET;
            case "inet6" -> AddressFamily.AF_INET6;
            default -> 0;
        };
        InetAddress address = Prefix.address(given != 0 ? args.value() : value, given != 0 ? given : family[0]);
        if (family[0] == 0) {
            family[0] = AddressFamily.of(address);
        }
        return address;
    }

    /** An address of the route's family, which it sets when the route has none yet. */
    private static InetAddress address(String text, int[] family) {
        InetAddress address = Prefix.address(text, family[0]);
        if (family[0] == 0) {
            family[0] = AddressFamily.of(address);
        }
        return address;
    }

    /** The metric a word names among those taking a number (or a time), or null. */
    private static Attribute<Integer> metric(String word) {
        return switch (word) {
            case "mtu" -> RouteMetricAttributes.MTU;
            case "hoplimit" -> RouteMetricAttributes.HOPLIMIT;
            case "advmss" -> RouteMetricAttributes.ADVMSS;
            case "rtt" -> RouteMetricAttributes.RTT;
            case "rto_min" -> RouteMetricAttributes.RTO_MIN;
            default -> Args.matches(word, "reordering") ? RouteMetricAttributes.REORDERING
                    : Args.matches(word, "window") ? RouteMetricAttributes.WINDOW
                    : Args.matches(word, "cwnd") ? RouteMetricAttributes.CWND
                    : Args.matches(word, "initcwnd") ? RouteMetricAttributes.INITCWND
                    : Args.matches(word, "initrwnd") ? RouteMetricAttributes.INITRWND
                    : Args.matches(word, "quickack") ? RouteMetricAttributes.QUICKACK
                    : Args.matches(word, "rttvar") ? RouteMetricAttributes.RTTVAR
                    : Args.matches(word, "ssthresh") ? RouteMetricAttributes.SSTHRESH
                    : Args.matches(word, "fastopen_no_cookie") ? RouteMetricAttributes.FASTOPEN_NO_COOKIE : null;
        };
    }

    /** A numeric metric's value, with ip's message for each when it is wrong. */
    private static int metricValue(Attribute<Integer> metric, String word, String value) {
        String name = metric == RouteMetricAttributes.ADVMSS ? "mss" : metric == RouteMetricAttributes.MTU ? "mtu"
                : metric.display().text();
        long number = LinkWords.parseC(value, 0xffffffffL);
        if (number < 0 || metric == RouteMetricAttributes.HOPLIMIT && number > 255) {
            throw invalid(value, "\"" + name + "\" value is invalid\n");
        }
        if ((metric == RouteMetricAttributes.QUICKACK || metric == RouteMetricAttributes.FASTOPEN_NO_COOKIE)
                && number > 1) {
            throw invalid(value, "\"" + name + "\" value should be 0 or 1\n");
        }
        return (int) number;
    }

    /**
     * ip's get_time_rtt: a number (raw: no unit) or a number with a unit (s, sec, secs: thousands;
     * ms, msec, msecs), rounded up; {@code {value, raw ? 1 : 0}}.
     */
    private static long[] rtt(String value, Attribute<Integer> metric) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(.*)").matcher(value);
        String reason = "\"" + metric.display().text() + "\" value is invalid\n";
        if (!m.matches()) {
            throw invalid(value, reason);
        }
        double t = Double.parseDouble(m.group(1));
        String unit = m.group(2).toLowerCase(java.util.Locale.ROOT);
        boolean raw = unit.isEmpty();
        if (List.of("s", "sec", "secs").contains(unit)) {
            t *= 1000;
        } else if (!raw && !List.of("ms", "msec", "msecs").contains(unit)) {
            throw invalid(value, reason);
        }
        if (t >= 0x100000000L) {
            throw invalid(value, reason);
        }
        return new long[] {(long) Math.ceil(t), raw ? 1 : 0};
    }

    /** {@code realms [FROM/]TO} (names of rt_realms or numbers), or one raw 32-bit number. */
    private static int realms(String value) {
        long raw = LinkWords.parseC(value, 0xffffffffL);
        if (raw >= 0) {
            return (int) raw;
        }
        int slash = value.indexOf('/');
        long from = slash < 0 ? 0 : realm(value.substring(0, slash), value);
        long to = realm(slash < 0 ? value : value.substring(slash + 1), value);
        return (int) (from << 16 | to);
    }

    private static long realm(String name, String whole) {
        long number = NameTable.REALMS.parse(name, 0xffff);
        if (number < 0) {
            throw invalid(whole, "\"realm\" value is invalid\n");
        }
        return number;
    }

    /** The table of VRF {@code name} ({@code IFLA_VRF_TABLE}); ip's refusal when there is no VRF of that name. */
    private static long vrfTable(List<Link> links, String name) {
        return links.stream().filter(l -> l.name().equals(name)).map(l -> l.info() == null ? null : l.info().data())
                .filter(VrfData.class::isInstance).map(d -> ((VrfData) d).get(VrfAttributes.TABLE))
                .filter(table -> table != null && table != 0).findFirst()
                .orElseThrow(() -> invalid(name, "Invalid VRF\n"));
    }

    private static long u32(String value, String reason) {
        long number = LinkWords.parseC(value, 0xffffffffL);
        if (number < 0) {
            throw invalid(value, reason);
        }
        return number;
    }

    private static int ifindex(List<Link> links, String name) {
        return links.stream().filter(l -> l.name().equals(name)).mapToInt(Link::ifindex).findFirst()
                .orElseThrow(() -> new CommandFailure("Cannot find device \"" + name + "\"", 1));
    }

    private static CommandFailure invalid(String value, String reason) {
        return RouteSelector.invalid(value, reason);
    }
}
