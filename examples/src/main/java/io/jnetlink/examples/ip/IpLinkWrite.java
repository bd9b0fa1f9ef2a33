package io.jnetlink.examples.ip;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.netns.NetNs;
import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.route.link.BridgeAttributes;
import io.jnetlink.route.link.BridgeData;
import io.jnetlink.route.link.BridgePortAttributes;
import io.jnetlink.route.link.BridgePortData;
import io.jnetlink.route.link.DummyData;
import io.jnetlink.route.link.IfInfoMsg;
import io.jnetlink.route.link.IfbData;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.link.LinkAttributes;
import io.jnetlink.route.link.LinkData;
import io.jnetlink.route.link.LinkRequest;
import io.jnetlink.route.link.MacvlanAttributes;
import io.jnetlink.route.link.MacvlanData;
import io.jnetlink.route.link.RawLinkData;
import io.jnetlink.route.link.VethData;
import io.jnetlink.vxlan.VxlanAttributes;
import io.jnetlink.vxlan.VxlanData;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * {@code ip link add}, {@code ip link set} and {@code ip link delete}: the command line is read
 * left to right and each option becomes one change of a {@link LinkRequest}, in the order ip
 * appends its attribute, so the request sent matches ip's byte for byte (but for namespace file
 * descriptor numbers). Refusals print as ip prints them, with ip's exit status.
 */
