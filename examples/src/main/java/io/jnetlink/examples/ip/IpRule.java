package io.jnetlink.examples.ip;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.Rules;
import io.jnetlink.route.rule.Rule;
import io.jnetlink.route.rule.RuleAttributes;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.route.link.InterfaceNames;
import io.jnetlink.route.rule.FibRuleHdr;
import io.jnetlink.route.rule.RuleCodec;
import io.jnetlink.route.rule.RulePortRange;
import io.jnetlink.route.rule.RuleRequest;
import io.jnetlink.route.rule.UidRange;
import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ip rule [list|show|lst] [SELECTOR]}, {@code ip rule add|del SELECTOR ACTION} and
 * {@code ip rule flush [SELECTOR]}: the words read as ip 6.1 reads them (the family is IPv4 unless
 * {@code -6} says otherwise), requests built with {@link RuleRequest} in the command line's order,
 * rules printed by {@link RuleFormatter}. {@code save} and {@code restore} (binary dumps) are not
 * offered.
 */
final class IpRule {
    private static final String USAGE = """
            Usage: ip rule [ list | show ] [ SELECTOR ]
                   ip rule { add | del } SELECTOR ACTION
                   ip rule flush [ SELECTOR ]
            SELECTOR := [ not ] [ from PREFIX ] [ to PREFIX ] [ tos TOS ] [ fwmark MARK[/MASK] ]
                        [ iif NAME ] [ oif NAME ] [ pref NUMBER ] [ l3mdev ] [ uidrange FIRST-LAST ]
                        [ ipproto PROTOCOL ] [ sport PORT[-PORT] ] [ dport PORT[-PORT] ] [ tun_id ID ]
            ACTION := [ table TABLE ] [ protocol PROTO ] [ nat ADDRESS ] [ realms [FROM/]TO ]
                      [ goto PRIORITY | nop | blackhole | unreachable | prohibit ]
                      [ suppress_prefixlength LENGTH ] [ suppress_ifgroup GROUP ]
            TABLE := { local | main | default | NAME | NUMBER }
            jnl has no ip rule save and restore (binary dumps).
            """;
    /** {@code sscanf("%u-%u")}: the two numbers at the start, whatever follows. */
    private static final Pattern RANGE = Pattern.compile("\\s*\\+?([0-9]+)(?:-\\s*\\+?([0-9]+))?");
    /** ip's exit status when it refuses a table for an {@code l3mdev} rule ({@code -EINVAL} negated). */
    private static final int EINVAL_STATUS = 22;
    private static final long U32_MAX = 0xffffffffL;

    private final Invocation invocation;
    private final IpOptions options;

    IpRule(Invocation invocation, IpOptions options) {
        this.invocation = invocation;
        this.options = options;
    }

    int run(Args args) {
        if (!args.hasNext()) {
            return list(args, false);
        }
        String verb = args.next();
        if (Args.matches(verb, "list") || Args.matches(verb, "lst") || Args.matches(verb, "show")) {
            return list(args, false);
        } else if (Args.matches(verb, "save") || Args.matches(verb, "restore")) {
            throw new CommandFailure("jnl: ip rule " + (Args.matches(verb, "save") ? "save" : "restore")
                    + " is not implemented (a binary dump stream)", 255);
        } else if (Args.matches(verb, "add")) {
            return modify(true, args);
        } else if (Args.matches(verb, "delete")) {
            return modify(false, args);
        } else if (Args.matches(verb, "flush")) {
            return list(args, true);
        } else if (Args.matches(verb, "help")) {
            return usage();
        }
        throw new CommandFailure("Command \"" + verb + "\" is unknown, try \"ip rule help\".", 255);
    }

    private int usage() {
        invocation.err().print(USAGE);
        return 255;
    }

