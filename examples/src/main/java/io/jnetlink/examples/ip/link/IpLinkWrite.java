package io.jnetlink.examples.ip.link;

import static io.jnetlink.examples.ip.link.LinkWords.atoi;
import static io.jnetlink.examples.ip.link.LinkWords.invalidArgument;
import static io.jnetlink.examples.ip.link.LinkWords.lladdr;
import static io.jnetlink.examples.ip.link.LinkWords.onOff;
import static io.jnetlink.examples.ip.link.LinkWords.onOffOneOf;
import static io.jnetlink.examples.ip.link.LinkWords.parseC;
import static io.jnetlink.examples.ip.link.LinkWords.signed;
import static io.jnetlink.examples.ip.link.LinkWords.unsigned;
import static io.jnetlink.examples.ip.link.LinkWords.validName;


import io.jnetlink.core.MacAddress;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.netns.NetNs;
import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.examples.ip.IpUsage;
import io.jnetlink.examples.ip.NamespaceSession;
import io.jnetlink.route.nsid.NamespaceId;
import io.jnetlink.route.nsid.NamespaceIdAttributes;
import io.jnetlink.route.link.IfInfoMsg;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.link.LinkAttributes;
import io.jnetlink.route.link.LinkData;
import io.jnetlink.route.link.LinkRequest;
import io.jnetlink.route.link.OperState;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * {@code ip link add}, {@code ip link set} and {@code ip link delete}: the command line is read
 * left to right and each option becomes one change of a {@link LinkRequest}, in the order ip
 * appends its attribute, so the request sent matches ip's byte for byte (but for namespace file
 * descriptor numbers). Refusals print as ip prints them, with ip's exit status.
 */
public final class IpLinkWrite {
    /** The verb: what the request does. */
    public enum Verb {
        ADD, SET, DELETE,
        /** {@code ip link replace}: create, or change the link of that name if it exists. */
        REPLACE;

        /** True for the verbs that read the command line as a new link's (ip's {@code NLM_F_CREATE}). */
        boolean creates() {
            return this == ADD || this == REPLACE;
        }
    }

    private final Invocation invocation;
    private final Verb verb;
    private final int family;
    private final boolean force;

    /**
     * A writer for {@code verb}, in the namespace {@code invocation} selects.
     *
     * @param family ip's {@code -4}/{@code -6}: {@code AF_INET}, {@code AF_INET6}, or 0 for none
     * @param force  ip's {@code -force} (an XDP detach then replaces whatever is attached)
     */
    public IpLinkWrite(Invocation invocation, Verb verb, int family, boolean force) {
        this.invocation = invocation;
        this.verb = verb;
        this.family = family;
        this.force = force;
    }

