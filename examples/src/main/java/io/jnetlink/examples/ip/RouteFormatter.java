package io.jnetlink.examples.ip;

import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.routing.NextHop;
import io.jnetlink.route.routing.Route;
import io.jnetlink.route.routing.RouteAttributes;
import io.jnetlink.route.routing.RouteCodec;
import io.jnetlink.route.routing.RouteMetricAttributes;
import io.jnetlink.core.attr.AttributeValues;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One route as {@code ip route} prints it (iproute2 6.1 {@code print_route}). */
final class RouteFormatter {
    private static final String[] TYPES = {
        "none", "unicast", "local", "broadcast", "anycast", "multicast", "blackhole", "unreachable", "prohibit",
        "throw", "nat", "xresolve",
    };
    // RTNH_F_* / RTM_F_* bits ip names after the metric, in its order.
    private static final int[] FLAG_BITS = {0x1, 0x4, 0x2, 0x8, 0x40, 0x100, 0x10, 0x20, 0x4000, 0x8000, 0x20000000};
    private static final String[] FLAG_NAMES = {
        "dead", "onlink", "pervasive", "offload", "trap", "notify", "linkdown", "unresolved", "rt_offload", "rt_trap",
        "rt_offload_failed",
    };
    // RTCF_* (linux/in_route.h) in the upper half of a cloned IPv4 route's rtm_flags, in ip's order.
    private static final int[] CACHE_BITS = {
        0x80000000, 0x40000000, 0x20000000, 0x10000000, 0x08000000, 0x00800000, 0x00400000, 0x00020000,
        0x04000000, 0x00040000, 0x01000000, 0x00200000, 0x00010000, 0x00080000,
    };
    private static final String[] CACHE_NAMES = {
        "local", "reject", "mc", "brd", "dst-nat", "src-nat", "masq", "dst-direct", "src-direct", "redirected",
        "redirect", "fastroute", "notify", "proxy",
    };
    private static final int RTM_F_CLONED = 0x200;
    private static final String[] METRIC_NAMES = {
        null, "lock", "mtu", "window", "rtt", "rttvar", "ssthresh", "cwnd", "advmss", "reordering", "hoplimit",
        "initcwnd", "features", "rto_min", "initrwnd", "quickack", "congctl", "fastopen_no_cookie",
    };
    private static final int USER_HZ = 100;

    private final IpOptions options;
    private final LinkFormatter links;
    private final RouteFilter filter;

    /** Formats routes selected by {@code filter}, leaving out what it fixes ({@link RouteFilter#NONE}: nothing). */
    RouteFormatter(IpOptions options, LinkFormatter links, RouteFilter filter) {
        this.options = options;
        this.links = links;
        this.filter = filter;
    }

    /** The {@code RTN_*} number of a type name ({@code unicast}, {@code blackhole}, ... or a number), or -1. */
    static int typeNumber(String name) {
        for (int type = 0; type < TYPES.length; type++) {
            if (TYPES[type].equals(name)) {
                return type;
            }
        }
        return name.matches("[0-9]{1,3}") && Integer.parseInt(name) <= 255 ? Integer.parseInt(name) : -1;
    }

