package io.jnetlink.examples.ip.link;

import static io.jnetlink.examples.ip.link.LinkWords.inet;
import static io.jnetlink.examples.ip.link.LinkWords.invalidArgument;
import static io.jnetlink.examples.ip.link.LinkWords.parseC;
import static io.jnetlink.examples.ip.link.LinkWords.prefixed;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.PortRange;
import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.ip.RouteSelector;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.link.LinkData;
import io.jnetlink.vxlan.VxlanAttributes;
import io.jnetlink.vxlan.VxlanData;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code type vxlan OPTIONS}: the IFLA_VXLAN_* attributes, each as ip 6.1 encodes it. Most options
 * go into the request where they stand on the command line; the VNI, the local address, the
 * remote, learning and the destination port follow them, in that order, as ip appends them last.
 */
final class VxlanKindOptions implements KindOptions {
    /** The options by ip's order of matching: an abbreviation is the first of these it starts. */
    private static final List<String> OPTIONS = List.of("id", "vni", "group", "remote", "local", "dev", "ttl",
            "hoplimit", "tos", "dsfield", "df", "label", "flowlabel", "ageing", "maxaddress", "port", "srcport",
            "dstport", "nolearning", "learning", "noproxy", "proxy", "norsc", "rsc", "nol2miss", "l2miss", "nol3miss",
            "l3miss", "udpcsum", "noudpcsum", "udp6zerocsumtx", "noudp6zerocsumtx", "udp6zerocsumrx",
            "noudp6zerocsumrx", "remcsumtx", "noremcsumtx", "remcsumrx", "noremcsumrx", "external", "noexternal",
            "gbp", "gpe");
    /** The on/off options, each a u8 of its row ({@code no} prefix: 0). */
    private static final Map<String, Attribute<Boolean>> SWITCHES = Map.of("proxy", VxlanAttributes.PROXY,
            "rsc", VxlanAttributes.RSC, "l2miss", VxlanAttributes.L2MISS, "l3miss", VxlanAttributes.L3MISS,
            "udpcsum", VxlanAttributes.UDP_CSUM, "udp6zerocsumtx", VxlanAttributes.UDP_ZERO_CSUM6_TX,
            "udp6zerocsumrx", VxlanAttributes.UDP_ZERO_CSUM6_RX, "remcsumtx", VxlanAttributes.REMCSUM_TX,
            "remcsumrx", VxlanAttributes.REMCSUM_RX);
    /** The IANA port of VXLAN-GPE, which ip asks for when {@code gpe} comes without {@code dstport}. */
    private static final int GPE_PORT = 4790;