    /**
     * {@code ip link property add|del dev DEV altname NAME...}: one {@code RTM_NEWLINKPROP} or
     * {@code RTM_DELLINKPROP} with every name given.
     */
    public static int property(Invocation invocation, Args args) {
        String action = args.next();
        boolean add = Args.matches(action, "add");
        if (!add && !Args.matches(action, "del")) {
            if (action == null || Args.matches(action, "help")) {
                throw IpUsage.fail(IpUsage.LINK);
            }
            throw new CommandFailure("Operator required", 255);
        }
        String dev = null;
        List<String> names = new ArrayList<>();
        while (args.hasNext()) {
            String word = args.next();
            if (Args.matches(word, "altname")) {
                String name = args.value();
                // As ip: no '/' nor white space; the kernel judges the length.
                if (name.isEmpty() || name.contains("/") || name.chars().anyMatch(Character::isWhitespace)) {
                    throw invalidArgument(name, "not a valid altname");
                }
                names.add(name);
            } else if (Args.matches(word, "help")) {
                throw IpUsage.fail(IpUsage.LINK);
            } else {
                String value = word.equals("dev") ? args.value() : word;
                if (dev != null) {
                    throw garbage(value);
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
            int ifindex = KindContext.ifindex(links, name);
            if (ifindex == 0) {
                throw new CommandFailure("Cannot find device \"" + name + "\"", 1);
            }
            if (add) {
                links.addAltNames(ifindex, names);
            } else {
                links.deleteAltNames(ifindex, names);
            }
            return 0;
        }
    }

    /** Reads the command line after the verb, sends the request, and returns ip's exit status. */
    public int run(Args args) {
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            KindContext context = new KindContext(invocation, session, verb.creates(), family, force);
            try {
                Parsed parsed = new Parsed();
                parse(context, args, parsed);
                return send(session, parsed);
            } finally {
                // Namespaces named by netns stay open until the request is sent.
                context.closeNamespaces();
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
        /** {@code type bridge_slave|bond_slave ...}: the port options, sent as slave data. */
        LinkData portData;
        boolean group;
        int groupNumber;
        /** {@code index N}: the new link's index, or the index asked for in the namespace it moves to. */
        int index;
        boolean movesNetns;
        final List<UnaryOperator<LinkRequest>> changes = new ArrayList<>();
        final List<String> seen = new ArrayList<>();
        /** True when the options describe a veth's peer, which has no {@code type} of its own. */
        boolean peer;
        /** The {@code type} a peer's options gave, which ip refuses as a duplicate. */
        String peerType;

        void once(String option, String value) {
            if (seen.contains(option)) {
                throw duplicate(option, value);
            }
            seen.add(option);
        }
    }

    private static void parse(KindContext context, Args args, Parsed p) {
        while (args.hasNext() && p.peerType == null) {
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
                    int master = context.existingIfindex(args.value());
                    p.changes.add(r -> r.with(LinkAttributes.MASTER, master));
                }
                case "nomaster" -> p.changes.add(r -> r.with(LinkAttributes.MASTER, 0));
                case "netns" -> {
                    String value = args.value();
                    p.once("netns", value);
                    p.movesNetns = true;
                    NetNs target = context.openNamespace(value);
                    if (target != null) {
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
                case "index" -> {
                    String value = args.value();
                    if (p.index != 0) {
                        throw duplicate("index", value);
                    }
                    p.index = atoi(value);
                    if (p.index <= 0) {
                        throw invalidArgument(value, "Invalid \"index\" value");
                    }
                }
                case "trailers", "dynamic" -> {
                    boolean on = onOff(word, args.value());
                    // trailers off sets IFF_NOTRAILERS.
                    p.changes.add(word.equals("trailers") ? r -> r.withFlag(IfInfoMsg.IFF_NOTRAILERS, !on)
                            : r -> r.withFlag(IfInfoMsg.IFF_DYNAMIC, on));
                }
                case "vrf" -> {
                    String value = args.value();
                    int vrf = context.session().rtnl().links().find(value).filter(l -> "vrf".equals(l.kind()))
                            .map(Link::ifindex).orElseThrow(() -> invalidArgument(value, "Not a valid VRF name\n"));
                    p.changes.add(r -> r.with(LinkAttributes.MASTER, vrf));
                }
                case "mode" -> {
                    String value = args.value();
                    int mode = value.equalsIgnoreCase("default") ? 0 : value.equalsIgnoreCase("dormant") ? 1 : -1;
                    if (mode < 0) {
                        throw invalidArgument(value, "Invalid link mode\n");
                    }
                    p.changes.add(r -> r.with(LinkAttributes.LINKMODE, mode));
                }
                case "state" -> {
                    String value = args.value();
                    OperState state = Arrays.stream(OperState.values()).filter(s -> s.name().equalsIgnoreCase(value))
                            .findFirst().orElseThrow(() -> invalidArgument(value, "Invalid operstate\n"));
                    p.changes.add(r -> r.with(LinkAttributes.OPERSTATE, state.ordinal()));
                }
                case "link-netns", "link-netnsid" -> {
                    String value = args.value();
                    if (p.seen.contains("link-netns")) {
                        throw duplicate("link-netns/link-netnsid", value);
                    }
                    p.seen.add("link-netns");
                    int nsid = word.equals("link-netnsid") ? signed(value, "Invalid \"link-netnsid\" value\n")
                            : linkNetnsid(context, value);
                    p.changes.add(r -> r.with(LinkAttributes.LINK_NETNSID, nsid));
                }
                case "parentdev" -> {
                    String value = args.value();
                    p.changes.add(r -> r.with(LinkAttributes.PARENT_DEV_NAME, value));
                }
                case "vf" -> throw new CommandFailure("jnl: \"vf\" sets SR-IOV virtual functions, which jnl does not"
                        + " support: there is no SR-IOV hardware to check it against", 2);
                case "xdp", "xdpgeneric", "xdpdrv", "xdpoffload" -> xdp(context, word, args, p);
                case "type" -> {
                    String kind = args.value();
                    context.checkNameAndDev(p.name, p.bareDev);
                    if (!p.peer) {
                        context.changing(p.dev);
                    }
                    if (p.peer) {
                        // As ip: the peer's options end here; the duplicate is refused once they are read.
                        p.peerType = kind;
                    } else if (kind.equals("bridge_slave")) {
                        p.portData = BridgeSlaveOptions.parse(context, args);
                    } else if (kind.equals("bond_slave")) {
                        p.portData = LinkKindOptions.of(kind).parse(context, kind, args);
                    } else {
                        p.data = LinkKindOptions.of(kind).parse(context, kind, args);
                    }
                }
                default -> {
                    if (Args.matches(word, "help")) {
                        throw IpUsage.fail(IpUsage.LINK);
                    }
                    String value = word.equals("dev") ? args.value() : word;
                    if (value.isEmpty() || value.contains("/") || value.chars().anyMatch(Character::isWhitespace)
                            || value.getBytes(StandardCharsets.UTF_8).length >= 128) {
                        throw invalidArgument(value, "\"dev\" not a valid ifname");
                    }
                    if (p.bareDev != null) {
                        throw garbage(value);
                    }
                    p.bareDev = value;
                    p.dev = value;
                }
            }
        }
        context.checkNameAndDev(p.name, p.bareDev);
        if (p.index != 0 && !context.creating() && !p.movesNetns) {
            throw new CommandFailure("index can be used only when creating devices or when moving device to another"
                    + " netns.", 255);
        }
    }

    /**
     * {@code xdp|xdpgeneric|xdpdrv|xdpoffload off|none} as the last words: detach the program, as
     * ip does without a BPF loader ({@code IFLA_XDP_FD} -1); anything else would load a program.
     */
    private static void xdp(KindContext context, String word, Args args, Parsed p) {
        String value = args.value();
        if (word.equals("xdpoffload")) {
            // As ip: the device must be known by now.
            if (p.dev == null || KindContext.ifindex(context.session().rtnl().links(), p.dev) == 0) {
                throw new CommandFailure("Command line is not complete. Try option \"help\"", 255);
            }
        }
        if (args.hasNext() || !(value.equals("off") || value.equals("none"))) {
            throw new CommandFailure("jnl: \"" + word + "\" attaches an XDP program, which jnl does not support: it has"
                    + " no BPF loader (only \"" + word + " off\" as the last option, which detaches one)", 255);
        }
        int flags = (context.force() ? 0 : LinkRequest.XDP_FLAGS_UPDATE_IF_NOEXIST) | switch (word) {
            case "xdpgeneric" -> LinkRequest.XDP_FLAGS_SKB_MODE;
            case "xdpdrv" -> LinkRequest.XDP_FLAGS_DRV_MODE;
            case "xdpoffload" -> LinkRequest.XDP_FLAGS_HW_MODE;
            default -> 0;
        };
        p.changes.add(r -> r.withXdpDetached(flags));
    }

    /**
     * The id this namespace has for the namespace {@code name} names ({@code link-netns}), asking
     * the kernel to assign one when it has none, as ip does.
     */
    private static int linkNetnsid(KindContext context, String name) {
        NetNs target = context.openNamespace(name);
        if (target == null) {
            throw invalidArgument(name, "Invalid \"link-netns\" value\n");
        }
        var ids = context.session().rtnl().namespaceIds();
        Optional<NamespaceId> id = ids.find(target);
        if (id.isEmpty()) {
            try {
                id = Optional.of(ids.add(target)).filter(NamespaceId::isAssigned);
            } catch (NetlinkException e) {
                // As ip: a refused assignment shows as the value being wrong.
            }
        }
        return id.map(i -> i.get(NamespaceIdAttributes.NSID))
                .orElseThrow(() -> invalidArgument(name, "Invalid \"link-netns\" value\n"));
    }

    private static CommandFailure duplicate(String option, String value) {
        return new CommandFailure("Error: duplicate \"" + option + "\": \"" + value + "\" is the second value.", 255);
    }

    private static CommandFailure garbage(String value) {
        return new CommandFailure("Error: either \"dev\" is duplicate, or \"" + value + "\" is a garbage.", 255);
    }

    /**
     * The option {@code word} names: ip takes some options whole and others by any prefix, the
     * first one in its order winning ({@code m} is {@code master}, {@code a} is {@code address}).
     */
    static String keyword(String word) {
        for (String whole : List.of("up", "down", "name", "mtu", "netns", "multicast", "allmulticast", "promisc", "arp",
                "group", "qlen", "brd", "dev", "carrier", "protodown", "protodown_reason", "gso_max_size",
                "gso_max_segs", "gro_max_size", "vf", "xdp", "xdpgeneric", "xdpdrv", "xdpoffload", "index", "trailers",
                "vrf", "mode", "state", "parentdev")) {
            if (word.equals(whole)) {
                return whole;
            }
        }
        if (Args.matches(word, "txqlen")) {
            return "txqueuelen";
        }
        for (String prefixed : List.of("link", "address", "broadcast", "txqueuelen", "master", "nomaster", "dynamic",
                "type", "alias", "numtxqueues", "numrxqueues", "addrgenmode", "link-netns", "link-netnsid")) {
            if (Args.matches(word, prefixed)) {
                return prefixed;
            }
        }
        return word;
    }

    private int send(NamespaceSession session, Parsed p) {
        var links = session.rtnl().links();
        if (p.group && p.dev == null) {
            if (verb.creates()) {
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
        if (!verb.creates()) {
            if (p.dev == null) {
                throw new CommandFailure("Not enough information: \"dev\" argument is required.", 255);
            }
            int ifindex = KindContext.ifindex(links, p.dev);
            if (ifindex == 0) {
                throw new CommandFailure("Cannot find device \"" + p.dev + "\"", 1);
            }
            MacAddress current = p.address == null ? null : links.find(ifindex).map(Link::address).orElse(null);
            if (current != null && current.length() != p.address.length()) {
                throw new CommandFailure("Invalid address length " + p.address.length() + " - must be "
                        + current.length() + " bytes", 1);
            }
            if (verb == Verb.DELETE) {
                links.delete(ifindex);
                return 0;
            }
            LinkRequest request = LinkRequest.of(ifindex);
            for (UnaryOperator<LinkRequest> change : p.changes) {
                request = change.apply(request);
            }
            if (p.index != 0) {
                request = request.with(LinkAttributes.NEW_IFINDEX, p.index);
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
        LinkRequest request = created(session, p);
        LinkRequest created = p.portData != null ? request.withSlaveData(p.portData) : request.withData(p.data);
        if (verb == Verb.REPLACE) {
            links.replace(created);
        } else {
            links.add(created);
        }
        return 0;
    }

    /**
     * The request that creates the link {@code p} describes: its changes in command-line order,
     * then the lower device and the name, as ip appends them last.
     */
    private static LinkRequest created(NamespaceSession session, Parsed p) {
        // index N: the index the new link asks for, in its ifinfomsg.
        LinkRequest request = p.index != 0 ? LinkRequest.of(p.index) : LinkRequest.empty();
        for (UnaryOperator<LinkRequest> change : p.changes) {
            request = change.apply(request);
        }
        if (p.lowerDevice != null) {
            String lower = p.lowerDevice;
            int ifindex = KindContext.ifindex(session.rtnl().links(), lower);
            if (ifindex == 0) {
                throw new CommandFailure("Cannot find device \"" + lower + "\"", 1);
            }
            request = request.with(LinkAttributes.LINK, ifindex);
        }
        String name = p.name != null ? p.name : p.dev;
        if (name != null) {
            // As ip: a bare name is not checked here; the kernel refuses one that is too long.
            request = request.with(LinkAttributes.IFNAME, name);
        }
        return request;
    }

    /**
     * {@code type veth peer OPTIONS}: the peer's options, read by the same rules as the new link's
     * own (ip runs its link-option parser again for them), as the request that creates the peer;
     * for {@code ip link set}, as ip does, the request names an existing peer by its index.
     */
    static LinkRequest peer(KindContext context, Args args) {
        Parsed p = new Parsed();
        p.peer = true;
        parse(context, args, p);
        LinkRequest request;
        if (context.creating()) {
            if (p.group && p.dev == null) {
                throw new CommandFailure("group cannot be used when creating devices.", 255);
            }
            request = created(context.session(), p);
        } else {
            // ip link set ... type veth peer: ip names an existing peer by its index, as for a change.
            if (p.dev == null) {
                throw new CommandFailure("Not enough information: \"dev\" argument is required.", 255);
            }
            String dev = p.dev;
            request = LinkRequest.of(context.session().rtnl().links().find(dev).map(Link::ifindex)
                    .orElseThrow(() -> new CommandFailure("Cannot find device \"" + dev + "\"", 1)));
            for (UnaryOperator<LinkRequest> change : p.changes) {
                request = change.apply(request);
            }
            if (p.name != null && !p.name.equals(dev)) {
                request = request.with(LinkAttributes.IFNAME, p.name);
            }
        }
        if (p.peerType != null) {
            throw new CommandFailure("Error: duplicate \"type\": \"" + p.peerType + "\" is the second value.", 255);
        }
        return request;
    }
}