    String format(Route r) {
        StringBuilder out = new StringBuilder(120);
        Palette palette = options.palette();
        Palette.Kind colour = r.family() == AddressFamily.AF_INET6 ? Palette.Kind.INET6 : Palette.Kind.INET;
        int hostLength = r.family() == AddressFamily.AF_INET6 ? 128 : 32;
        if (r.type() != RouteCodec.RTN_UNICAST || options.details()) {
            out.append(r.type() < TYPES.length ? TYPES[r.type()] : Integer.toString(r.type())).append(' ');
        }
        if (r.get(RouteAttributes.DST) != null) {
            String dst = InetFormat.ntop(r.family(), r.get(RouteAttributes.DST));
            out.append(palette.paint(colour, (r.dstLength() != hostLength ? dst + "/" + r.dstLength() : dst) + " "));
        } else if (r.dstLength() != 0) {
            out.append("0/").append(r.dstLength()).append("  ");
        } else {
            out.append("default ");
        }
        if (r.get(RouteAttributes.SRC) != null && filter.showsSourcePrefix()) {
            String src = InetFormat.ntop(r.family(), r.get(RouteAttributes.SRC));
            out.append(palette.paint(colour, "from " + (r.srcLength() != hostLength ? src + "/" + r.srcLength() : src) + " "));
        } else if (r.srcLength() != 0) {
            out.append("from 0/").append(r.srcLength()).append(' ');
        }
        if (r.tos() != 0 && filter.showsTos()) {
            out.append("tos 0x").append(String.format("%02x", r.tos())).append(' ');
        }
        if (r.gateway() != null && r.nextHops().isEmpty() && filter.showsGateway()) {
            via(out, r.family(), r.gateway());
        }
        if (r.ifindex() != 0 && filter.showsDevice()) {
            out.append("dev ").append(palette.paint(Palette.Kind.IFNAME, links.nameOf(r.ifindex()) + " "));
        }
        if (r.table() != RouteCodec.RT_TABLE_UNSPEC && (r.table() != RouteCodec.RT_TABLE_MAIN || options.details())
                && filter.showsTable()) {
            out.append("table ").append(NameTable.TABLES.name(r.table())).append(' ');
        }
        if ((r.flags() & RTM_F_CLONED) == 0) {
            if ((r.protocol() != RouteCodec.RTPROT_BOOT || options.details()) && filter.showsProtocol()) {
                out.append("proto ").append(NameTable.PROTOCOLS.name(r.protocol())).append(' ');
            }
            if ((r.scope() != Scopes.RT_SCOPE_UNIVERSE || options.details()) && filter.showsScope()) {
                out.append("scope ").append(Scopes.name(r.scope())).append(' ');
            }
        }
        if (r.get(RouteAttributes.PREFSRC) != null && filter.showsPrefsrc()) {
            out.append("src ").append(palette.paint(colour, InetFormat.ntop(r.family(), r.get(RouteAttributes.PREFSRC)) + " "));
        }
        if (r.get(RouteAttributes.PRIORITY) != null && filter.showsMetric()) {
            out.append("metric ").append(r.get(RouteAttributes.PRIORITY)).append(' ');
        }
        flags(out, r.flags());
        if (r.get(RouteAttributes.MARK) != null && r.get(RouteAttributes.MARK) > 0) {
            out.append("mark 0x").append(Long.toHexString(r.get(RouteAttributes.MARK))).append(' ');
        }
        long uid = uid(r);
        if (uid >= 0) {
            out.append("uid ").append(uid).append(' ');
        }
        if (isCached(r)) {
            out.append(options.lineBreak()).append("    cache ");
            List<String> names = cacheFlags(r.flags());
            if (!names.isEmpty()) {
                out.append('<').append(String.join(",", names)).append("> ");
            }
        }
        if (expires(r) != 0) {
            out.append("expires ").append(expires(r) / USER_HZ).append("sec ");
        }
        metrics(out, r);
        if (r.inputIfindex() != 0 && filter.showsInputDevice()) {
            out.append("iif ").append(links.nameOf(r.inputIfindex())).append(' ');
        }
        if (r.get(RouteAttributes.PREF) != null) {
            out.append("pref ").append(preference(r.get(RouteAttributes.PREF)));
        }
        for (NextHop hop : r.nextHops()) {
            out.append(options.lineBreak()).append("\tnexthop ");
            if (hop.gateway() != null) {
                via(out, r.family(), hop.gateway());
            }
            if (hop.ifindex() != 0) {
                out.append("dev ").append(links.nameOf(hop.ifindex())).append(' ');
            }
            out.append("weight ").append(hop.weight()).append(' ');
            flags(out, hop.flags());
        }
        return out.append('\n').toString();
    }