    @Override
    public LinkData parse(KindContext context, String kind, Args args) {
        VxlanData data = VxlanData.of();
        Set<String> given = new HashSet<>();
        Integer id = null;
        InetAddress local = null;
        InetAddress remote = null;
        boolean learning = true;
        boolean metadata = false;
        boolean vnifilter = false;
        int port = 0;
        boolean any = args.hasNext();
        while (args.hasNext()) {
            String word = args.next();
            String option = word.equals("vnifilter") || word.equals("novnifilter") ? word
                    : prefixed(word, OPTIONS.toArray(String[]::new));
            switch (option) {
                case "id", "vni" -> {
                    String value = once(args, given, "id", "id");
                    long vni = parseC(value, 0xffffffffL);
                    if (vni < 0 || vni > VxlanData.MAX_VNI) {
                        throw invalidArgument(value, "invalid id");
                    }
                    id = (int) vni;
                }
                case "group", "remote" -> {
                    boolean group = option.equals("group");
                    if (remote != null && remote.isMulticastAddress() != group) {
                        throw new CommandFailure("vxlan: both group and remote cannot be specified", 1);
                    }
                    String value = once(args, given, "group", option);
                    remote = address(value, local, group ? "invalid group address" : "invalid remote address");
                    if (remote.isMulticastAddress() != group) {
                        throw invalidArgument(value, group ? "invalid group address" : "invalid remote address");
                    }
                }
                case "local" -> {
                    String value = once(args, given, "local", "local");
                    local = address(value, remote, "invalid local address");
                    if (local.isMulticastAddress()) {
                        throw invalidArgument(value, "invalid local address");
                    }
                }
                case "dev" -> {
                    String value = once(args, given, "dev", "dev");
                    Optional<Link> link = context.session().rtnl().links().find(value);
                    if (link.isEmpty()) {
                        throw new CommandFailure("Cannot find device \"" + value + "\"", 255);
                    }
                    data = data.with(VxlanAttributes.LINK, link.get().ifindex());
                }
                case "ttl", "hoplimit" -> {
                    String value = once(args, given, "ttl", "ttl");
                    if (value.equals("inherit")) {
                        data = data.with(VxlanAttributes.TTL_INHERIT, true);
                    } else {
                        long ttl = value.equals("auto") ? 0 : parseC(value, 0xffffffffL);
                        if (ttl < 0) {
                            throw invalidArgument(value, "invalid TTL");
                        }
                        if (ttl > 255) {
                            throw invalidArgument(value, "TTL must be <= 255");
                        }
                        data = data.with(VxlanAttributes.TTL, (int) ttl);
                    }
                }
                case "tos", "dsfield" -> {
                    String value = once(args, given, "tos", "tos");
                    data = data.with(VxlanAttributes.TOS,
                            value.equals("inherit") ? 1 : RouteSelector.dsfield(value, "bad TOS value"));
                }
                case "df" -> {
                    String value = once(args, given, "df", "df");
                    int df = switch (value) {
                        case "unset" -> VxlanData.VXLAN_DF_UNSET;
                        case "set" -> VxlanData.VXLAN_DF_SET;
                        case "inherit" -> VxlanData.VXLAN_DF_INHERIT;
                        default -> throw invalidArgument(value, "DF must be 'unset', 'set' or 'inherit'");
                    };
                    data = data.with(VxlanAttributes.DF, df);
                }
                case "label", "flowlabel" -> {
                    String value = once(args, given, "flowlabel", "flowlabel");
                    long label = parseC(value, 0xffffffffL);
                    if (label < 0 || label > VxlanData.MAX_LABEL) {
                        throw invalidArgument(value, "invalid flowlabel");
                    }
                    data = data.with(VxlanAttributes.LABEL, label);
                }
                case "ageing" -> {
                    String value = once(args, given, "ageing", "ageing");
                    data = data.with(VxlanAttributes.AGEING, value.equals("none") ? 0 : u32(value, "ageing timer"));
                }
                case "maxaddress" -> {
                    String value = once(args, given, "maxaddress", "maxaddress");
                    data = data.with(VxlanAttributes.LIMIT,
                            value.equals("unlimited") ? 0 : u32(value, "max addresses"));
                }
                case "port", "srcport" -> {
                    String low = once(args, given, "srcport", "srcport");
                    long min = parseC(low, 0xffff);
                    if (min < 0) {
                        throw invalidArgument(low, "min port");
                    }
                    String high = args.value();
                    long max = parseC(high, 0xffff);
                    if (max < 0) {
                        throw invalidArgument(high, "max port");
                    }
                    // ip sends no range when both ends are 0.
                    if (min != 0 || max != 0) {
                        data = data.with(VxlanAttributes.PORT_RANGE, new PortRange((int) min, (int) max));
                    }
                }
                case "dstport" -> {
                    String value = once(args, given, "dstport", "dstport");
                    long dstport = parseC(value, 0xffff);
                    if (dstport < 0) {
                        throw invalidArgument(value, "dst port");
                    }
                    port = (int) dstport;
                }
                case "learning", "nolearning" -> {
                    flag(given, "learning", word);
                    learning = option.equals("learning");
                }
                case "external", "noexternal" -> {
                    flag(given, "external", word);
                    metadata = option.equals("external");
                    if (metadata) {
                        learning = false;
                    }
                    data = data.with(VxlanAttributes.COLLECT_METADATA, metadata);
                }
                case "gbp", "gpe" -> {
                    flag(given, option, word);
                    data = data.with(option.equals("gbp") ? VxlanAttributes.GBP : VxlanAttributes.GPE, true);
                }
                case "vnifilter", "novnifilter" -> {
                    flag(given, "vnifilter", word);
                    vnifilter = option.equals("vnifilter");
                    data = data.with(VxlanAttributes.VNIFILTER, vnifilter);
                }
                default -> {
                    boolean off = option.startsWith("no");
                    Attribute<Boolean> row = SWITCHES.get(off ? option.substring(2) : option);
                    if (row == null && Args.matches(word, "help")) {
                        throw new CommandFailure(usage(kind).strip(), 1);
                    }
                    if (row == null) {
                        throw new CommandFailure("vxlan: unknown command \"" + word + "\"?\n" + usage(kind).strip(), 1);
                    }
                    flag(given, row.name(), word);
                    data = data.with(row, !off);
                }
            }
        }
        if (!any) {
            return data;
        }
        boolean add = context.creating();
        if (!metadata && vnifilter) {
            throw new CommandFailure("vxlan: vnifilter is valid only when 'external' is set", 1);
        }
        if (metadata && id != null) {
            throw new CommandFailure("vxlan: both 'external' and vni cannot be specified", 1);
        }
        if (!metadata && !vnifilter && id == null && add) {
            throw new CommandFailure("vxlan: missing virtual network identifier", 1);
        }
        if (remote != null && remote.isMulticastAddress() && !given.contains("dev")) {
            throw new CommandFailure("vxlan: 'group' requires 'dev' to be specified", 1);
        }
        if (!given.contains("dstport") && given.contains("gpe")) {
            port = GPE_PORT;
        } else if (!given.contains("dstport") && add) {
            context.err().print("vxlan: destination port not specified\n"
                    + "Will use Linux kernel default (non-standard value)\n"
                    + "Use 'dstport 4789' to get the IANA assigned value\n"
                    + "Use 'dstport 0' to get default and quiet this message\n");
        }
        if (id != null) {
            data = data.with(VxlanAttributes.ID, id);
        }
        if (local != null) {
            data = data.with(local instanceof Inet4Address ? VxlanAttributes.LOCAL : VxlanAttributes.LOCAL6, local);
        }
        if (remote != null) {
            data = data.with(remote instanceof Inet4Address ? VxlanAttributes.GROUP : VxlanAttributes.GROUP6, remote);
        } else if (local == null && context.family() != 0) {
            // As ip: -4 or -6 without an address asks for the family's unspecified remote.
            boolean v6 = context.family() == AddressFamily.AF_INET6;
            data = data.with(v6 ? VxlanAttributes.GROUP6 : VxlanAttributes.GROUP, unspecified(v6));
        }
        // A change sends learning only when given; a new link always has it.
        if (add || given.contains("learning")) {
            data = data.with(VxlanAttributes.LEARNING, learning);
        }
        if (port != 0) {
            data = data.with(VxlanAttributes.PORT, port);
        }
        return data;
    }