    /** {@code ip rule list} or {@code flush}: one family's dump through ip's selector. */
    private int list(Args args, boolean flush) {
        int family = options.family() == 0 ? AddressFamily.AF_INET : options.family();
        Selector selector = Selector.parse(args, family);
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            Rules rules = session.rtnl().rules();
            RuleFormatter formatter = new RuleFormatter(options);
            StringBuilder out = new StringBuilder();
            JsonWriter w = options.jsonWriter().startArray();
            for (Rule rule : rules.list(family)) {
                if (!selector.accepts(rule)) {
                    continue;
                }
                if (flush) {
                    // As ip: the rule at priority 0 comes without a priority and stays.
                    if (selector.protocolAccepts(rule) && rule.get(RuleAttributes.PRIORITY) != null) {
                        rules.delete(rule);
                    }
                } else if (options.json()) {
                    formatter.json(w, rule);
                } else {
                    out.append(formatter.format(rule));
                }
            }
            // A flush prints no rules, yet with -j still the (empty) array.
            invocation.out().print(options.json() ? w.endArray() + "\n" : out);
        }
        return 0;
    }

    /** {@code ip rule add|del}: each word's attribute set as ip appends it, then one request. */
    private int modify(boolean add, Args args) {
        if (!args.hasNext()) {
            throw new CommandFailure("\"ip rule " + (add ? "add" : "del") + "\" requires arguments.", 1);
        }
        List<String> words = List.copyOf(args.rest());
        int family = options.family() == 0 ? AddressFamily.AF_INET : options.family();
        Modification m = new Modification(family);
        if (!m.read(new Args(words)) && options.family() == 0) {
            // An IPv6 prefix without -6: ip sends it in an IPv4 request and the kernel refuses it.
            // The library refuses such a request, so it is built for IPv6 and sent with ip's family.
            m = new Modification(AddressFamily.AF_INET6);
            m.read(new Args(words));
            m.sentFamily = AddressFamily.AF_INET;
        }
        if (m.usage) {
            return usage();
        }
        if (m.l3mdev && m.table != 0) {
            throw new CommandFailure("table can not be specified for l3mdev rules", EINVAL_STATUS);
        }
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            if (m.sentFamily != m.request.family()) {
                int type = add ? MessageType.RTM_NEWRULE : MessageType.RTM_DELRULE;
                try (MessageWriter w = new MessageWriter()) {
                    RuleCodec.write(w, type, add ? NlMsgHdr.NLM_F_CREATE | NlMsgHdr.NLM_F_EXCL : 0, m.request);
                    w.finish().setByte(NlMsgHdr.SIZE + FibRuleHdr.FAMILY, m.sentFamily);
                    session.rtnl().socket().execute(w);
                }
            } else if (add) {
                session.rtnl().rules().add(m.request);
            } else {
                session.rtnl().rules().delete(m.request);
            }
        }
        return 0;
    }

    /** The request one {@code ip rule add|del} command line makes, read word by word as ip reads it. */
    private final class Modification {
        private final int family;
        private RuleRequest request;
        private int sentFamily;
        private boolean l3mdev;
        private long table;
        private boolean usage;

        Modification(int family) {
            this.family = family;
            this.request = RuleRequest.of(family);
            this.sentFamily = family;
        }

        /** Reads the words into {@link #request}; false when a prefix is not of the request's family. */
        boolean read(Args args) {
            while (args.hasNext()) {
                String word = args.next();
                if (word.equals("not")) {
                    request = request.withInverted(true);
                } else if (word.equals("from") || word.equals("to")) {
                    Prefix prefix = Prefix.parse(args.value(), options.family());
                    if (prefix.family() != 0 && prefix.family() != family) {
                        return false;
                    }
                    request = prefix(request, word.equals("from"), prefix);
                } else if (Args.matches(word, "preference") || Args.matches(word, "order") || Args.matches(word, "priority")) {
                    request = request.withPriority(u32(args.value(), "preference value is invalid\n"));
                } else if (word.equals("tos") || Args.matches(word, "dsfield")) {
                    request = request.withTos(RouteSelector.dsfield(args.value(), "TOS value is invalid\n"));
                } else if (word.equals("fwmark")) {
                    String[] parts = args.value().split("/", 2);
                    request = request.withFwmark(u32(parts[0], "fwmark value is invalid\n"));
                    if (parts.length > 1) {
                        request = request.with(RuleAttributes.FWMASK, u32(parts[1], "fwmask value is invalid\n"));
                    }
                } else if (Args.matches(word, "realms")) {
                    request = request.with(RuleAttributes.FLOW, realms(args.value()));
                } else if (Args.matches(word, "protocol")) {
                    String value = args.value();
                    request = request.withProtocol((int) named(NameTable.PROTOCOLS, value, 0xff,
                            "\"protocol\" value is invalid\n"));
                } else if (Args.matches(word, "tun_id")) {
                    request = request.withTunnelId(u64(args.value(), "\"tun_id\" value is invalid\n"));
                } else if (Args.matches(word, "table") || word.equals("lookup")) {
                    table = named(NameTable.TABLES, args.value(), U32_MAX, "invalid table ID\n");
                    request = request.withTable(table);
                } else if (Args.matches(word, "suppress_prefixlength") || word.equals("sup_pl")) {
                    String value = args.value();
                    long length = signed(value);
                    if (length < 0) {
                        throw RouteSelector.invalid(value, "suppress_prefixlength value is invalid\n");
                    }
                    request = request.withSuppressPrefixLength((int) length);
                } else if (Args.matches(word, "suppress_ifgroup") || word.equals("sup_group")) {
                    String value = args.value();
                    long group = NameTable.GROUPS.parse(value, Integer.MAX_VALUE);
                    if (group < 0) {
                        throw RouteSelector.invalid(value, "Invalid \"suppress_ifgroup\" value\n");
                    }
                    request = request.withSuppressIfgroup((int) group);
                } else if (word.equals("dev") || word.equals("iif")) {
                    request = request.with(RuleAttributes.IIFNAME, ifname(args.value(), "\"iif\"/\"dev\" not a valid ifname"));
                } else if (word.equals("oif")) {
                    request = request.with(RuleAttributes.OIFNAME, ifname(args.value(), "\"oif\" not a valid ifname"));
                } else if (word.equals("l3mdev")) {
                    request = request.withL3mdev();
                    l3mdev = true;
                } else if (word.equals("uidrange")) {
                    String value = args.value();
                    long[] range = range(value);
                    if (range == null || range.length < 2) {
                        throw RouteSelector.invalid(value, "invalid UID range\n");
                    }
                    request = request.withUidRange(new UidRange(range[0], range[1]));
                } else if (word.equals("nat") || Args.matches(word, "map-to")) {
                    String value = args.value();
                    invocation.err().println("Warning: route NAT is deprecated");
                    request = request.withNat(ipv4(value));
                } else if (word.equals("ipproto")) {
                    request = request.withIpProtocol(IpProtocols.number(args.value()));
                } else if (word.equals("sport") || word.equals("dport")) {
                    String value = args.value();
                    long[] range = range(value);
                    if (range == null) {
                        throw RouteSelector.invalid(value, word.equals("sport") ? "invalid port range\n" : "invalid dport range\n");
                    }
                    RulePortRange ports = new RulePortRange((int) (range[0] & 0xffff), (int) (range[range.length - 1] & 0xffff));
                    request = word.equals("sport") ? request.withSourcePorts(ports) : request.withDestinationPorts(ports);
                } else {
                    String type = word.equals("type") ? args.value() : word;
                    if (Args.matches(type, "help")) {
                        usage = true;
                        return true;
                    } else if (Args.matches(type, "goto")) {
                        request = request.withGoto(u32(args.value(), "invalid target\n"));
                    } else if (Args.matches(type, "nop")) {
                        request = request.withAction(RuleCodec.FR_ACT_NOP);
                    } else {
                        request = request.withAction(ruleType(type));
                    }
                }
            }
            return true;
        }
    }

    /** {@code from}/{@code to PREFIX} of the request's family: {@code all}/{@code any} name no prefix (ip sends an empty one). */
    private static RuleRequest prefix(RuleRequest request, boolean source, Prefix prefix) {
        if (prefix.length() < 0) {
            return request;
        }
        InetAddress address = Prefix.inet(prefix.family() == 0 ? new byte[AddressFamily.maxPrefixLength(request.family()) / 8]
                : prefix.address());
        return source ? request.withFrom(address, prefix.length()) : request.withTo(address, prefix.length());
    }

    /** {@code get_addr32}: an IPv4 address, else ip's error and exit status 1. */
    private static Inet4Address ipv4(String text) {
        try {
            Prefix prefix = text.contains("/") ? null : Prefix.parse(text, AddressFamily.AF_INET);
            if (prefix != null) {
                return (Inet4Address) Prefix.inet(prefix.address());
            }
        } catch (CommandFailure e) {
            // reported below, in ip's words
        }
        throw new CommandFailure("Error: an IP address is expected rather than \"" + text + "\"", 1);
    }

    /** {@code check_ifname}: 1 to 15 bytes, no {@code /} or white space; else ip's {@code invarg}. */
    private static String ifname(String name, String reason) {
        if (name.isEmpty() || name.getBytes(StandardCharsets.UTF_8).length > InterfaceNames.MAX_LENGTH
                || name.chars().anyMatch(c -> c == '/' || Character.isWhitespace(c))) {
            throw RouteSelector.invalid(name, reason);
        }
        return name;
    }

    /** A number of {@code table} by name or as {@code strtoul(.., 0)} reads it, up to {@code max}; else ip's invarg. */
    private static long named(NameTable table, String value, long max, String reason) {
        long number = table.parse(value, max);
        if (number < 0) {
            throw RouteSelector.invalid(value, reason);
        }
        return number;
    }

    /** {@code get_u32(.., 0)}. */
    private static long u32(String value, String reason) {
        return RouteSelector.parseNumber(value, U32_MAX, reason);
    }

    /** {@code get_u64(.., 0)}: the 64 bits of a number up to 2^64-1. */
    private static long u64(String value, String reason) {
        try {
            int radix = value.matches("0[xX][0-9a-fA-F]+") ? 16 : value.matches("0[0-7]+") ? 8 : 10;
            String digits = radix == 16 ? value.substring(2) : value;
            if (digits.matches("[0-9a-fA-F]+")) {
                BigInteger number = new BigInteger(digits, radix);
                if (number.bitLength() <= Long.SIZE) {
                    return number.longValue();
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw RouteSelector.invalid(value, reason);
    }

    /** {@code get_s32(.., 0)}, as a long so that -1 tells a refused value (the caller wants 0 or more). */
    private static long signed(String value) {
        try {
            long number = Long.decode(value);
            return number <= Integer.MAX_VALUE ? number : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** {@code get_rt_realms_or_raw}: {@code [FROM/]TO} by name or number (0 to 255 each), else a raw u32. */
    private static int realms(String value) {
        int slash = value.indexOf('/');
        long from = slash < 0 ? 0 : NameTable.REALMS.parse(value.substring(0, slash), 0xff);
        String toText = value.substring(slash + 1);
        long to = toText.isEmpty() ? 0 : NameTable.REALMS.parse(toText, 0xff);
        if (from >= 0 && to >= 0) {
            return (int) (from << Short.SIZE | to);
        }
        return (int) RouteSelector.parseNumber(value, U32_MAX, "invalid realms\n");
    }

    /** {@code sscanf(value, "%u-%u")}: one or two numbers (each mod 2^32), or null when none. */
    private static long[] range(String value) {
        Matcher m = RANGE.matcher(value);
        if (!m.lookingAt()) {
            return null;
        }
        long first = new BigInteger(m.group(1)).longValue() & U32_MAX;
        return m.group(2) == null ? new long[] {first}
            : new long[] {first, new BigInteger(m.group(2)).longValue() & U32_MAX};
    }

    /** {@code rtnl_rtntype_a2n}: a route type as the rule's action; else ip's invarg. */
    private static int ruleType(String word) {
        int type = RouteFormatter.typeNumber(word);
        if (type < 0) {
            throw RouteSelector.invalid(word, "Failed to parse rule type");
        }
        return type;
    }

    /** What {@code ip rule list|flush} selects, read as ip reads it; unset fields select everything. */
    private static final class Selector {
        private Long priority;
        private boolean not;
        private Integer tos;
        private long fwmark;
        private long fwmask;
        private String iif;
        private String oif;
        private boolean l3mdev;
        private UidRange uids;
        private long tunnelId;
        private long table;
        private Prefix source;
        private Prefix destination;
        private int protocol;
        private int protocolMask;
        private int ipProto;
        private RulePortRange sport;
        private RulePortRange dport;

        static Selector parse(Args args, int family) {
            Selector s = new Selector();
            while (args.hasNext()) {
                String word = args.next();
                if (Args.matches(word, "preference") || Args.matches(word, "order") || Args.matches(word, "priority")) {
                    s.priority = u32(args.value(), "preference value is invalid\n");
                } else if (word.equals("not")) {
                    s.not = true;
                } else if (word.equals("tos") || word.equals("dsfield")) {
                    s.tos = RouteSelector.dsfield(args.value(), "TOS value is invalid\n");
                } else if (word.equals("fwmark")) {
                    String[] parts = args.value().split("/", 2);
                    s.fwmark = u32(parts[0], "fwmark value is invalid\n");
                    if (parts.length > 1) {
                        s.fwmask = u32(parts[1], "fwmask value is invalid\n");
                    }
                } else if (word.equals("dev") || word.equals("iif")) {
                    s.iif = ifname(args.value(), "\"iif\"/\"dev\" not a valid ifname");
                } else if (word.equals("oif")) {
                    s.oif = ifname(args.value(), "\"oif\" not a valid ifname");
                } else if (word.equals("l3mdev")) {
                    s.l3mdev = true;
                } else if (word.equals("uidrange")) {
                    String value = args.value();
                    long[] range = range(value);
                    if (range == null || range.length < 2) {
                        throw RouteSelector.invalid(value, "invalid UID range\n");
                    }
                    s.uids = new UidRange(range[0], range[1]);
                } else if (Args.matches(word, "tun_id")) {
                    s.tunnelId = u64(args.value(), "\"tun_id\" value is invalid\n");
                } else if (Args.matches(word, "lookup") || Args.matches(word, "table")) {
                    s.table = named(NameTable.TABLES, args.value(), U32_MAX, "table id value is invalid\n");
                } else if (Args.matches(word, "from") || Args.matches(word, "src")) {
                    s.source = Prefix.parse(args.value(), family);
                } else if (Args.matches(word, "protocol")) {
                    String value = args.value();
                    long number = NameTable.PROTOCOLS.parse(value, 0xff);
                    if (number < 0 && !value.equals("all")) {
                        throw RouteSelector.invalid(value, "invalid \"protocol\"\n");
                    }
                    s.protocol = (int) Math.max(number, 0);
                    s.protocolMask = number < 0 ? 0 : -1;
                } else if (word.equals("ipproto")) {
                    s.ipProto = IpProtocols.number(args.value());
                } else if (word.equals("sport") || word.equals("dport")) {
                    String value = args.value();
                    long[] range = range(value);
                    if (range == null) {
                        throw RouteSelector.invalid(value, word.equals("sport") ? "invalid port range\n"
                                : "invalid dport range\n");
                    }
                    RulePortRange ports = new RulePortRange((int) (range[0] & 0xffff),
                            (int) (range[range.length - 1] & 0xffff));
                    if (word.equals("sport")) {
                        s.sport = ports;
                    } else {
                        s.dport = ports;
                    }
                } else {
                    String value = Args.matches(word, "dst") || Args.matches(word, "to") ? args.value() : word;
                    s.destination = Prefix.parse(value, family);
                }
            }
            return s;
        }

        /** ip's {@code filter_nlmsg}, test for test. */
        boolean accepts(Rule r) {
            return (priority == null || priority == r.priority())
                    && (!not || r.isInverted())
                    && prefixAccepts(source, r, r.srcLength(), r.get(RuleAttributes.SRC))
                    && prefixAccepts(destination, r, r.dstLength(), r.get(RuleAttributes.DST))
                    && (tos == null || tos == r.tos())
                    && (fwmark == 0 || fwmark == orZero(r.get(RuleAttributes.FWMARK)))
                    && (fwmask == 0 || fwmask == orZero(r.get(RuleAttributes.FWMASK)))
                    && (iif == null || iif.equals(r.get(RuleAttributes.IIFNAME)))
                    && (oif == null || oif.equals(r.get(RuleAttributes.OIFNAME)))
                    && (!l3mdev || Boolean.TRUE.equals(r.get(RuleAttributes.L3MDEV)))
                    && (uids == null || uids.equals(r.get(RuleAttributes.UID_RANGE)))
                    && (ipProto == 0 || ipProto == r.getInt(RuleAttributes.IP_PROTO, 0))
                    && (sport == null || sport.start() == 0 || sport.equals(r.get(RuleAttributes.SPORT_RANGE)))
                    && (dport == null || dport.start() == 0 || dport.equals(r.get(RuleAttributes.DPORT_RANGE)))
                    && (tunnelId == 0 || Long.valueOf(tunnelId).equals(r.get(RuleAttributes.TUN_ID)))
                    && (table == 0 || table == r.table());
        }

        /** What {@code ip rule flush protocol P} adds to the selector (list ignores it, as ip does). */
        boolean protocolAccepts(Rule r) {
            Integer proto = r.get(RuleAttributes.PROTOCOL);
            return proto == null || ((protocol ^ proto) & protocolMask) == 0;
        }

        private static long orZero(Long value) {
            return value == null ? 0 : value;
        }

        /** The prefix's family is the rule's, no longer than its, and its bits match the rule's address (if any). */
        private static boolean prefixAccepts(Prefix prefix, Rule r, int length, InetAddress address) {
            if (prefix == null) {
                return true;
            }
            int bits = Math.max(prefix.length(), 0);
            return prefix.family() == r.family() && bits <= length
                    && (address == null || bits == 0 || prefix.sharesBits(address, bits));
        }
    }
}
