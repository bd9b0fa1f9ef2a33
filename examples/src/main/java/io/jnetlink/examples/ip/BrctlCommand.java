package io.jnetlink.examples.ip;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.Command;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.route.link.BridgeAttributes;
import io.jnetlink.route.link.BridgeData;
import io.jnetlink.route.link.BridgeId;
import io.jnetlink.route.link.Link;
import java.util.Comparator;
import java.util.List;

/**
 * {@code brctl show [BRIDGE...]} as bridge-utils 1.7.1 prints it: the header before the first
 * bridge, bridges and their ports sorted by name, one port per line; {@code brctl showmacs
 * BRIDGE} ({@link BrctlShowmacs}); and the commands that change bridges ({@link BrctlWrite}).
 */
public final class BrctlCommand implements Command {
    private static final String HEADER = "bridge name\tbridge id\t\tSTP enabled\tinterfaces\n";

    /** bridge-utils prints its header just before the first bridge, so not at all without one. */
    private boolean headerShown;

    @Override
    public String name() {
        return "brctl";
    }

    @Override
    public String summary() {
        return "show|showmacs|addbr|delbr|addif|delif|stp|set...|hairpin ...  (bridge-utils' brctl)";
    }

    @Override
    public String usage() {
        return """
                Usage: brctl show [ <bridge> ... ]
                       brctl showmacs <bridge>
                       brctl addbr|delbr BRIDGE
                       brctl addif|delif BRIDGE INTERFACE...
                       brctl stp BRIDGE on|off
                       brctl setageing|setfd|sethello|setmaxage BRIDGE SECONDS
                       brctl setbridgeprio BRIDGE PRIORITY
                       brctl setpathcost|setportprio BRIDGE PORT NUMBER
                       brctl hairpin BRIDGE PORT on|off

                Bridges with their id, STP state and ports, and a bridge's learned MAC addresses,
                as bridge-utils prints them, read over netlink (so it works inside any namespace
                without remounting /sys). The other commands make, remove and tune bridges and
                their ports over netlink too, with the effect, messages and exit statuses of
                bridge-utils (which uses ioctls and sysfs instead).
                """;
    }

    @Override
    public int run(Invocation invocation, Args args) {
        Integer options = options(invocation, args.rest());
        if (options != null) {
            return options;
        }
        String command = args.hasNext() ? args.next() : "";
        if (command.equals("showmacs")) {
            return showmacs(invocation, args.rest());
        }
        if (BrctlWrite.handles(command)) {
            return BrctlWrite.run(invocation, command, args.rest());
        }
        if (!command.equals("show")) {
            throw new CommandFailure("brctl: jnl does not know \"" + command + "\"; \"jnl brctl --help\" lists what it does", 1);
        }
        List<String> wanted = args.rest();
        headerShown = false;
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            List<Link> links = session.rtnl().links().list();
            StringBuilder out = new StringBuilder();
            int status = 0;
            if (wanted.isEmpty()) {
                links.stream().filter(l -> l.info() != null && l.info().data() instanceof BridgeData)
                        .sorted(Comparator.comparing(Link::name))
                        .forEach(bridge -> show(out, bridge, links));
            } else {
                for (String name : wanted) {
                    Link link = links.stream().filter(l -> l.name().equals(name)).findFirst().orElse(null);
                    if (link == null) {
                        flush(invocation, out);
                        invocation.err().println("bridge " + name + " does not exist!");
                        status = 1;
                    } else if (link.info() == null || !(link.info().data() instanceof BridgeData)) {
                        flush(invocation, out);
                        invocation.err().println("device " + name + " is not a bridge!");
                        status = 1;
                    } else {
                        show(out, link, links);
                    }
                }
            }
            flush(invocation, out);
            return status;
        }
    }

    /**
     * brctl reads options (-h, -V) anywhere on its command line before the command: either the
     * exit status for the first one, or null when there is none. A word such as {@code -1} is an
     * unknown option to brctl, not a negative number.
     */
    private Integer options(Invocation invocation, List<String> words) {
        for (String word : words) {
            if (word.equals("--")) {
                return null;
            }
            if (word.startsWith("--")) {
                String name = word.substring(2).split("=", 2)[0];
                if (!name.isEmpty() && "help".startsWith(name)) {
                    invocation.out().print(usage());
                    return 0;
                }
                if (!name.isEmpty() && "version".startsWith(name)) {
                    invocation.out().print("bridge-utils, 1.7\n");
                    return 0;
                }
                invocation.err().print("brctl: unrecognized option '" + word + "'\nUnknown option '?'\n");
                invocation.out().print(usage());
                return 1;
            }
            if (word.startsWith("-") && word.length() > 1) {
                for (char c : word.substring(1).toCharArray()) {
                    if (c == 'h') {
                        invocation.out().print(usage());
                        return 0;
                    }
                    if (c == 'V') {
                        invocation.out().print("bridge-utils, 1.7\n");
                        return 0;
                    }
                    invocation.err().print("brctl: invalid option -- '" + c + "'\nUnknown option '?'\n");
                    invocation.out().print(usage());
                    return 1;
                }
            }
        }
        return null;
    }

    private static int showmacs(Invocation invocation, List<String> arguments) {
        if (arguments.size() != 1) {
            // bridge-utils writes this complaint to standard output
            invocation.out().print("Incorrect number of arguments for command\n"
                    + "Usage: brctl showmacs <bridge>\t\tshow a list of mac addrs\n");
            return 1;
        }
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            invocation.out().print(BrctlShowmacs.format(arguments.get(0), session.rtnl().links().list(),
                    session.rtnl().fdb().list()));
        }
        return 0;
    }

    private static void flush(Invocation invocation, StringBuilder out) {
        invocation.out().print(out);
        invocation.out().flush();
        out.setLength(0);
    }

    private void show(StringBuilder out, Link bridge, List<Link> links) {
        if (!headerShown) {
            out.append(HEADER);
            headerShown = true;
        }
        BridgeData data = (BridgeData) bridge.info().data();
        out.append(bridge.name()).append("\t\t").append(bridgeId(data.get(BridgeAttributes.BRIDGE_ID)))
                .append('\t').append(data.get(BridgeAttributes.STP_STATE) != null && data.get(BridgeAttributes.STP_STATE) != 0 ? "yes" : "no").append("\t\t");
        List<String> ports = links.stream().filter(l -> l.masterIfindex() == bridge.ifindex()).map(Link::name).sorted().toList();
        out.append(String.join("\n\t\t\t\t\t\t\t", ports)).append('\n');
    }

    /** bridge-utils writes the id as {@code 8000.425c0ca375b0}. */
    private static String bridgeId(BridgeId id) {
        if (id == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(String.format("%04x.", id.priority()));
        for (byte b : id.address().toByteArray()) {
            text.append(String.format("%02x", b & 0xff));
        }
        return text.toString();
    }
}
