package io.jnetlink.examples.ip;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.Command;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.neighbour.Neighbour;
import java.util.List;

/**
 * {@code bridge [OPTIONS] fdb|link show ...}, as iproute2 6.1's bridge prints it, in text or JSON;
 * {@code bridge fdb add|append|replace|delete|get|flush} ({@link BridgeFdbWrite}) and
 * {@code bridge link set} ({@link BridgeLinkSet}).
 */
public final class BridgeCommand implements Command {
    @Override
    public String name() {
        return "bridge";
    }

    @Override
    public String summary() {
        return "[-n NETNS] [-c] [-d] [-s] [-j [-p]] fdb|link show ... | fdb add|append|replace|del|get|flush ... | link set ...  (iproute2's bridge)";
    }

    /** As ip and bridge: {@code --help} prints the usage on standard error with status 255. */
    @Override
    public boolean helpIsUsageError() {
        return true;
    }

    @Override
    public String usage() {
        return """
                Usage: bridge [ OPTIONS ] fdb [ show [ dev DEV ] [ br BRIDGE ] ]
                       bridge [ OPTIONS ] fdb { add | append | replace | delete } MAC dev DEV [ ENTRYOPTION ... ]
                       bridge [ OPTIONS ] fdb get MAC { dev | brport } DEV [ vlan VID ] [ vni VNI ] [ self ] [ master ]
                       bridge [ OPTIONS ] fdb flush dev DEV [ brport PORT ] [ vlan VID ] [ FLUSHOPTION ... ]
                       bridge [ OPTIONS ] link [ show [ dev DEV ] ]
                       bridge [ OPTIONS ] link set dev PORT [ PORT_OPTION ... ]
                where  OPTIONS := { -n[etns] NAME | -c[olor] | -d[etails] | -s[tatistics] |
                                    -j[son] | -p[retty] }

                The forwarding database of bridges and VXLAN devices (the peer entries Docker's
                overlay writes; -s adds the used/updated ages in seconds) and the bridge ports
                (-d adds their switches), as text or JSON (-j; -p indents it), byte-identical
                to iproute2 6.1.

                ENTRYOPTION := { self | master | router | use | extern_learn | sticky |
                                 local | permanent | static | temp | dynamic | vlan VID |
                                 dst ADDR | port PORT | vni VNI | src_vni VNI | via DEV | nhid ID }
                FLUSHOPTION := { self | master | [no]permanent | [no]static | [no]dynamic |
                                 [no]added_by_user | [no]extern_learn | [no]sticky | [no]offloaded }
                fdb add, append, replace and delete send the request bridge sends for the same
                command line and fail with its messages and statuses; flush is the kernel's bulk
                deletion of what the options select.

                link set changes a bridge port. Numbers: cost N, priority N, state N (or
                disabled, listening, learning, forwarding, blocking). Switches, each followed by
                on or off: guard, hairpin, fastleave, root_block, learning, flood, mcast_flood,
                bcast_flood, mcast_to_unicast, neigh_suppress, vlan_tunnel, isolated, locked.
                backup_port DEV names the port that takes over when PORT fails; nobackup_port
                clears it.
                """;
    }

    @Override
    public int run(Invocation invocation, Args args) {
        Invocation current = invocation;
        boolean color = false;
        boolean details = false;
        boolean statistics = false;
        boolean json = false;
        boolean pretty = false;
        while (args.hasNext() && args.peek().startsWith("-")) {
            String option = args.next();
            if (option.equals("-n") || option.equals("-netns")) {
                current = current.inNamedNamespace(args.value());
            } else if (option.equals("-c") || option.equals("-color") || option.equals("-color=always")) {
                color = true;
            } else if (Args.matches(option, "-details")) {
                details = true;
            } else if (Args.matches(option, "-statistics") || Args.matches(option, "-stats")) {
                statistics = true;
            } else if (Args.matches(option, "-json")) {
                json = true;
            } else if (Args.matches(option, "-pretty")) {
                pretty = true;
            } else {
                throw new CommandFailure("Option \"" + option + "\" is unknown, try \"bridge help\".", 255);
            }
        }
        String object = args.next();
        boolean link = object != null && Args.matches(object, "link");
        if (object == null || Args.matches(object, "help")) {
            throw new CommandFailure(usage().stripTrailing(), 255);
        }
        if (!link && !Args.matches(object, "fdb")) {
            for (String other : List.of("mdb", "vlan", "monitor")) {
                if (Args.matches(object, other)) {
                    throw new CommandFailure("bridge " + other + " is not implemented in jnl: only link and fdb are.", 255);
                }
            }
            // bridge 6.1's words and status for an object it does not know.
            throw new CommandFailure("Object \"" + object + "\" is unknown, try \"bridge help\".", 255);
        }
        // Like bridge, JSON is never coloured and -p alone changes nothing.
        Palette palette = color && !json ? Palette.forBackground(invocation.env("COLORFGBG")) : Palette.NONE;
        JsonWriter writer = json ? new JsonWriter(pretty) : null;
        if (link && (args.nextMatches("set") || args.nextMatches("change"))) {
            return BridgeLinkSet.run(current, args);
        }
        return link ? links(current, args, palette, details, writer) : fdb(current, args, palette, statistics, writer);
    }

