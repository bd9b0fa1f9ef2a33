package io.jnetlink.examples.ip;

import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.routing.NextHop;
import io.jnetlink.route.routing.Route;
import io.jnetlink.route.routing.RouteCodec;
import io.jnetlink.route.RawAttribute;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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
    // RTA_UID from linux/rtnetlink.h: the uid a route lookup (ip route get) was made for.
    private static final int RTA_UID = 25;
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
        if (r.dst() != null) {
            String dst = InetFormat.ntop(r.family(), r.dst());
            out.append(palette.paint(colour, (r.dstLength() != hostLength ? dst + "/" + r.dstLength() : dst) + " "));
        } else if (r.dstLength() != 0) {
            out.append("0/").append(r.dstLength()).append("  ");
        } else {
            out.append("default ");
        }
        if (r.src() != null && filter.showsSourcePrefix()) {
            String src = InetFormat.ntop(r.family(), r.src());
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
        if (r.oif() != 0 && filter.showsDevice()) {
            out.append("dev ").append(palette.paint(Palette.Kind.IFNAME, links.nameOf(r.oif()) + " "));
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
        if (r.prefsrc() != null && filter.showsPrefsrc()) {
            out.append("src ").append(palette.paint(colour, InetFormat.ntop(r.family(), r.prefsrc()) + " "));
        }
        if (r.priority() >= 0 && filter.showsMetric()) {
            out.append("metric ").append(r.priority()).append(' ');
        }
        flags(out, r.flags());
        if (r.mark() > 0) {
            out.append("mark 0x").append(Long.toHexString(r.mark())).append(' ');
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
        if (r.expires() != 0) {
            out.append("expires ").append(r.expires() / USER_HZ).append("sec ");
        }
        metrics(out, r);
        if (r.iif() != 0 && filter.showsInputDevice()) {
            out.append("iif ").append(links.nameOf(r.iif())).append(' ');
        }
        if (r.preference() >= 0) {
            out.append("pref ").append(preference(r.preference()));
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
        if (r.dst() != null) {
            String dst = InetFormat.ntop(r.family(), r.dst());
            w.string("dst", r.dstLength() != hostLength ? dst + "/" + r.dstLength() : dst);
        } else {
            w.string("dst", r.dstLength() != 0 ? "0/" + r.dstLength() : "default");
        }
        if (r.src() != null && filter.showsSourcePrefix()) {
            String src = InetFormat.ntop(r.family(), r.src());
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
        if (r.oif() != 0 && filter.showsDevice()) {
            w.string("dev", links.nameOf(r.oif()));
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
        if (r.prefsrc() != null && filter.showsPrefsrc()) {
            w.string("prefsrc", InetFormat.ntop(r.family(), r.prefsrc()));
        }
        if (r.priority() >= 0 && filter.showsMetric()) {
            w.number("metric", r.priority());
        }
        flagsJson(w, r.flags());
        if (r.mark() > 0) {
            w.number("mark", r.mark());
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
        if (r.expires() != 0) {
            w.number("expires", r.expires() / USER_HZ);
        }
        metricsJson(w, r);
        if (r.iif() != 0 && filter.showsInputDevice()) {
            w.string("iif", links.nameOf(r.iif()));
        }
        if (r.preference() >= 0) {
            w.string("pref", preference(r.preference()));
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
        for (RawAttribute a : r.unknown()) {
            if (a.type() == RTA_UID && a.value().length >= 4) {
                return ByteBuffer.wrap(a.value()).order(ByteOrder.nativeOrder()).getInt() & 0xffffffffL;
            }
        }
        return -1;
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

    /** {@code metrics}: an array holding one object of the numeric metrics (locks are not marked). */
    private static void metricsJson(JsonWriter w, Route r) {
        Map<Integer, Long> shown = new TreeMap<>();
        for (Map.Entry<Integer, Long> metric : r.metrics().entrySet()) {
            int rtax = metric.getKey();
            if (rtax >= 2 && !(rtax == RouteCodec.RTAX_HOPLIMIT && metric.getValue() == 0xffffffffL)) {
                shown.put(rtax, metric.getValue());
            }
        }
        if (shown.isEmpty() && r.congestionControl() == null) {
            return;
        }
        w.name("metrics").startArray().startObject();
        shown.forEach((rtax, value) -> w.number(rtax < METRIC_NAMES.length ? METRIC_NAMES[rtax] : "metric " + rtax, value));
        if (r.congestionControl() != null) {
            w.string("congctl", r.congestionControl());
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
        long locked = r.metric(RouteCodec.RTAX_LOCK);
        for (Map.Entry<Integer, Long> metric : new TreeMap<>(r.metrics()).entrySet()) {
            int rtax = metric.getKey();
            if (rtax < 2 || rtax == RouteCodec.RTAX_HOPLIMIT && metric.getValue() == 0xffffffffL) {
                continue;
            }
            out.append(rtax < METRIC_NAMES.length ? METRIC_NAMES[rtax] : "metric " + rtax).append(' ');
            if (locked > 0 && (locked & (1L << rtax)) != 0) {
                out.append("lock ");
            }
            out.append(metric.getValue()).append(' ');
        }
        if (r.congestionControl() != null) {
            out.append("congctl ").append(r.congestionControl()).append(' ');
        }
    }
}
