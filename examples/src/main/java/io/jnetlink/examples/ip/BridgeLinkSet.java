package io.jnetlink.examples.ip;

import static io.jnetlink.examples.ip.link.LinkWords.atoi;
import static io.jnetlink.examples.ip.link.LinkWords.strtol;

import io.jnetlink.core.NetlinkException;
import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.examples.ip.link.KindContext;
import io.jnetlink.route.Links;
import io.jnetlink.route.link.BridgePortAttributes;
import io.jnetlink.route.link.BridgePortData;
import io.jnetlink.route.link.LinkRequest;
import java.util.List;

/**
 * {@code bridge link set|change dev DEV [OPTIONS]}: the bridge port options as iproute2 6.1's
 * bridge reads them (C {@code atoi} numbers, the last of a repeated option) and sends them, in its
 * order, through {@link LinkRequest#withPortData}; its messages and exit statuses.
 */
final class BridgeLinkSet {
    private static final List<String> STATES = List.of("disabled", "listening", "learning", "forwarding", "blocking");

    private final Invocation invocation;
    private NamespaceSession session;

    private BridgeLinkSet(Invocation invocation) {
        this.invocation = invocation;
    }

    /** Runs {@code bridge link set} with the words after {@code set}; bridge exits 255 on any failure. */
    static int run(Invocation invocation, Args args) {
        BridgeLinkSet command = new BridgeLinkSet(invocation);
        try {
            return command.set(args);
        } catch (NetlinkException e) {
            invocation.err().println(CommandFailure.kernelRefusal(e, 255).getMessage());
            return 255;
        } finally {
            if (command.session != null) {
                command.session.close();
            }
        }
    }

    private int set(Args args) {
        String dev = null;
        // bridge keeps one value per option (-1: not given) and sends those given in a fixed order.
        int guard = -1;
        int hairpin = -1;
        int fastLeave = -1;
        int rootBlock = -1;
        int flood = -1;
        int mcastFlood = -1;
        int bcastFlood = -1;
        int mcastToUnicast = -1;
        int learning = -1;
        int neighSuppress = -1;
        int vlanTunnel = -1;
        int isolated = -1;
        int locked = -1;
        int cost = 0;
        int priority = -1;
        int state = -1;
        int backupPort = -1;
        while (args.hasNext()) {
            String word = args.next();
            switch (word) {
                case "dev" -> dev = args.value();
                case "guard" -> guard = onOff(word, args.value());
                case "hairpin" -> hairpin = onOff(word, args.value());
                case "fastleave" -> fastLeave = onOff(word, args.value());
                case "root_block" -> rootBlock = onOff(word, args.value());
                case "learning" -> learning = onOff(word, args.value());
                case "flood" -> flood = onOff(word, args.value());
                case "mcast_flood" -> mcastFlood = onOff(word, args.value());
                case "bcast_flood" -> bcastFlood = onOff(word, args.value());
                case "mcast_to_unicast" -> mcastToUnicast = onOff(word, args.value());
                case "neigh_suppress" -> neighSuppress = onOff(word, args.value());
                case "vlan_tunnel" -> vlanTunnel = onOff(word, args.value());
                case "isolated" -> isolated = onOff(word, args.value());
                case "locked" -> locked = onOff(word, args.value());
                case "cost" -> cost = atoi(args.value());
                // bridge keeps the priority in 16 signed bits and the state in 8: a wrapped negative value is not sent
                case "priority" -> priority = (short) atoi(args.value());
                case "state" -> state = state(args.value());
                case "backup_port" -> {
                    String name = args.value();
                    backupPort = indexOf(name);
                    if (backupPort == 0) {
                        throw new CommandFailure("Error: device " + name + " does not exist", 255);
                    }
                }
                case "nobackup_port" -> backupPort = 0;
                default -> throw new CommandFailure("bridge link set: jnl does not know \"" + word
                        + "\"; \"jnl bridge --help\" lists the port options it sets.", 255);
            }
        }
        if (dev == null) {
            throw new CommandFailure("Device is a required argument.", 255);
        }
        int ifindex = indexOf(dev);
        if (ifindex == 0) {
            throw new CommandFailure("Cannot find bridge device \"" + dev + "\"", 255);
        }
        BridgePortData port = BridgePortData.of();
        port = flag(port, BridgePortAttributes.GUARD, guard);
        port = flag(port, BridgePortAttributes.MODE, hairpin);
        port = flag(port, BridgePortAttributes.FAST_LEAVE, fastLeave);
        port = flag(port, BridgePortAttributes.PROTECT, rootBlock);
        port = flag(port, BridgePortAttributes.UNICAST_FLOOD, flood);
        port = flag(port, BridgePortAttributes.MCAST_FLOOD, mcastFlood);
        port = flag(port, BridgePortAttributes.BCAST_FLOOD, bcastFlood);
        port = flag(port, BridgePortAttributes.MCAST_TO_UCAST, mcastToUnicast);
        port = flag(port, BridgePortAttributes.LEARNING, learning);
        if (cost != 0) {
            // unsigned in bridge: a negative number is sent as a large cost, which the kernel refuses
            port = port.with(BridgePortAttributes.COST, cost);
        }
        if (priority >= 0) {
            port = port.with(BridgePortAttributes.PRIORITY, priority);
        }
        if (state >= 0) {
            port = port.with(BridgePortAttributes.STATE, state);
        }
        port = flag(port, BridgePortAttributes.NEIGH_SUPPRESS, neighSuppress);
        port = flag(port, BridgePortAttributes.VLAN_TUNNEL, vlanTunnel);
        port = flag(port, BridgePortAttributes.ISOLATED, isolated);
        port = flag(port, BridgePortAttributes.LOCKED, locked);
        if (backupPort >= 0) {
            port = port.with(BridgePortAttributes.BACKUP_PORT, backupPort);
        }
        links().change(LinkRequest.of(ifindex).withPortData(port));
        return 0;
    }

    private static BridgePortData flag(BridgePortData port, io.jnetlink.core.attr.Attribute<Boolean> attribute,
            int value) {
        return value < 0 ? port : port.with(attribute, value == 1);
    }

    private static int onOff(String option, String value) {
        return switch (value) {
            case "on" -> 1;
            case "off" -> 0;
            // bridge returns -EINVAL from main here: status 234
            default -> throw new CommandFailure("Error: argument of \"" + option + "\" must be one of \"off\", \"on\", not \""
                    + value + "\"", 234);
        };
    }

    /** A state as a decimal number (kept in 8 signed bits) or one of its names. */
    private static int state(String value) {
        if (value.matches("[ \\t\\n\\x0b\\f\\r]*[+-]?[0-9]+")) {
            return (byte) strtol(value);
        }
        int named = STATES.indexOf(value);
        if (named < 0) {
            throw new CommandFailure("Error: invalid STP port state", 255);
        }
        return named;
    }

    /** As iproute2's {@code ll_name_to_index}: the device's index, or the N of {@code ifN}; 0 when neither. */
    private int indexOf(String name) {
        return KindContext.ifindex(links(), name);
    }

    private Links links() {
        if (session == null) {
            session = NamespaceSession.open(invocation);
        }
        return session.rtnl().links();
    }
}
