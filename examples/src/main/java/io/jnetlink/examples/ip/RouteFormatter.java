package io.jnetlink.examples.ip;

import static io.jnetlink.examples.ip.AttributeFields.field;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.core.attr.Display;
import io.jnetlink.examples.cli.Args;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.nexthop.Nexthop;
import io.jnetlink.route.routing.NextHop;
import io.jnetlink.route.routing.Route;
import io.jnetlink.route.routing.RouteAttributes;
import io.jnetlink.route.routing.RouteCacheInfo;
import io.jnetlink.route.routing.RouteCodec;
import io.jnetlink.route.routing.RouteMetricAttributes;
import java.math.BigDecimal;
import java.math.MathContext;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * One route as {@code ip route} prints it (iproute2 6.1 {@code print_route}), in text or as an element
 * of {@code ip -j route}, from one walk: the header fields where ip puts them, and each attribute
 * under the word, JSON key and form of its {@link RouteAttributes} / {@link RouteMetricAttributes} row.
 */
final class RouteFormatter implements FieldWalk<Route> {
    private static final String[] TYPES = {
        "none", "unicast", "local", "broadcast", "anycast", "multicast", "blackhole", "unreachable", "prohibit",
        "throw", "nat", "xresolve",
    };
    // RTNH_F_* / RTM_F_* bits ip names after the metric, in its order.
    private static final int[] FLAG_BITS = {
        NextHop.RTNH_F_DEAD, NextHop.RTNH_F_ONLINK, NextHop.RTNH_F_PERVASIVE, NextHop.RTNH_F_OFFLOAD,
        NextHop.RTNH_F_TRAP, RouteCodec.RTM_F_NOTIFY, NextHop.RTNH_F_LINKDOWN, NextHop.RTNH_F_UNRESOLVED,
        RouteCodec.RTM_F_OFFLOAD, RouteCodec.RTM_F_TRAP, RouteCodec.RTM_F_OFFLOAD_FAILED,
    };
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
    // LWTUNNEL_ENCAP_* (linux/lwtunnel.h) as ip names them.
    private static final String[] ENCAP_TYPES = {
        "unknown", "mpls", "ip", "ila", "ip6", "seg6", "bpf", "seg6local", "rpl", "ioam6", "xfrm",
    };
    private static final int USER_HZ = 100;
    private static final long MPLS_LABEL_SHIFT = 12;
    private static final int MPLS_BOTTOM_OF_STACK = 0x100;

    /** The metrics as {@code print_rta_metrics} writes them; the plain numeric rows need no writer. */
    private static final AttributeFields METRICS = new AttributeFields()
            .custom(RouteMetricAttributes.LOCK, (out, d, lock, all) -> {
                // Written as "lock" inside each locked metric.
            })
            .custom(RouteMetricAttributes.RTT, (out, d, rtt, all) -> milliseconds(out, d, Integer.toUnsignedLong(rtt) / 8))
            .custom(RouteMetricAttributes.RTTVAR, (out, d, var, all) -> milliseconds(out, d, Integer.toUnsignedLong(var) / 4))
            .custom(RouteMetricAttributes.RTO_MIN, (out, d, min, all) -> milliseconds(out, d, Integer.toUnsignedLong(min)))
            .custom(RouteMetricAttributes.HOPLIMIT, (out, d, limit, all) -> {
                if (limit != -1) {
                    field(out, d, Integer.toUnsignedString(limit), Integer.toUnsignedLong(limit));
                }
            })
            .custom(RouteMetricAttributes.FEATURES, (out, d, features, all) -> {
                out.field(d.text() + " ", null, null);
                if ((features & RouteMetricAttributes.FEATURE_ECN) != 0) {
                    out.field("ecn ", "ecn", DetailSink.JSON_NULL);
                }
                if ((features & ~RouteMetricAttributes.FEATURE_ECN) != 0) {
                    String hex = AttributeFields.hashHex(Integer.toUnsignedLong(features));
                    out.field(hex + " ", d.json(), hex);
                }
            });