final class IpLinkWrite {
    /** The verb: what the request does. */
    enum Verb { ADD, SET, DELETE }

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}");

    /** The options {@link #keyword} names besides {@code name}, {@code netns} and {@code dev}. */
    private static final Set<String> LINK_OPTIONS = Set.of("up", "down", "mtu", "multicast", "allmulticast", "promisc",
            "arp", "group", "qlen", "brd", "txqueuelen", "link", "address", "broadcast", "master", "nomaster", "type",
            "alias", "numtxqueues", "numrxqueues", "carrier", "protodown", "protodown_reason", "gso_max_size",
            "gso_max_segs", "gro_max_size", "addrgenmode", "vf", "xdp", "xdpgeneric", "xdpdrv", "xdpoffload");

    private final Invocation invocation;
    private final Verb verb;

    IpLinkWrite(Invocation invocation, Verb verb) {
        this.invocation = invocation;
        this.verb = verb;
    }

    /**
     * {@code ip link property add|del dev DEV altname NAME...}: one {@code RTM_NEWLINKPROP} or
     * {@code RTM_DELLINKPROP} with every name given.
     */
    static int property(Invocation invocation, Args args) {
        if (!args.hasNext()) {
            throw new CommandFailure("Usage: ip link property add|del dev DEV altname NAME ...", 255);
        }
        String action = args.next();
        boolean add = action.equals("add");
        if (!add && !action.equals("del")) {
            throw new CommandFailure("Operator required", 255);
        }
        String dev = null;
        List<String> names = new ArrayList<>();
        while (args.hasNext()) {
            String word = args.next();
            if (word.equals("altname")) {
                String name = args.value();
                // As ip: no '/' nor white space; the kernel judges the length.
                if (name.isEmpty() || name.contains("/") || name.chars().anyMatch(Character::isWhitespace)) {
                    throw invalidArgument(name, "not a valid altname");
                }
                names.add(name);
            } else {
                String value = word.equals("dev") ? args.value() : word;
                if (dev != null) {
                    throw new CommandFailure("Error: either \"dev\" is duplicate, or \"" + value + "\" is a garbage.", 255);
                }
                dev = value;
            }
        }
        if (dev == null) {
            throw new CommandFailure("Not enough of information: \"dev\" argument is required.", 255);
        }
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            var links = session.rtnl().links();
            String name = dev;
            int ifindex = links.find(name).map(Link::ifindex)
                    .orElseThrow(() -> new CommandFailure("Cannot find device \"" + name + "\"", 1));
            if (add) {
                links.addAltNames(ifindex, names);
            } else {
                links.deleteAltNames(ifindex, names);
            }
            return 0;
        }
    }

    int run(Args args) {
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            Parsed parsed = new Parsed();
            try {
                parse(session, args, parsed);
                return send(session, parsed);
            } finally {
                // Namespaces named by netns stay open until the request is sent.
                for (NetNs netns : parsed.namespaces) {
                    netns.close();
                }
            }
        }
    }

    /** What the command line says, each change kept in its place. */
    private static final class Parsed {
        String dev;
        String bareDev;
        MacAddress address;
        String name;
        String lowerDevice;
        LinkData data;
        /** {@code type bridge_slave ...}: the port options, sent as slave data. */
        BridgePortData portData;
        boolean group;
        int groupNumber;
        final List<UnaryOperator<LinkRequest>> changes = new ArrayList<>();
        final List<NetNs> namespaces = new ArrayList<>();
        final List<String> seen = new ArrayList<>();

        void once(String option, String value) {
            if (seen.contains(option)) {
                throw new CommandFailure("Error: duplicate \"" + option + "\": \"" + value + "\" is the second value.", 255);
            }
            seen.add(option);
        }
    }

    private void parse(NamespaceSession session, Args args, Parsed p) {
        while (args.hasNext()) {
            String word = keyword(args.next());
            switch (word) {
                case "up", "down" -> {
                    boolean up = word.equals("up");
                    p.changes.add(r -> r.withFlag(IfInfoMsg.IFF_UP, up));
                }
                case "name" -> {
                    String value = args.value();
                    p.once("name", value);
                    if (!validName(value)) {
                        throw invalidArgument(value, "\"name\" not a valid ifname");
                    }
                    p.name = value;
                    if (p.dev == null) {
                        p.dev = value;
                    }
                }
                case "link" -> {
                    p.lowerDevice = args.value(); // ip takes the last one given
                }
                case "mtu" -> {
                    String value = args.value();
                    p.once("mtu", value);
                    int mtu = signed(value, "Invalid \"mtu\" value\n");
                    p.changes.add(r -> r.with(LinkAttributes.MTU, mtu));
                }
                case "txqueuelen", "qlen", "txqlen" -> {
                    String value = args.value();
                    p.once("txqueuelen", value);
                    int length = signed(value, "Invalid \"txqueuelen\" value\n");
                    p.changes.add(r -> r.with(LinkAttributes.TXQLEN, length));
                }
                case "address", "broadcast", "brd" -> {
                    String value = args.value();
                    boolean broadcast = !word.equals("address");
                    p.once(broadcast ? "broadcast" : "address", value);
                    MacAddress address = lladdr(value);
                    if (!broadcast) {
                        p.address = address;
                    }
                    p.changes.add(r -> r.with(broadcast ? LinkAttributes.BROADCAST : LinkAttributes.ADDRESS, address));
                }
                case "numtxqueues", "numrxqueues" -> {
                    String value = args.value();
                    p.once(word, value);
                    int queues = signed(value, "Invalid \"" + word + "\" value\n");
                    p.changes.add(r -> r.with(word.equals("numtxqueues") ? LinkAttributes.NUM_TX_QUEUES
                            : LinkAttributes.NUM_RX_QUEUES, queues));
                }
                case "group" -> {
                    String value = args.value();
                    p.once("group", value);
                    p.group = true;
                    int group = value.equals("default") ? 0 : unsigned(value, "Invalid \"group\" value\n");
                    p.groupNumber = group;
                    p.changes.add(r -> r.with(LinkAttributes.GROUP, group));
                }
                case "alias" -> {
                    String value = args.value(); // given twice, the kernel keeps the last
                    if (value.getBytes(StandardCharsets.UTF_8).length >= 256) {
                        throw invalidArgument(value, "alias too long\n");
                    }
                    p.changes.add(r -> r.with(LinkAttributes.IFALIAS, value));
                }
                case "master" -> {
                    String value = args.value();
                    int master = session.rtnl().links().find(value).map(Link::ifindex)
                            .orElseThrow(() -> invalidArgument(value, "Device does not exist\n"));
                    p.changes.add(r -> r.with(LinkAttributes.MASTER, master));
                }
                case "nomaster" -> p.changes.add(r -> r.with(LinkAttributes.MASTER, 0));
                case "netns" -> {
                    String value = args.value();
                    p.once("netns", value);
                    NetNs target = openNamespace(value);
                    if (target != null) {
                        p.namespaces.add(target);
                        p.changes.add(r -> r.with(LinkAttributes.NET_NS_FD, target.fd()));
                    } else {
                        // As ip: not a name in the namespace directory, so the namespace of a process.
                        int pid = signed(value, "Invalid \"netns\" value\n");
                        p.changes.add(r -> r.with(LinkAttributes.NET_NS_PID, pid));
                    }
                }
                case "arp", "multicast", "promisc", "allmulticast" -> {
                    boolean on = onOff(word, args.value());
                    int flag = switch (word) {
                        case "arp" -> IfInfoMsg.IFF_NOARP;
                        case "multicast" -> IfInfoMsg.IFF_MULTICAST;
                        case "promisc" -> IfInfoMsg.IFF_PROMISC;
                        default -> IfInfoMsg.IFF_ALLMULTI;
                    };
                    // arp off sets IFF_NOARP.
                    boolean set = flag == IfInfoMsg.IFF_NOARP ? !on : on;
                    p.changes.add(r -> r.withFlag(flag, set));
                }
                case "carrier", "protodown" -> {
                    boolean on = onOffOneOf(word, args.value());
                    p.changes.add(word.equals("carrier") ? r -> r.withCarrier(on) : r -> r.withProtoDown(on));
                }
                case "protodown_reason" -> {
                    String value = args.value();
                    long reason = parseC(value, LinkRequest.MAX_PROTO_DOWN_REASON);
                    if (reason < 0) {
                        throw invalidArgument(value, "invalid protodown reason\n");
                    }
                    boolean on = onOff("protodown_reason", args.value());
                    p.changes.add(r -> r.withProtoDownReason((int) reason, on));
                }
                case "gso_max_size", "gso_max_segs", "gro_max_size" -> {
                    String value = args.value(); // given twice, the kernel keeps the last
                    int size = unsigned(value, "Invalid \"" + word + "\" value\n");
                    var attribute = switch (word) {
                        case "gso_max_size" -> LinkAttributes.GSO_MAX_SIZE;
                        case "gso_max_segs" -> LinkAttributes.GSO_MAX_SEGS;
                        default -> LinkAttributes.GRO_MAX_SIZE;
                    };
                    p.changes.add(r -> r.with(attribute, size));
                }
                case "addrgenmode" -> {
                    String value = args.value();
                    int mode = switch (value) {
                        case "eui64" -> LinkRequest.ADDR_GEN_MODE_EUI64;
                        case "none" -> LinkRequest.ADDR_GEN_MODE_NONE;
                        case "stable_secret" -> LinkRequest.ADDR_GEN_MODE_STABLE_PRIVACY;
                        case "random" -> LinkRequest.ADDR_GEN_MODE_RANDOM;
                        default -> throw invalidArgument(value, "Invalid address generation mode\n");
                    };
                    p.changes.add(r -> r.withAddrGenMode(mode));
                }
                case "vf" -> throw new CommandFailure("jnl: \"vf\" sets SR-IOV virtual functions, which jnl does not"
                        + " support: there is no SR-IOV hardware to check it against", 2);
                case "xdp", "xdpgeneric", "xdpdrv", "xdpoffload" -> throw new CommandFailure("jnl: \"" + word
                        + "\" attaches an XDP program, which jnl does not support: it has no BPF loader", 255);
                case "type" -> {
                    String kind = args.value();
                    checkNameAndDev(p.name, p.bareDev);
                    if (kind.equals("bridge_slave")) {
                        p.portData = bridgeSlave(session, args);
                    } else {
                        p.data = kindOptions(session, kind, args, p);
                    }
                }
                default -> {
                    if (Args.matches(word, "help")) {
                        throw new CommandFailure("Usage: ip link add|set|delete ...; \"jnl ip --help\" lists the options.", 255);
                    }
                    String value = word.equals("dev") ? args.value() : word;
                    if (value.isEmpty() || value.contains("/") || value.chars().anyMatch(Character::isWhitespace)
                            || value.getBytes(StandardCharsets.UTF_8).length >= 128) {
                        throw invalidArgument(value, "\"dev\" not a valid ifname");
                    }
                    if (p.bareDev != null) {
                        throw new CommandFailure("Error: either \"dev\" is duplicate, or \"" + value + "\" is a garbage.", 255);
                    }
                    p.bareDev = value;
                    p.dev = value;
                }
            }
        }
        checkNameAndDev(p.name, p.bareDev);
    }

    /** A new link (or veth peer) is named once: by {@code name} or by a bare word, unless both say the same. */
    private void checkNameAndDev(String name, String dev) {
        if (verb == Verb.ADD && name != null && dev != null && !name.equals(dev)) {
            throw new CommandFailure("both \"name\" and \"dev\" cannot be used when creating devices.", 255);
        }
    }

    /**
     * The option {@code word} names: ip takes some options whole and others by any prefix, the
     * first one in its order winning ({@code m} is {@code master}, {@code a} is {@code address}).
     */
    private static String keyword(String word) {
        for (String whole : List.of("up", "down", "name", "mtu", "netns", "multicast", "allmulticast", "promisc", "arp",
                "group", "qlen", "brd", "dev", "carrier", "protodown", "protodown_reason", "gso_max_size",
                "gso_max_segs", "gro_max_size", "vf", "xdp", "xdpgeneric", "xdpdrv", "xdpoffload")) {
            if (word.equals(whole)) {
                return whole;
            }
        }
        if (Args.matches(word, "txqlen")) {
            return "txqueuelen";
        }
        for (String prefixed : List.of("link", "address", "broadcast", "txqueuelen", "master", "nomaster", "type",
                "alias", "numtxqueues", "numrxqueues", "addrgenmode")) {
            if (Args.matches(word, prefixed)) {
                return prefixed;
            }
        }
        return word;
    }

    /** The first of {@code options} that {@code word} abbreviates, as ip reads a kind's options; else {@code word}. */
    private static String prefixed(String word, String... options) {
        for (String option : options) {
            if (Args.matches(word, option)) {
                return option;
            }
        }
        return word;
    }

    private int send(NamespaceSession session, Parsed p) {
        var links = session.rtnl().links();
        if (p.group && p.dev == null) {
            if (verb == Verb.ADD) {
                throw new CommandFailure("group cannot be used when creating devices.", 255);
            }
            if (verb == Verb.DELETE) {
                links.deleteGroup(p.groupNumber);
                return 0;
            }
            if (verb == Verb.SET) {
                // As ip: no device but a group changes every link of the group (ifindex 0, IFLA_GROUP).
                LinkRequest request = LinkRequest.empty();
                for (UnaryOperator<LinkRequest> change : p.changes) {
                    request = change.apply(request);
                }
                links.change(request);
                return 0;
            }
        }
        if (verb != Verb.ADD) {
            if (p.dev == null) {
                throw new CommandFailure("Not enough information: \"dev\" argument is required.", 255);
            }
            Link link = links.find(p.dev)
                    .orElseThrow(() -> new CommandFailure("Cannot find device \"" + p.dev + "\"", 1));
            int ifindex = link.ifindex();
            if (p.address != null && link.address() != null && link.address().length() != p.address.length()) {
                throw new CommandFailure("Invalid address length " + p.address.length() + " - must be "
                        + link.address().length() + " bytes", 1);
            }
            if (verb == Verb.DELETE) {
                links.delete(ifindex);
                return 0;
            }
            LinkRequest request = LinkRequest.of(ifindex);
            for (UnaryOperator<LinkRequest> change : p.changes) {
                request = change.apply(request);
            }
            if (p.name != null && !p.name.equals(p.dev)) {
                request = request.withName(p.name);
            }
            if (p.data != null) {
                request = request.withData(p.data);
            }
            if (p.portData != null) {
                request = request.withSlaveData(p.portData);
            }
            links.change(request);
            return 0;
        }
        // type bridge_slave is sent as asked, as ip does: the kernel has no such kind to create.
        if (p.data == null && p.portData == null) {
            throw new CommandFailure("Not enough information: \"type\" argument is required", 1);
        }
        LinkRequest request = LinkRequest.empty();
        for (UnaryOperator<LinkRequest> change : p.changes) {
            request = change.apply(request);
        }
        if (p.lowerDevice != null) {
            String lower = p.lowerDevice;
            int ifindex = links.find(lower).map(Link::ifindex)
                    .orElseThrow(() -> new CommandFailure("Cannot find device \"" + lower + "\"", 1));
            request = request.with(LinkAttributes.LINK, ifindex);
        }
        String name = p.name != null ? p.name : p.dev;
        if (name != null) {
            // As ip: a bare name is not checked here; the kernel refuses one that is too long.
            request = request.with(LinkAttributes.IFNAME, name);
        }
        links.add(p.portData != null ? request.withSlaveData(p.portData) : request.withData(p.data));
        return 0;
    }

    // ---- kinds ----

    private LinkData kindOptions(NamespaceSession session, String kind, Args args, Parsed p) {
        return switch (kind) {
            case "bridge" -> bridge(args);
            case "veth" -> veth(args, p);
            case "vxlan" -> vxlan(session, args);
            case "macvlan", "macvtap" -> macvlan(kind, args);
            case "dummy" -> noOptions(DummyData.INSTANCE, args);
            case "ifb" -> noOptions(IfbData.INSTANCE, args);
            default -> noOptions(new RawLinkData(kind, new byte[0]), args);
        };
    }

    /** A kind ip has no parser for: ip ignores what follows (it sends an empty data nest, which this leaves out). */
    private static LinkData noOptions(LinkData data, Args args) {
        while (args.hasNext()) {
            args.next();
        }
        return data;
    }

    private static LinkData bridge(Args args) {
        BridgeData data = BridgeData.of();
        while (args.hasNext()) {
            String option = prefixed(args.next(), "forward_delay", "ageing_time", "stp_state", "vlan_filtering");
            switch (option) {
                case "stp_state" -> data = data.with(BridgeAttributes.STP_STATE, unsigned(args.value(), "invalid stp_state"));
                case "forward_delay" -> data = data.with(BridgeAttributes.FORWARD_DELAY,
                        unsigned(args.value(), "invalid forward_delay"));
                case "ageing_time" -> data = data.with(BridgeAttributes.AGEING_TIME,
                        unsigned(args.value(), "invalid ageing_time"));
                case "vlan_filtering" -> {
                    String value = args.value();
                    int on = unsignedBits(value, 8, "invalid vlan_filtering");
                    data = data.with(BridgeAttributes.VLAN_FILTERING, on != 0);
                }
                default -> throw new CommandFailure("bridge: option \"" + option
                        + "\" is not supported by jnl (stp_state, forward_delay, ageing_time, vlan_filtering)", 1);
            }
        }
        return data;
    }

    /** {@code bridge_slave OPTIONS}: the port options ip 6.1 knows, each as ip encodes it, in order. */
    private static BridgePortData bridgeSlave(NamespaceSession session, Args args) {
        BridgePortData data = BridgePortData.of();
        while (args.hasNext()) {
            String option = prefixed(args.next(), "fdb_flush", "state", "priority", "cost", "hairpin", "guard",
                    "root_block", "fastleave", "learning", "flood", "mcast_flood", "bcast_flood", "mcast_to_unicast",
                    "proxy_arp", "proxy_arp_wifi", "mcast_router", "mcast_fast_leave", "neigh_suppress",
                    "group_fwd_mask", "vlan_tunnel", "isolated", "locked", "backup_port", "nobackup_port");
            Attribute<Boolean> flag = switch (option) {
                case "hairpin" -> BridgePortAttributes.MODE;
                case "guard" -> BridgePortAttributes.GUARD;
                case "root_block" -> BridgePortAttributes.PROTECT;
                case "fastleave", "mcast_fast_leave" -> BridgePortAttributes.FAST_LEAVE;
                case "learning" -> BridgePortAttributes.LEARNING;
                case "flood" -> BridgePortAttributes.UNICAST_FLOOD;
                case "mcast_flood" -> BridgePortAttributes.MCAST_FLOOD;
                case "bcast_flood" -> BridgePortAttributes.BCAST_FLOOD;
                case "mcast_to_unicast" -> BridgePortAttributes.MCAST_TO_UCAST;
                case "proxy_arp" -> BridgePortAttributes.PROXYARP;
                case "proxy_arp_wifi" -> BridgePortAttributes.PROXYARP_WIFI;
                case "neigh_suppress" -> BridgePortAttributes.NEIGH_SUPPRESS;
                case "vlan_tunnel" -> BridgePortAttributes.VLAN_TUNNEL;
                case "isolated" -> BridgePortAttributes.ISOLATED;
                case "locked" -> BridgePortAttributes.LOCKED;
                default -> null;
            };
            if (flag != null) {
                data = data.with(flag, onOffOneOf(option, args.value(), 1));
                continue;
            }
            switch (option) {
                case "fdb_flush" -> data = data.with(BridgePortAttributes.FLUSH, true);
                case "state" -> {
                    data = data.with(BridgePortAttributes.STATE, unsignedBits(args.value(), 8, "state is invalid"));
                }
                case "priority" -> data = data.with(BridgePortAttributes.PRIORITY,
                        unsignedBits(args.value(), 16, "priority is invalid"));
                case "cost" -> data = data.with(BridgePortAttributes.COST, unsigned(args.value(), "cost is invalid"));
                case "mcast_router" -> data = data.with(BridgePortAttributes.MULTICAST_ROUTER,
                        unsignedBits(args.value(), 8, "invalid mcast_router"));
                case "group_fwd_mask" -> data = data.with(BridgePortAttributes.GROUP_FWD_MASK,
                        unsignedBits(args.value(), 16, "invalid group_fwd_mask"));
                case "backup_port" -> {
                    String value = args.value();
                    int ifindex = session.rtnl().links().find(value).map(Link::ifindex)
                            .orElseThrow(() -> invalidArgument(value, "Device does not exist\n"));
                    data = data.with(BridgePortAttributes.BACKUP_PORT, ifindex);
                }
                case "nobackup_port" -> data = data.with(BridgePortAttributes.BACKUP_PORT, 0);
                default -> throw new CommandFailure("bridge_slave: unknown option \"" + option + "\"?\n"
                        + "\"jnl ip --help\" lists the options (PORTOPTION).", 1);
            }
        }
        return data;
    }

    /** {@code veth [peer [name] NAME [netns NETNS]]}: the other end is named and placed as ip does. */
    private LinkData veth(Args args, Parsed p) {
        if (!args.hasNext()) {
            return VethData.of();
        }
        String word = args.next();
        if (!word.equals("peer")) {
            throw new CommandFailure("veth: jnl knows only \"peer [name] NAME [netns NETNS]\", not \"" + word + "\"", 1);
        }
        String named = null;
        String bareName = null;
        NetNs target = null;
        while (args.hasNext()) {
            String option = keyword(args.next());
            if (option.equals("name")) {
                String value = args.value();
                if (named != null) {
                    throw new CommandFailure("Error: duplicate \"name\": \"" + value + "\" is the second value.", 255);
                }
                if (!validName(value)) {
                    throw invalidArgument(value, "\"name\" not a valid ifname");
                }
                named = value;
            } else if (option.equals("netns")) {
                String value = args.value();
                if (target != null) {
                    throw new CommandFailure("Error: duplicate \"netns\": \"" + value + "\" is the second value.", 255);
                }
                target = openNamespace(value);
                if (target == null) {
                    throw invalidArgument(value, "Invalid \"netns\" value\n");
                }
                p.namespaces.add(target);
            } else if (LINK_OPTIONS.contains(option)) {
                throw new CommandFailure("veth: jnl sets only the peer's name and netns, not \"" + option + "\"", 1);
            } else {
                String value = option.equals("dev") ? args.value() : option;
                if (bareName != null) {
                    throw new CommandFailure("Error: either \"dev\" is duplicate, or \"" + value + "\" is a garbage.", 255);
                }
                bareName = value;
            }
        }
        checkNameAndDev(named, bareName);
        String peer = named != null ? named : bareName;
        return VethData.of(peer, target);
    }

    private static LinkData macvlan(String kind, Args args) {
        Integer mode = null;
        while (args.hasNext()) {
            String option = prefixed(args.next(), "mode");
            if (!option.equals("mode")) {
                throw new CommandFailure(kind + ": option \"" + option + "\" is not supported by jnl (mode)", 1);
            }
            String value = args.value();
            mode = switch (value) {
                case "private" -> MacvlanData.MACVLAN_MODE_PRIVATE;
                case "vepa" -> MacvlanData.MACVLAN_MODE_VEPA;
                case "bridge" -> MacvlanData.MACVLAN_MODE_BRIDGE;
                case "passthru" -> MacvlanData.MACVLAN_MODE_PASSTHRU;
                case "source" -> MacvlanData.MACVLAN_MODE_SOURCE;
                default -> throw new CommandFailure("Error: argument of \"mode\" must be \"private\", \"vepa\", \"bridge\", "
                        + "\"passthru\" or \"source\", not \"" + value + "\"", 1);
            };
        }
        MacvlanData data = new MacvlanData(kind, MacvlanAttributes.SET.empty());
        return mode == null ? data : data.with(MacvlanAttributes.MODE, mode);
    }

    private LinkData vxlan(NamespaceSession session, Args args) {
        VxlanData inline = VxlanData.of();
        Integer id = null;
        InetAddress local = null;
        InetAddress remote = null;
        Boolean learning = null;
        Integer port = null;
        boolean any = args.hasNext();
        while (args.hasNext()) {
            String option = prefixed(args.next(), "id", "vni", "remote", "local", "dev", "dstport", "nolearning",
                    "learning");
            switch (option) {
                case "id", "vni" -> {
                    String value = args.value();
                    long vni = parseC(value, 0xffffffffL);
                    if (vni < 0 || vni > VxlanData.MAX_VNI) {
                        throw invalidArgument(value, "invalid id");
                    }
                    id = (int) vni;
                }
                case "dstport" -> port = unsignedBits(args.value(), 16, "dstport");
                case "local" -> local = inet(args.value(), remote);
                case "remote" -> remote = inet(args.value(), local);
                case "dev" -> {
                    String value = args.value();
                    Optional<Link> link = session.rtnl().links().find(value);
                    if (link.isEmpty()) {
                        throw new CommandFailure("Cannot find device \"" + value + "\"", 255);
                    }
                    inline = inline.with(VxlanAttributes.LINK, link.get().ifindex());
                }
                case "learning" -> learning = true;
                case "nolearning" -> learning = false;
                default -> throw new CommandFailure("vxlan: option \"" + option
                        + "\" is not supported by jnl (id, dstport, local, remote, dev, [no]learning)", 1);
            }
        }
        if (!any) {
            return inline;
        }
        // A change (ip link set) sends only what the command line gives; a new link needs a VNI.
        boolean add = verb == Verb.ADD;
        if (id == null && add) {
            throw new CommandFailure("vxlan: missing virtual network identifier", 1);
        }
        if (port == null && add) {
            invocation.err().print("vxlan: destination port not specified\n"
                    + "Will use Linux kernel default (non-standard value)\n"
                    + "Use 'dstport 4789' to get the IANA assigned value\n"
                    + "Use 'dstport 0' to get default and quiet this message\n");
        }
        VxlanData data = id != null ? inline.with(VxlanAttributes.ID, id) : inline;
        if (local != null) {
            data = data.with(local instanceof Inet4Address ? VxlanAttributes.LOCAL : VxlanAttributes.LOCAL6, local);
        }
        if (remote != null) {
            data = data.with(remote instanceof Inet4Address ? VxlanAttributes.GROUP : VxlanAttributes.GROUP6, remote);
        }
        if (learning != null || add) {
            data = data.with(VxlanAttributes.LEARNING, learning == null || learning);
        }
        if (port != null && port != 0) {
            data = data.with(VxlanAttributes.PORT, port);
        }
        return data;
    }

    // ---- values ----

    private static InetAddress inet(String text, InetAddress other) {
        boolean v4 = IPV4.matcher(text).matches();
        boolean v6 = !v4 && text.contains(":") && text.matches("[0-9a-fA-F:.]+");
        if ((!v4 && !v6) || (other != null && (other instanceof Inet4Address) != v4)) {
            throw new CommandFailure("Error: inet address is expected rather than \"" + text + "\".", 1);
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new CommandFailure("Error: inet address is expected rather than \"" + text + "\".", 1);
        }
    }

    /** The namespace called {@code name} in the namespace directory, or null when it cannot be opened. */
    private NetNs openNamespace(String name) {
        if (name.isEmpty() || name.contains("/")) {
            return null;
        }
        try {
            return NetNs.open(invocation.netnsDir().resolve(name));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean onOff(String option, String value) {
        if (value.equals("on")) {
            return true;
        } else if (value.equals("off")) {
            return false;
        }
        throw new CommandFailure("Error: argument of \"" + option + "\" must be \"on\" or \"off\", not \"" + value + "\"", 1);
    }

    /** ip's other on/off reading ({@code carrier}, {@code protodown}): its own message and status. */
    private static boolean onOffOneOf(String option, String value) {
        return onOffOneOf(option, value, 22);
    }

    /** ip's other on/off reading, with the exit status of the place that reads it. */
    private static boolean onOffOneOf(String option, String value, int status) {
        if (value.equals("on")) {
            return true;
        } else if (value.equals("off")) {
            return false;
        }
        throw new CommandFailure("Error: argument of \"" + option + "\" must be one of \"off\", \"on\", not \""
                + value + "\"", status);
    }

    private static MacAddress lladdr(String text) {
        String[] parts = text.split(":", -1);
        byte[] bytes = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].matches("[0-9a-fA-F]{1,2}") || i >= LinkRequest.MAX_ADDR_LEN) {
                throw new CommandFailure("\"" + text + "\" is invalid lladdr.", 1);
            }
            bytes[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return MacAddress.of(bytes);
    }

    /** An interface name ip accepts ({@code check_ifname}): 1 to 15 bytes, no '/' or white space. */
    private static boolean validName(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0 || bytes.length >= 16) {
            return false;
        }
        for (byte b : bytes) {
            if (b == '/' || Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    private static CommandFailure invalidArgument(String value, String reason) {
        return new CommandFailure("Error: argument \"" + value + "\" is wrong: " + reason, 255);
    }

    /** A 32-bit unsigned number as C's {@code strtoul(text, 0)} reads it, whole; else ip's invalid-argument failure. */
    private static int unsigned(String text, String reason) {
        long value = parseC(text, 0xffffffffL);
        if (value < 0) {
            throw invalidArgument(text, reason);
        }
        return (int) value;
    }

    private static int unsignedBits(String text, int bits, String reason) {
        long value = parseC(text, (1L << bits) - 1);
        if (value < 0) {
            throw invalidArgument(text, reason);
        }
        return (int) value;
    }

    /** A C {@code int} as {@code strtol(text, 0)} reads it, whole; else ip's invalid-argument failure. */
    private static int signed(String text, String reason) {
        boolean negative = text.startsWith("-");
        long value = parseC(negative ? text.substring(1) : text, 1L << 31);
        if (value < 0 || (!negative && value > Integer.MAX_VALUE)) {
            throw invalidArgument(text, reason);
        }
        return (int) (negative ? -value : value);
    }

    /** {@code text}, digits only, in base 0 (decimal, 0x hex, 0 octal) up to {@code max}, or -1. */
    private static long parseC(String text, long max) {
        boolean hex = text.startsWith("0x") || text.startsWith("0X");
        String digits = hex ? text.substring(2) : text.length() > 1 && text.startsWith("0") ? text.substring(1) : text;
        if (digits.isEmpty() || !digits.chars().allMatch(c -> Character.digit(c, 16) >= 0) || digits.length() > 16) {
            return -1;
        }
        try {
            long value = Long.parseLong(digits, hex ? 16 : text.length() > 1 && text.startsWith("0") ? 8 : 10);
            return value > max ? -1 : value;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