    /** The route as an element of {@code ip -j route}, its members in the order of the text. */
    void json(JsonWriter w, Route r) {
        int hostLength = r.family() == AddressFamily.AF_INET6 ? 128 : 32;
        w.startObject();
        if (r.type() != RouteCodec.RTN_UNICAST || options.details()) {
            w.string("type", r.type() < TYPES.length ? TYPES[r.type()] : Integer.toString(r.type()));
        }
        if (r.get(RouteAttributes.DST) != null) {
            String dst = InetFormat.ntop(r.family(), r.get(RouteAttributes.DST));
            w.string("dst", r.dstLength() != hostLength ? dst + "/" + r.dstLength() : dst);
        } else {
            w.string("dst", r.dstLength() != 0 ? "0/" + r.dstLength() : "default");
        }
        if (r.get(RouteAttributes.SRC) != null && filter.showsSourcePrefix()) {
            String src = InetFormat.ntop(r.family(), r.get(RouteAttributes.SRC));
            w.string("src", r.srcLength() != hostLength ? src + "/" + r.srcLength() : src);
        } else if (r.srcLength() != 0) {
            w.string("src", "0/" + r.srcLength());
        }
        if (r.tos() != 0 && filter.showsTos()) {
            w.string("tos", String.format("0x%02x", r.tos()));
        }
        if (r.gateway() != null && r.nextHops().isEmpty() && filter.showsGateway()) {
            viaJson(w, r.family(), r.gateway());
        }
        if (r.ifindex() != 0 && filter.showsDevice()) {
            w.string("dev", links.nameOf(r.ifindex()));
        }
        if (r.table() != RouteCodec.RT_TABLE_UNSPEC && (r.table() != RouteCodec.RT_TABLE_MAIN || options.details())
                && filter.showsTable()) {
            w.string("table", NameTable.TABLES.name(r.table()));
        }
        if ((r.flags() & RTM_F_CLONED) == 0) {
            if ((r.protocol() != RouteCodec.RTPROT_BOOT || options.details()) && filter.showsProtocol()) {
                w.string("protocol", NameTable.PROTOCOLS.name(r.protocol()));
            }
            if ((r.scope() != Scopes.RT_SCOPE_UNIVERSE || options.details()) && filter.showsScope()) {
                w.string("scope", Scopes.name(r.scope()));
            }
        }
        if (r.get(RouteAttributes.PREFSRC) != null && filter.showsPrefsrc()) {
            w.string("prefsrc", InetFormat.ntop(r.family(), r.get(RouteAttributes.PREFSRC)));
        }
        if (r.get(RouteAttributes.PRIORITY) != null && filter.showsMetric()) {
            w.number("metric", r.get(RouteAttributes.PRIORITY));
        }
        flagsJson(w, r.flags());
        if (r.get(RouteAttributes.MARK) != null && r.get(RouteAttributes.MARK) > 0) {
            w.number("mark", r.get(RouteAttributes.MARK));
        }
        long uid = uid(r);
        if (uid >= 0) {
            w.number("uid", uid);
        }
        if (isCached(r)) {
            w.name("cache").startArray();
            cacheFlags(r.flags()).forEach(w::string);
            w.endArray();
        }
        if (expires(r) != 0) {
            w.number("expires", expires(r) / USER_HZ);
        }
        metricsJson(w, r);
        if (r.inputIfindex() != 0 && filter.showsInputDevice()) {
            w.string("iif", links.nameOf(r.inputIfindex()));
        }
        if (r.get(RouteAttributes.PREF) != null) {
            w.string("pref", preference(r.get(RouteAttributes.PREF)));
        }
        if (!r.nextHops().isEmpty()) {
            w.name("nexthops").startArray();
            for (NextHop hop : r.nextHops()) {
                w.startObject();
                if (hop.gateway() != null) {
                    viaJson(w, r.family(), hop.gateway());
                }
                if (hop.ifindex() != 0) {
                    w.string("dev", links.nameOf(hop.ifindex()));
                }
                w.number("weight", hop.weight());
                flagsJson(w, hop.flags());
                w.endObject();
            }
            w.endArray();
        }
        w.endObject();
    }

    /** ip shows a cache line for a cloned IPv4 route (the answer of {@code ip route get}). */
    private static boolean isCached(Route r) {
        return (r.flags() & RTM_F_CLONED) != 0 && r.family() == AddressFamily.AF_INET;
    }

    private static List<String> cacheFlags(int flags) {
        List<String> names = new ArrayList<>();
        int left = flags & ~0xffff;
        for (int i = 0; i < CACHE_BITS.length; i++) {
            if ((left & CACHE_BITS[i]) != 0) {
                names.add(CACHE_NAMES[i]);
                left &= ~CACHE_BITS[i];
            }
        }
        if (left != 0) {
            names.add(Integer.toHexString(left));
        }
        return names;
    }

    /** {@code RTA_UID}, or -1 when absent. */
    private static long uid(Route r) {
        Long uid = r.get(RouteAttributes.UID);
        return uid == null ? -1 : uid;
    }

    /** The cache information's expiry in ticks, 0 for none. */
    private static long expires(Route r) {
        return r.get(RouteAttributes.CACHEINFO) == null ? 0 : r.get(RouteAttributes.CACHEINFO).expires();
    }

    private static String preference(int preference) {
        return switch (preference) {
            case 0 -> "medium";
            case 1 -> "high";
            case 3 -> "low";
            default -> Integer.toString(preference);
        };
    }