    private final IpOptions options;
    private final LinkFormatter links;
    private final RouteSelector selector;
    private final AttributeFields fields;
    /** The nexthop object of an id, null when there is none; null: nexthop objects are not shown. */
    private final LongFunction<Nexthop> nexthops;

    /** Formats routes selected by {@code selector}, leaving out what it fixes ({@link RouteSelector#NONE}: nothing). */
    RouteFormatter(IpOptions options, LinkFormatter links, RouteSelector selector) {
        this(options, links, selector, null);
    }

    /**
     * As {@link #RouteFormatter(IpOptions, LinkFormatter, RouteSelector)}, and with {@code -d} a route
     * using a nexthop object shows it on an {@code nh_info} line, as {@code nexthops} reads it by id.
     */
    RouteFormatter(IpOptions options, LinkFormatter links, RouteSelector selector, LongFunction<Nexthop> nexthops) {
        this.options = options;
        this.links = links;
        this.selector = selector;
        this.nexthops = nexthops;
        this.fields = new AttributeFields()
                .custom(RouteAttributes.NEWDST, (out, d, labels, all) -> paintedField(out, d, labels.length == 16
                        ? AddressFamily.AF_INET6 : AddressFamily.AF_INET, newDestination(labels)))
                .custom(RouteAttributes.ENCAP_TYPE, (out, d, type, all) -> field(out, d, encapType(type), encapType(type)))
                .custom(RouteAttributes.GATEWAY, (out, d, gateway, all) -> address(out, d, gateway))
                .custom(RouteAttributes.VIA, this::via)
                .custom(RouteAttributes.OIF, this::device)
                .custom(RouteAttributes.IIF, this::device)
                .custom(RouteAttributes.PREFSRC, (out, d, prefsrc, all) -> address(out, d, prefsrc))
                .custom(RouteAttributes.MARK, RouteFormatter::mark)
                .custom(RouteAttributes.FLOW, RouteFormatter::realms)
                .custom(RouteAttributes.CACHEINFO, this::cacheInfo)
                .custom(RouteAttributes.METRICS, RouteFormatter::metrics)
                .custom(RouteAttributes.PREF, RouteFormatter::preference)
                .custom(RouteAttributes.TTL_PROPAGATE, (out, d, on, all) ->
                        out.field(d.text() + (on ? " enabled" : " disabled"), d.json(), on));
    }

    /** The name of {@code RTN_*} type {@code type}, or its number ({@code rtnl_rtntype_n2a}). */
    static String typeName(int type) {
        return type >= 0 && type < TYPES.length ? TYPES[type] : Integer.toString(type);
    }

    /**
     * The {@code RTN_*} number of a type word as ip's {@code rtnl_rtntype_a2n} reads it: {@code local},
     * {@code nat}, {@code brd} and {@code throw} whole, the other names abbreviated as far as their
     * first letters (in ip's order of tests), or a number 0 to 255 as C's {@code strtoul} reads it; -1
     * otherwise ({@code none} too).
     */
    static int typeNumber(String name) {
        if (name.equals("local") || name.equals("nat") || name.equals("throw")) {
            return List.of(TYPES).indexOf(name);
        } else if (name.equals("brd")) {
            return RouteCodec.RTN_BROADCAST;
        }
        for (String abbreviable : List.of("broadcast", "anycast", "multicast", "prohibit", "unreachable", "blackhole",
                "xresolve", "unicast")) {
            if (Args.matches(name, abbreviable)) {
                return List.of(TYPES).indexOf(abbreviable);
            }
        }
        return (int) NameTable.numeric(name, 0xff);
    }

