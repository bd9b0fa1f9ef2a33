package io.jnetlink.examples.ip;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.routing.Route;
import io.jnetlink.route.routing.RouteAttributes;
import io.jnetlink.route.routing.RouteCodec;
import io.jnetlink.route.routing.RouteFilter;
import java.net.InetAddress;

/**
 * The {@code ip route show} selectors of iproute2 6.1: {@code table}, {@code dev}/{@code oif},
 * {@code iif}, {@code proto}, {@code scope}, {@code type}, {@code tos}/{@code dsfield},
 * {@code metric}/{@code priority}/{@code preference}, {@code via [FAMILY] PREFIX},
 * {@code src PREFIX}, {@code from [root|match|exact] PREFIX} and the destination
 * {@code [to] [root|match|exact] PREFIX}. A value a selector fixes is left out of the output, as
 * ip does ({@code ip route show proto kernel} prints no {@code proto kernel}).
 */
public final class RouteSelector {
    /** The selectors of routes shown without any ({@code ip monitor}). */
    static final RouteSelector NONE = new RouteSelector(0);

    static {
        NONE.table = RouteCodec.RT_TABLE_UNSPEC;
    }

    private final int family;
    private long table = RouteCodec.RT_TABLE_MAIN;
    private String device;
    private String inputDevice;
    private int protocol = -1;
    private int scope = -1;
    private int type = -1;
    private int tos = -1;
    private long metric = -1;
    private Prefix via;
    private Prefix prefsrc;
    private Prefix dstRoot;
    private Prefix dstMatch;
    private Prefix srcRoot;
    private Prefix srcMatch;
    private int oif;
    private int iif;

    private RouteSelector(int family) {
        this.family = family;
    }

    /** Reads the selectors after {@code ip route show}; {@code family} is -4/-6 (0 for none). */
    static RouteSelector parse(Args args, int family) {
        RouteSelector f = new RouteSelector(family);
        while (args.hasNext()) {
            String word = args.next();
            if (Args.matches(word, "table")) {
                String value = args.value();
                f.table = value.equals("all") ? RouteCodec.RT_TABLE_UNSPEC : NameTable.TABLES.number(value);
                if (f.table < 0 || f.table > RouteCodec.RT_TABLE_MAX) {
                    throw invalid(value, "table id value is invalid\n");
                }
            } else if (word.equals("dev") || word.equals("oif")) {
                f.device = args.value();
            } else if (word.equals("iif")) {
                f.inputDevice = args.value();
            } else if (Args.matches(word, "protocol")) {
                String value = args.value();
                long number = value.equals("all") ? -1 : NameTable.PROTOCOLS.number(value);
                if (!value.equals("all") && (number < 0 || number > 255)) {
                    throw invalid(value, "invalid \"protocol\"\n");
                }
                f.protocol = (int) number;
            } else if (Args.matches(word, "scope")) {
                String value = args.value();
                int number = value.equals("all") ? -1 : Scopes.number(value);
                if (!value.equals("all") && number < 0) {
                    throw invalid(value, "invalid \"scope\"\n");
                }
                f.scope = number;
            } else if (Args.matches(word, "type")) {
                String value = args.value();
                f.type = RouteFormatter.typeNumber(value);
                if (f.type < 0) {
                    throw invalid(value, "node type value is invalid\n");
                }
            } else if (word.equals("tos") || Args.matches(word, "dsfield")) {
                String value = args.value();
                f.tos = dsfield(value, "TOS value is invalid\n");
            } else if (Args.matches(word, "metric") || Args.matches(word, "priority")
                    || word.equals("preference")) {
                String value = args.value();
                f.metric = parseNumber(value, 0xffffffffL, "\"metric\" value is invalid\n");
            } else if (word.equals("via")) {
                String value = args.value();
                int viaFamily = family;
                if (value.equals("inet") || value.equals("inet6")) {
                    viaFamily = value.equals("inet") ? AddressFamily.AF_INET : AddressFamily.AF_INET6;
                    value = args.value();
                }
                f.via = Prefix.parse(value, viaFamily);
            } else if (word.equals("src")) {
                f.prefsrc = Prefix.parse(args.value(), family);
            } else if (Args.matches(word, "from")) {
                String value = args.value();
                if (Args.matches(value, "root")) {
                    f.srcRoot = Prefix.parse(args.value(), family);
                } else if (Args.matches(value, "match")) {
                    f.srcMatch = Prefix.parse(args.value(), family);
                } else {
                    if (Args.matches(value, "exact")) {
                        value = args.value();
                    }
                    f.srcRoot = Prefix.parse(value, family);
                    f.srcMatch = f.srcRoot;
                }
            } else if (Args.matches(word, "realms")) {
                throw new CommandFailure("jnl: ip route show realms is not implemented", 255);
            } else if (Args.matches(word, "root")) {
                f.dstRoot = Prefix.parse(args.value(), family);
            } else if (Args.matches(word, "match")) {
                f.dstMatch = Prefix.parse(args.value(), family);
            } else {
                String value = word;
                if (Args.matches(word, "exact") || word.equals("to")) {
                    value = args.value();
                }
                f.dstRoot = Prefix.parse(value, family);
                f.dstMatch = f.dstRoot;
            }
        }
        return f;
    }