    /** {@code gateway}, or for a gateway of the other family (RTA_VIA) a {@code via} object. */
    private static void viaJson(JsonWriter w, int family, InetAddress gateway) {
        int gatewayFamily = gateway.getAddress().length == 16 ? AddressFamily.AF_INET6 : AddressFamily.AF_INET;
        if (gatewayFamily != family) {
            w.name("via").startObject().string("family", gatewayFamily == AddressFamily.AF_INET6 ? "inet6" : "inet")
                    .string("host", InetFormat.ntop(gatewayFamily, gateway)).endObject();
        } else {
            w.string("gateway", InetFormat.ntop(gatewayFamily, gateway));
        }
    }

    private static void flagsJson(JsonWriter w, int flags) {
        w.name("flags").startArray();
        for (int i = 0; i < FLAG_BITS.length; i++) {
            if ((flags & FLAG_BITS[i]) != 0) {
                w.string(FLAG_NAMES[i]);
            }
        }
        w.endArray();
    }

    private static Map<Integer, Long> metrics(Route r) {
        Map<Integer, Long> all = new TreeMap<>();
        AttributeValues values = r.get(RouteAttributes.METRICS);
        if (values != null) {
            values.forEach((row, value) -> {
                if (value instanceof Integer i) {
                    all.put(row.type(), Integer.toUnsignedLong(i));
                }
            });
        }
        return all;
    }

    /** {@code metrics}: an array holding one object of the numeric metrics (locks are not marked). */
    private static void metricsJson(JsonWriter w, Route r) {
        Map<Integer, Long> shown = new TreeMap<>();
        for (Map.Entry<Integer, Long> metric : metrics(r).entrySet()) {
            int rtax = metric.getKey();
            if (rtax >= 2 && !(rtax == RouteMetricAttributes.HOPLIMIT.type() && metric.getValue() == 0xffffffffL)) {
                shown.put(rtax, metric.getValue());
            }
        }
        if (shown.isEmpty() && r.metric(RouteMetricAttributes.CC_ALGO) == null) {
            return;
        }
        w.name("metrics").startArray().startObject();
        shown.forEach((rtax, value) -> w.number(rtax < METRIC_NAMES.length ? METRIC_NAMES[rtax] : "metric " + rtax, value));
        if (r.metric(RouteMetricAttributes.CC_ALGO) != null) {
            w.string("congctl", r.metric(RouteMetricAttributes.CC_ALGO));
        }
        w.endObject().endArray();
    }

    private void via(StringBuilder out, int family, InetAddress gateway) {
        int gatewayFamily = gateway.getAddress().length == 16 ? AddressFamily.AF_INET6 : AddressFamily.AF_INET;
        Palette.Kind colour = gatewayFamily == AddressFamily.AF_INET6 ? Palette.Kind.INET6 : Palette.Kind.INET;
        if (gatewayFamily != family) {
            // A gateway of the other family comes from RTA_VIA: ip names the family.
            out.append("via ").append(gatewayFamily == AddressFamily.AF_INET6 ? "inet6 " : "inet ");
        } else {
            out.append("via ");
        }
        out.append(options.palette().paint(colour, InetFormat.ntop(gatewayFamily, gateway) + " "));
    }

    private static void flags(StringBuilder out, int flags) {
        for (int i = 0; i < FLAG_BITS.length; i++) {
            if ((flags & FLAG_BITS[i]) != 0) {
                out.append(FLAG_NAMES[i]).append(' ');
            }
        }
    }

    private static void metrics(StringBuilder out, Route r) {
        long locked = metrics(r).getOrDefault(RouteMetricAttributes.LOCK.type(), -1L);
        for (Map.Entry<Integer, Long> metric : metrics(r).entrySet()) {
            int rtax = metric.getKey();
            if (rtax < 2 || rtax == RouteMetricAttributes.HOPLIMIT.type() && metric.getValue() == 0xffffffffL) {
                continue;
            }
            out.append(rtax < METRIC_NAMES.length ? METRIC_NAMES[rtax] : "metric " + rtax).append(' ');
            if (locked > 0 && (locked & (1L << rtax)) != 0) {
                out.append("lock ");
            }
            out.append(metric.getValue()).append(' ');
        }
        if (r.metric(RouteMetricAttributes.CC_ALGO) != null) {
            out.append("congctl ").append(r.metric(RouteMetricAttributes.CC_ALGO)).append(' ');
        }
    }
}