    @Override
    public void write(Route r, DetailSink out) {
        AttributeValues v = r.values();
        if (r.type() != RouteCodec.RTN_UNICAST || options.details()) {
            String type = typeName(r.type());
            out.field(type + " ", "type", type);
        }
        destination(out, r);
        source(out, r);
        fields.write(out, RouteAttributes.NH_ID, v);
        fields.write(out, RouteAttributes.NEWDST, v);
        if (v.has(RouteAttributes.ENCAP)) {
            fields.write(out, RouteAttributes.ENCAP_TYPE, v);
        }
        if (r.tos() != 0 && selector.showsTos()) {
            String tos = NameTable.DSFIELDS.name(r.tos(), String.format("0x%02x", r.tos()));
            out.field("tos " + tos + " ", "tos", tos);
        }
        if (selector.showsGateway()) {
            fields.write(out, RouteAttributes.GATEWAY, v);
        }
        fields.write(out, RouteAttributes.VIA, v);
        if (selector.showsDevice()) {
            fields.write(out, RouteAttributes.OIF, v);
        }
        if (r.table() != RouteCodec.RT_TABLE_UNSPEC && (r.table() != RouteCodec.RT_TABLE_MAIN || options.details())
                && selector.showsTable()) {
            String table = NameTable.TABLES.name(r.table());
            field(out, RouteAttributes.TABLE.display(), table, table);
        }
        if ((r.flags() & RouteCodec.RTM_F_CLONED) == 0) {
            if ((r.protocol() != RouteCodec.RTPROT_BOOT || options.details()) && selector.showsProtocol()) {
                String protocol = NameTable.PROTOCOLS.name(r.protocol());
                out.field("proto " + protocol + " ", "protocol", protocol);
            }
            if ((r.scope() != RouteCodec.RT_SCOPE_UNIVERSE || options.details()) && selector.showsScope()) {
                String scope = Scopes.name(r.scope());
                out.field("scope " + scope + " ", "scope", scope);
            }
        }
        if (selector.showsPrefsrc()) {
            fields.write(out, RouteAttributes.PREFSRC, v);
        }
        if (selector.showsMetric()) {
            fields.write(out, RouteAttributes.PRIORITY, v);
        }
        flags(out, r.flags());
        fields.write(out, RouteAttributes.MARK, v);
        fields.write(out, RouteAttributes.FLOW, v);
        fields.write(out, RouteAttributes.UID, v);
        if (r.family() == AddressFamily.AF_INET && (r.flags() & RouteCodec.RTM_F_CLONED) != 0) {
            cacheFlags(out, r.flags());
        }
        if (AddressFamily.isIp(r.family())) {
            fields.write(out, RouteAttributes.CACHEINFO, v);
        }
        fields.write(out, RouteAttributes.METRICS, v);
        if (selector.showsInputDevice()) {
            fields.write(out, RouteAttributes.IIF, v);
        }
        fields.write(out, RouteAttributes.PREF, v);
        fields.write(out, RouteAttributes.TTL_PROPAGATE, v);
        Long nhid = v.get(RouteAttributes.NH_ID);
        Nexthop nexthop = nhid == null || !options.details() || nexthops == null ? null : nexthops.apply(nhid);
        if (nexthop != null) {
            // ip writes this break as it is, with -o too.
            out.field("\n\tnh_info ", null, null);
            out.object("nh_info", () -> new NexthopFormatter(options, links).write(nexthop, out));
        }
        if (v.has(RouteAttributes.MULTIPATH)) {
            nextHops(out, r);
        }
    }

    /** The destination prefix, {@code default} without one; always written. */
    private void destination(DetailSink out, Route r) {
        Display d = RouteAttributes.DST.display();
        InetAddress dst = r.get(RouteAttributes.DST);
        if (dst != null) {
            paintedField(out, d, r.family(), prefix(r.family(), dst, r.dstLength()));
        } else {
            // ip's "0/LEN " keeps its space inside the value, so the text has two.
            String text = r.dstLength() != 0 ? "0/" + r.dstLength() + " " : "default";
            out.field(text + " ", d.json(), text);
        }
    }

    /** {@code from} and the source prefix; a source length without an address is ip's {@code src} key. */
    private void source(DetailSink out, Route r) {
        InetAddress src = r.get(RouteAttributes.SRC);
        if (src != null && selector.showsSourcePrefix()) {
            // Unlike other addresses, ip paints the word with the prefix.
            Display d = RouteAttributes.SRC.display();
            String text = prefix(r.family(), src, r.srcLength());
            out.field(paint(r.family(), d.text() + " " + text + " "), d.json(), text);
        } else if (r.srcLength() != 0) {
            out.field("from 0/" + r.srcLength() + " ", "src", "0/" + r.srcLength());
        }
    }