    /** {@code bridge link [show [dev DEV]]}: the bridge ports; bridge ignores other words there. */
    private static int links(Invocation invocation, Args args, Palette palette, boolean details, JsonWriter json) {
        args.skipShow("bridge link");
        String device = null;
        while (args.hasNext()) {
            if (args.next().equals("dev")) {
                device = args.value();
            }
        }
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            List<Link> links = session.rtnl().links().list();
            int deviceIndex = indexOf(links, device, "Cannot find device \"%s\"");
            BridgePortFormatter formatter = new BridgePortFormatter(palette,
                    new LinkFormatter(IpOptions.plain(), links, null), details);
            StringBuilder out = new StringBuilder();
            if (json != null) {
                json.startArray();
            }
            for (Link link : links) {
                if (BridgePortFormatter.isPort(link) && (deviceIndex == 0 || link.ifindex() == deviceIndex)) {
                    if (json != null) {
                        formatter.json(json, link);
                    } else {
                        out.append(formatter.format(link));
                    }
                }
            }
            invocation.out().print(json != null ? json.endArray() + "\n" : out);
        }
        return 0;
    }

    /**
     * {@code bridge fdb [show [dev DEV] [br BRIDGE]]}; the verbs that change the table and
     * {@code get} are {@link BridgeFdbWrite}'s.
     */
    private static int fdb(Invocation invocation, Args args, Palette palette, boolean statistics, JsonWriter json) {
        String verb = args.peek();
        if (verb != null) {
            BridgeFdbWrite write = new BridgeFdbWrite(invocation);
            if (Args.matches(verb, "add") || Args.matches(verb, "append") || Args.matches(verb, "replace")
                    || Args.matches(verb, "delete")) {
                args.next();
                // bridge takes "a" for add, so append needs at least "ap".
                BridgeFdbWrite.Verb kind = Args.matches(verb, "add") ? BridgeFdbWrite.Verb.ADD
                        : Args.matches(verb, "append") ? BridgeFdbWrite.Verb.APPEND
                        : Args.matches(verb, "replace") ? BridgeFdbWrite.Verb.REPLACE : BridgeFdbWrite.Verb.DELETE;
                return write.modify(kind, args);
            } else if (Args.matches(verb, "get")) {
                args.next();
                return write.get(args, palette, statistics, json);
            } else if (verb.equals("flush")) {
                args.next();
                return write.flush(args);
            } else if (Args.matches(verb, "help")) {
                throw BridgeFdbWrite.usage();
            }
        }
        args.skipShow("bridge fdb");
        String device = null;
        String bridge = null;
        while (args.hasNext()) {
            String word = args.next();
            if (word.equals("dev")) {
                device = args.value();
            } else if (word.equals("br") || word.equals("brport")) {
                bridge = args.value();
            } else {
                throw new CommandFailure("Unknown argument \"" + word + "\"", 255);
            }
        }
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            List<Link> links = session.rtnl().links().list();
            int deviceIndex = indexOf(links, device, "Cannot find device \"%s\"");
            int bridgeIndex = indexOf(links, bridge, "Cannot find bridge device \"%s\"");
            LinkFormatter names = new LinkFormatter(IpOptions.plain(), links, null);
            FdbFormatter formatter = new FdbFormatter(palette, names, device != null, statistics);
            StringBuilder out = new StringBuilder();
            if (json != null) {
                json.startArray();
            }
            for (Neighbour entry : session.rtnl().fdb().list()) {
                if ((deviceIndex == 0 || entry.ifindex() == deviceIndex)
                        && (bridgeIndex == 0 || belongsTo(entry.ifindex(), bridgeIndex, links))) {
                    if (json != null) {
                        formatter.json(json, entry);
                    } else {
                        out.append(formatter.format(entry));
                    }
                }
            }
            invocation.out().print(json != null ? json.endArray() + "\n" : out);
        }
        return 0;
    }

    /** The kernel's {@code br} filter: entries of the bridge itself and of its ports. */
    private static boolean belongsTo(int ifindex, int bridgeIndex, List<Link> links) {
        return ifindex == bridgeIndex
                || links.stream().anyMatch(l -> l.ifindex() == ifindex && l.masterIfindex() == bridgeIndex);
    }

    private static int indexOf(List<Link> links, String name, String missing) {
        if (name == null) {
            return 0;
        }
        return links.stream().filter(l -> l.name().equals(name)).mapToInt(Link::ifindex).findFirst()
                .orElseThrow(() -> new CommandFailure(String.format(missing, name), 255));
    }
}