    /** The value of an option ip takes once, else ip's duplicate failure naming {@code key}. */
    private static String once(Args args, Set<String> given, String slot, String key) {
        String value = args.value();
        if (!given.add(slot)) {
            throw new CommandFailure("Error: either \"" + key + "\" is duplicate, or \"" + value + "\" is a garbage.", 255);
        }
        return value;
    }

    /** A valueless option ip takes once (with or without its {@code no}). */
    private static void flag(Set<String> given, String slot, String word) {
        if (!given.add(slot)) {
            throw new CommandFailure("Error: either \"" + word + "\" is duplicate, or \"" + word + "\" is a garbage.", 255);
        }
    }

    private static long u32(String value, String reason) {
        long number = parseC(value, 0xffffffffL);
        if (number < 0) {
            throw invalidArgument(value, reason);
        }
        return number;
    }

    /**
     * An address of {@code other}'s family: {@code any}/{@code all} name no address ip can check
     * without a family, and with one ip sends it empty, which jnl does not.
     */
    private static InetAddress address(String value, InetAddress other, String reason) {
        if (value.equals("any") || value.equals("all")) {
            if (other == null) {
                throw invalidArgument(value, reason);
            }
            throw new CommandFailure("vxlan: jnl does not send \"" + value
                    + "\" as an empty address (the kernel refuses it); give 0.0.0.0 or :: instead", 1);
        }
        InetAddress address = inet(value, other);
        if (address == null) {
            throw invalidArgument(value, reason);
        }
        return address;
    }

    private static InetAddress unspecified(boolean v6) {
        try {
            return InetAddress.getByAddress(new byte[v6 ? 16 : 4]);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String usage(String kind) {
        return """
                Usage: ip link { add | set } NAME type vxlan { id VNI | external [ vnifilter ] } [ VXLANOPTION ]...
                VXLANOPTION := { remote ADDR | group MCAST_ADDR | local ADDR | dev DEV
                               | ttl { 0..255 | auto | inherit } | tos { TOS_HEX | inherit }
                               | df { unset | set | inherit } | flowlabel 0..1048575
                               | dstport PORT | srcport LOW HIGH | ageing { SECONDS | none }
                               | maxaddress { COUNT | unlimited }
                               | [no]learning | [no]proxy | [no]rsc | [no]l2miss | [no]l3miss
                               | [no]udpcsum | [no]udp6zerocsumtx | [no]udp6zerocsumrx
                               | [no]remcsumtx | [no]remcsumrx | [no]external | [no]vnifilter | gbp | gpe }
                VNI is 24 bits; "group" needs "dev"; "gpe" alone uses destination port 4790;
                a link that is changed gets only the options given.
                """;
    }
}