    /** {@code ADDRESS/LENGTH}, or the bare address for a host prefix. */
    private static String prefix(int family, InetAddress address, int length) {
        String text = InetFormat.ntop(family, address);
        return length != (family == AddressFamily.AF_INET6 ? 128 : 32) ? text + "/" + length : text;
    }

    /** A value ip paints in the colour of the route's family, after its word (none when the word is empty). */
    private void paintedField(DetailSink out, Display d, int family, String text) {
        out.field((d.text().isEmpty() ? "" : d.text() + " ") + paint(family, text + " "), d.json(), text);
    }

    private String paint(int family, String text) {
        return options.palette().paint(family == AddressFamily.AF_INET6 ? Palette.Kind.INET6 : Palette.Kind.INET, text);
    }

    /** {@code word ADDRESS}, the address in its family's colour. */
    private void address(DetailSink out, Display d, InetAddress address) {
        String text = InetFormat.ntop(address);
        out.field(d.text() + " " + paint(address, text + " "), d.json(), text);
    }

    private String paint(InetAddress address, String text) {
        return paint(address instanceof Inet6Address ? AddressFamily.AF_INET6 : AddressFamily.AF_INET, text);
    }

    /** A gateway of another family: {@code via inet6 G}; JSON {@code "via":{"family":..,"host":..}}. */
    private void via(DetailSink out, Display d, InetAddress gateway, AttributeValues all) {
        String family = gateway instanceof Inet6Address ? "inet6" : "inet";
        String host = InetFormat.ntop(gateway);
        out.field(d.text() + " " + family + " " + paint(gateway, host + " "), null, null);
        out.object(d.json(), () -> {
            out.field(null, "family", family);
            out.field(null, "host", host);
        });
    }

    /** {@code dev NAME} / {@code iif NAME}, the name painted. */
    private void device(DetailSink out, Display d, Integer ifindex, AttributeValues all) {
        String name = links.nameOf(ifindex);
        out.field(d.text() + " " + options.palette().paint(Palette.Kind.IFNAME, name + " "), d.json(), name);
    }

    /** Text: decimal below 16, hex from 16 on; JSON: a number. 0 is not shown. */
    private static void mark(DetailSink out, Display d, Long mark, AttributeValues all) {
        if (mark != 0) {
            field(out, d, mark >= 16 ? "0x" + Long.toHexString(mark) : mark.toString(), mark);
        }
    }

    /** {@code realm TO} or {@code realms FROM/TO}; JSON {@code "flow":{"from":..,"to":..}}. */
    private static void realms(DetailSink out, Display d, Integer flow, AttributeValues all) {
        int to = flow & 0xffff;
        int from = flow >>> 16;
        String word = from != 0 ? d.text() : d.text().substring(0, d.text().length() - 1);
        String fromName = NameTable.REALMS.name(from);
        String toName = NameTable.REALMS.name(to);
        out.field(word + " " + (from != 0 ? fromName + "/" : "") + toName + " ", null, null);
        out.object(d.json(), () -> {
            if (from != 0) {
                out.field(null, "from", fromName);
            }
            out.field(null, "to", toName);
        });
    }

    /** {@code cache <flags>} of a cloned IPv4 route, on a line of its own; JSON {@code "cache":[..]}. */
    private void cacheFlags(DetailSink out, int flags) {
        List<String> names = new ArrayList<>();
        int left = flags & ~0xffff;
        for (int i = 0; i < CACHE_BITS.length; i++) {
            if ((left & CACHE_BITS[i]) != 0) {
                names.add(CACHE_NAMES[i]);
                left &= ~CACHE_BITS[i];
            }
        }
        String text = names.isEmpty() ? "" : "<" + String.join(",", names) + "> ";
        if (left != 0) {
            // ip ends with the unnamed bits in hex and no space.
            names.add(Integer.toHexString(left));
            text = "<" + String.join(",", names) + ">";
        }
        out.field(options.lineBreak() + "    cache " + text, "cache", names);
    }