    /** ip's {@code invarg}: {@code Error: argument "VALUE" is wrong: REASON}, exit status 255. */
    static CommandFailure invalid(String value, String reason) {
        return new CommandFailure("Error: argument \"" + value + "\" is wrong: " + reason, 255);
    }

    /**
     * A DiffServ field by its {@code rt_dsfield} name or in hex, as {@code rtnl_dsfield_a2n} reads
     * it; else ip's {@code invarg} with {@code reason} (each caller of ip words it its own way).
     */
    public static int dsfield(String value, String reason) {
        int tos = NameTable.dsfield(value);
        if (tos < 0) {
            throw invalid(value, reason);
        }
        return tos;
    }

    /** A number as C's {@code strtoul(s, 0)} reads it (decimal, 0x hex, 0 octal), up to {@code max}; else ip's {@code invarg}. */
    static long parseNumber(String value, long max, String reason) {
        try {
            long number = Long.decode(value);
            if (number >= 0 && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(value, reason);
    }

    /** The table to dump: {@code RT_TABLE_MAIN} unless {@code table} said otherwise, 0 for all. */
    long table() {
        return table;
    }

    /** The {@code dev} selector's name, or null. */
    String device() {
        return device;
    }

    /** The {@code iif} selector's name, or null. */
    String inputDevice() {
        return inputDevice;
    }

    /** Sets the indexes the {@code dev} and {@code iif} names resolved to. */
    void resolveDevices(int oif, int iif) {
        this.oif = oif;
        this.iif = iif;
    }

    /**
     * The routes to dump: the family of -4/-6, else IPv4 (both for {@code table all}), the table,
     * protocol and type selected, and {@code oif} ({@code dev}) as ip asks the kernel for them.
     */
    RouteFilter dump(int oif) {
        int dumpFamily = family != 0 ? family : table == RouteCodec.RT_TABLE_UNSPEC ? 0 : AddressFamily.AF_INET;
        return RouteFilter.all().withFamily(dumpFamily).withTable(table).withProtocol(protocol).withType(type)
                .withIfindex(oif);
    }

    boolean accepts(Route r) {
        int hostBits = r.family() == AddressFamily.AF_INET6 ? 128 : 32;
        return (oif == 0 || r.ifindex() == oif)
                && (iif == 0 || r.inputIfindex() == iif)
                && (protocol < 0 || r.protocol() == protocol)
                && (scope < 0 || r.scope() == scope)
                && (type < 0 || r.type() == type)
                && (tos < 0 || r.tos() == tos)
                && (metric < 0 || Long.valueOf(metric).equals(r.get(RouteAttributes.PRIORITY)))
                && addressMatches(via, r.family(), r.gateway(), hostBits)
                && addressMatches(prefsrc, r.family(), r.get(RouteAttributes.PREFSRC), hostBits)
                && rooted(dstRoot, r.family(), r.get(RouteAttributes.DST), r.dstLength())
                && matched(dstMatch, r.family(), r.get(RouteAttributes.DST), r.dstLength())
                && rooted(srcRoot, r.family(), r.get(RouteAttributes.SRC), r.srcLength())
                && matched(srcMatch, r.family(), r.get(RouteAttributes.SRC), r.srcLength());
    }

    /** {@code via}/{@code src}: the route's address lies in the prefix (a route without one fails). */
    private static boolean addressMatches(Prefix p, int family, InetAddress address, int hostBits) {
        return p == null || address != null && p.fitsFamily(family) && p.sharesBits(address, p.length());
    }

    /** {@code root P}: the route's prefix lies inside P. */
    private static boolean rooted(Prefix p, int family, InetAddress address, int length) {
        return p == null || p.fitsFamily(family) && p.length() <= length && p.sharesBits(address, p.length());
    }

    /** {@code match P}: the route's prefix covers P. */
    private static boolean matched(Prefix p, int family, InetAddress address, int length) {
        return p == null || p.fitsFamily(family) && (p.length() < 0 || p.length() >= length)
                && p.sharesBits(address, p.length() < 0 ? 0 : length);
    }

    /** ip names the table only when routes of every table are listed ({@code table all}, {@code ip monitor}). */
    boolean showsTable() {
        return table == RouteCodec.RT_TABLE_UNSPEC;
    }

    boolean showsDevice() {
        return device == null;
    }

    boolean showsInputDevice() {
        return inputDevice == null;
    }

    boolean showsProtocol() {
        return protocol < 0;
    }

    boolean showsScope() {
        return scope < 0;
    }

    boolean showsTos() {
        return tos < 0;
    }

    boolean showsMetric() {
        return metric < 0;
    }

    /** ip leaves out the gateway when {@code via} named one host address. */
    boolean showsGateway() {
        return via == null || !via.isHost();
    }

    boolean showsPrefsrc() {
        return prefsrc == null || !prefsrc.isHost();
    }

    /** ip leaves out {@code from} when an exact host source was selected. */
    boolean showsSourcePrefix() {
        return srcRoot == null || srcRoot != srcMatch || !srcRoot.isHost();
    }
}