    /** {@code rta_cacheinfo}: expiry, error, with {@code -s} users/used/age, IP id and timestamp. */
    private void cacheInfo(DetailSink out, Display d, RouteCacheInfo info, AttributeValues all) {
        if (info.expires() != 0) {
            field(out, d, info.expires() / USER_HZ + "sec", info.expires() / USER_HZ);
        }
        unsigned(out, "error", info.error());
        if (options.statistics() > 0) {
            unsigned(out, "users", info.clntref());
            unsigned(out, "used", info.used());
            if (info.lastuse() != 0) {
                long age = Integer.toUnsignedLong(info.lastuse()) / USER_HZ;
                out.field("age " + age + "sec ", "age", age);
            }
        }
        if (info.id() != 0) {
            out.field(String.format("ipid 0x%04x ", info.id()), "ipid",
                    AttributeFields.hashHex(Integer.toUnsignedLong(info.id())));
        }
        if (info.ts() != 0 || info.tsage() != 0) {
            String ts = "0x" + Integer.toHexString(info.ts());
            out.field("ts " + ts, "ts", AttributeFields.hashHex(Integer.toUnsignedLong(info.ts())));
            out.field("tsage " + Integer.toUnsignedString(info.tsage()) + "sec ", "tsage",
                    Integer.toUnsignedLong(info.tsage()));
        }
    }

    /** {@code word N } and a JSON number, when not 0. */
    private static void unsigned(DetailSink out, String word, int value) {
        if (value != 0) {
            out.field(word + " " + Integer.toUnsignedString(value) + " ", word, Integer.toUnsignedLong(value));
        }
    }

    /**
     * The metrics from {@code mtu} on, in number order: a locked one says {@code lock} after its
     * word (and is shown as 0 when it has no value); JSON: an array of one object.
     */
    private static void metrics(DetailSink out, Display d, AttributeValues metrics, AttributeValues all) {
        Integer lock = metrics.get(RouteMetricAttributes.LOCK);
        int locked = lock == null ? 0 : lock;
        String lockWord = RouteMetricAttributes.LOCK.display().text() + " ";
        out.array(d.json(), () -> out.object(null, () -> {
            for (Attribute<?> row : RouteMetricAttributes.SET.attributes()) {
                boolean isLocked = row.type() < Integer.SIZE && (locked & 1 << row.type()) != 0;
                AttributeValues shown = isLocked && !metrics.has(row) && row != RouteMetricAttributes.CC_ALGO
                        ? metrics.with(integerRow(row), 0) : metrics;
                METRICS.write(isLocked ? new LockedSink(out, lockWord) : out, row, shown);
            }
        }));
    }

    @SuppressWarnings("unchecked")
    private static Attribute<Integer> integerRow(Attribute<?> row) {
        return (Attribute<Integer>) row;
    }

    /** {@code print_rta_metrics}'s times: {@code N ms} below a second, C's {@code %gs} from there; JSON milliseconds. */
    private static void milliseconds(DetailSink out, Display d, long ms) {
        field(out, d, ms >= 1000 ? cG(ms / 1e3) + "s" : ms + "ms", ms);
    }

    /** C's {@code %g}: six significant digits, trailing zeros dropped, exponent form outside 1e-4..1e6. */
    static String cG(double value) {
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(6));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= 6) {
            String mantissa = rounded.movePointLeft(exponent).stripTrailingZeros().toPlainString();
            return mantissa + (exponent < 0 ? "e-" : "e+") + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
        }
        return rounded.stripTrailingZeros().toPlainString();
    }

    /** {@code pref low|medium|high} without a trailing space; another value is its bare number. */
    private static void preference(DetailSink out, Display d, Integer pref, AttributeValues all) {
        String name = switch (pref) {
            case 0 -> "medium";
            case 1 -> "high";
            case 3 -> "low";
            default -> null;
        };
        if (name != null) {
            out.field(d.text() + " " + name, d.json(), name);
        } else {
            out.field(pref.toString(), d.json(), pref);
        }
    }

    /** {@code RTNH_F_*}/{@code RTM_F_*} names ({@code print_rt_flags}, also of nexthop objects); JSON: always an array. */
    static void flags(DetailSink out, int flags) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < FLAG_BITS.length; i++) {
            if ((flags & FLAG_BITS[i]) != 0) {
                names.add(FLAG_NAMES[i]);
            }
        }
        StringBuilder text = new StringBuilder();
        names.forEach(name -> text.append(name).append(' '));
        out.field(text.toString(), "flags", names);
    }

    /** {@code nexthop} lines, each with its own attributes, device, weight and flags; JSON {@code "nexthops":[..]}. */
    private void nextHops(DetailSink out, Route r) {
        Display d = RouteAttributes.MULTIPATH.display();
        boolean multicastCache = (r.flags() & RouteCodec.RTM_F_CLONED) != 0 && r.type() == RouteCodec.RTN_MULTICAST;
        List<NextHop> hops = r.nextHops();
        out.array(d.json(), () -> {
            for (int i = 0; i < hops.size(); i++) {
                NextHop hop = hops.get(i);
                String start = multicastCache ? i == 0 ? "Oifs: " : " " : options.lineBreak() + "\t" + d.text() + " ";
                out.object(null, () -> {
                    out.field(start, null, null);
                    AttributeValues v = hop.values();
                    if (v.has(RouteAttributes.ENCAP)) {
                        fields.write(out, RouteAttributes.ENCAP_TYPE, v);
                    }
                    fields.write(out, RouteAttributes.NEWDST, v);
                    fields.write(out, RouteAttributes.GATEWAY, v);
                    fields.write(out, RouteAttributes.VIA, v);
                    fields.write(out, RouteAttributes.FLOW, v);
                    String dev = hop.ifindex() == 0 ? "*" : links.nameOf(hop.ifindex());
                    if (multicastCache) {
                        out.field(dev, "dev", dev);
                        if (hop.hops() != 1) {
                            out.field("(ttl>" + hop.hops() + ")", "ttl", hop.hops());
                        }
                        out.field(" ", null, null);
                    } else {
                        out.field("dev " + dev + " ", "dev", dev);
                        out.field("weight " + hop.weight() + " ", "weight", hop.weight());
                    }
                    flags(out, hop.flags());
                });
            }
        });
    }

    /** MPLS labels {@code 100/200} (the kernel keeps new destinations for MPLS routes only), else an address. */
    private static String newDestination(byte[] value) {
        if (value.length == 4 || value.length == 16) {
            try {
                return InetFormat.ntop(InetAddress.getByAddress(value));
            } catch (java.net.UnknownHostException e) {
                throw new AssertionError("4 or 16 bytes are always an address", e);
            }
        }
        StringBuilder labels = new StringBuilder();
        for (int at = 0; at + 4 <= value.length; at += 4) {
            long entry = (value[at] & 0xffL) << 24 | (value[at + 1] & 0xff) << 16 | (value[at + 2] & 0xff) << 8
                    | value[at + 3] & 0xff;
            labels.append(labels.length() == 0 ? "" : "/").append(entry >>> MPLS_LABEL_SHIFT);
            if ((entry & MPLS_BOTTOM_OF_STACK) != 0) {
                break;
            }
        }
        return labels.toString();
    }

    private static String encapType(int type) {
        return type < ENCAP_TYPES.length ? ENCAP_TYPES[type] : ENCAP_TYPES[0];
    }

    /** Writes {@code lock} after the word of each text field: {@code mtu lock 1400}. */
    private static final class LockedSink implements DetailSink {
        private final DetailSink out;
        private final String lockWord;

        LockedSink(DetailSink out, String lockWord) {
            this.out = out;
            this.lockWord = lockWord;
        }

        @Override
        public void field(String text, String key, Object value) {
            int space = text == null ? -1 : text.indexOf(' ');
            out.field(space < 0 ? text : text.substring(0, space + 1) + lockWord + text.substring(space + 1), key, value);
        }

        @Override
        public void object(String key, Runnable fields) {
            out.object(key, fields);
        }

        @Override
        public void array(String key, Runnable elements) {
            out.array(key, elements);
        }

        @Override
        public void startLine() {
            out.startLine();
        }
    }
}
